import { pipeline } from "node:stream/promises"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import {
  CLOSED_DISPUTE_STATUSES,
  RETURN_DISPUTE_MODULE,
} from "../../../modules/return-dispute"
import type {
  DisputeQueueFilters,
  DisputeStatus,
  ReturnDisputeModuleService,
} from "../../../modules/return-dispute"
import {
  getCustomersLoyalty,
  listCustomerIdsInTier,
} from "../../../workflows/loyalty/steps/get-customer-loyalty"
import {
  ORDER_REFUND_FIELDS,
  refundablePayment,
} from "../../../workflows/disputes/utils"

export const disputeFields = [
  "id",
  "number",
  "order_id",
  "return_request_id",
  "customer_id",
  "currency_code",
  "reason_category",
  "claim",
  "status",
  "priority",
  "opened_by_type",
  "opened_by",
  "assignee_id",
  "sla_due_at",
  "first_response_at",
  "resolution_kind",
  "resolution_amount",
  "resolution_note",
  "refund_ids",
  "policy_template_id",
  "resolved_by",
  "resolved_at",
  "rating",
  "rating_comment",
  "rated_at",
  "created_at",
  "updated_at",
]

export const messageFields = [
  "id",
  "dispute_id",
  "author_type",
  "author_id",
  "body",
  "internal",
  "channel",
  "created_at",
]

export const evidenceFields = [
  "id",
  "dispute_id",
  "kind",
  "file_id",
  "url",
  "filename",
  "mime_type",
  "size",
  "uploaded_by_type",
  "uploaded_by",
  "description",
  "created_at",
]

export const policyTemplateFields = [
  "id",
  "title",
  "body",
  "reason_categories",
  "reason_codes",
  "active",
  "created_at",
  "updated_at",
]

type Row = Record<string, any>

const byCreatedAt = (a: Row, b: Row) =>
  new Date(a.created_at).getTime() - new Date(b.created_at).getTime()

/** `overdue`: not closed and past its SLA due date. */
export const withOverdue = <T extends Row>(dispute: T) => ({
  ...dispute,
  overdue:
    !CLOSED_DISPUTE_STATUSES.includes(dispute.status as DisputeStatus) &&
    new Date(dispute.sla_due_at).getTime() < Date.now(),
})

const notFound = (id: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Dispute with id: ${id} was not found`
  )

/**
 * Where evidence files are downloaded: routes that check who asks and
 * stream the private file from the File module. The File module's own URL
 * is never answered (with the local provider it is public).
 */
export const evidenceFilePath = (
  audience: "admin" | "store",
  disputeId: string,
  evidenceId: string
) => `/${audience}/disputes/${disputeId}/evidence/${evidenceId}/file`

/**
 * Evidence as an audience sees it: `url` is the download route of that
 * audience; customers don't get the file's storage key either.
 */
export const presentEvidence = (
  item: Row,
  audience: "admin" | "store"
): Row => {
  const { file_id, url: _stored, ...rest } = item
  return {
    ...rest,
    ...(audience === "admin" ? { file_id } : {}),
    url: evidenceFilePath(audience, item.dispute_id, item.id),
  }
}

/**
 * Streams an evidence file from the File module. Only evidence of that
 * dispute, and for customers (`customerId` set) only of their own
 * dispute: anything else is "not found", like an unknown id.
 */
export const sendEvidenceFile = async (
  res: MedusaResponse,
  scope: MedusaContainer,
  {
    disputeId,
    evidenceId,
    customerId,
  }: { disputeId: string; evidenceId: string; customerId?: string }
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [dispute],
  } = await query.graph({
    entity: "dispute",
    fields: [
      "id",
      "evidence.id",
      "evidence.file_id",
      "evidence.filename",
      "evidence.mime_type",
    ],
    filters: customerId
      ? { id: disputeId, customer_id: customerId }
      : { id: disputeId },
  })
  const evidence = (dispute?.evidence ?? []).find(
    (e) => e?.id === evidenceId
  ) as Row | undefined
  if (!evidence) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Evidence with id: ${evidenceId} was not found`
    )
  }
  const stream = await scope
    .resolve(Modules.FILE)
    .getDownloadStream(evidence.file_id)
  // Uploads are checked to be images or PDF; nosniff keeps browsers to it.
  res.setHeader("Content-Type", evidence.mime_type)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader(
    "Content-Disposition",
    `inline; filename="${String(evidence.filename).replace(/[^\w.\- ]/g, "_")}"`
  )
  res.status(200)
  await pipeline(stream, res)
}

/**
 * One dispute with its messages (oldest first) and evidence. Customers
 * (`customerId` set) only get their own and never internal notes.
 */
export const refetchDispute = async (
  id: string,
  scope: MedusaContainer,
  { customerId }: { customerId?: string } = {}
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [dispute],
  } = await query.graph({
    entity: "dispute",
    fields: [
      ...disputeFields,
      ...messageFields.map((f) => `messages.${f}`),
      ...evidenceFields.map((f) => `evidence.${f}`),
    ],
    filters: customerId ? { id, customer_id: customerId } : { id },
  })
  if (!dispute) {
    throw notFound(id)
  }
  const messages = [...(dispute.messages ?? [])]
    .filter((m) => m && (!customerId || !m.internal))
    .sort(byCreatedAt)
  const evidence = [...(dispute.evidence ?? [])]
    .filter(Boolean)
    .sort(byCreatedAt)
  return withOverdue({
    ...dispute,
    messages,
    evidence: (evidence as Row[]).map((e) =>
      presentEvidence(e, customerId ? "store" : "admin")
    ),
  })
}

/** A dispute without messages and evidence (responses to actions). */
export const refetchDisputeSummary = async (
  id: string,
  scope: MedusaContainer,
  { customerId }: { customerId?: string } = {}
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [dispute],
  } = await query.graph({
    entity: "dispute",
    fields: disputeFields,
    filters: customerId ? { id, customer_id: customerId } : { id },
  })
  if (!dispute) {
    throw notFound(id)
  }
  return withOverdue(dispute)
}

/** Tier id and name per customer, for the queue and the case file. */
const tiersOf = async (customerIds: string[], scope: MedusaContainer) => {
  const standings = await getCustomersLoyalty(scope, customerIds)
  const tiers = new Map<string, { id: string; name: string } | null>()
  for (const [customerId, { tier }] of standings) {
    tiers.set(customerId, tier && { id: tier.id, name: tier.name })
  }
  return tiers
}

/**
 * The staff queue: filtered, overdue first then by SLA due date, each with
 * the customer's email and tier name.
 */
export const listDisputeQueue = async (
  filters: DisputeQueueFilters & { tier_id?: string },
  pagination: { skip: number; take: number },
  scope: MedusaContainer
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { tier_id, ...rest } = filters
  const queueFilters: DisputeQueueFilters = { ...rest }
  if (tier_id) {
    queueFilters.customer_ids = await listCustomerIdsInTier(scope, tier_id)
  }
  const service: ReturnDisputeModuleService = scope.resolve(
    RETURN_DISPUTE_MODULE
  )
  const { ids, count } = await service.listQueueIds(queueFilters, pagination)
  if (!ids.length) {
    return { disputes: [], count }
  }
  const { data } = await query.graph({
    entity: "dispute",
    fields: [...disputeFields, "customer.email"],
    filters: { id: ids },
  })
  const tiers = await tiersOf(
    [...new Set(data.map((d) => d.customer_id as string))],
    scope
  )
  const byId = new Map(data.map((d) => [d.id, d]))
  const disputes = ids
    .map((id) => byId.get(id))
    .filter(Boolean)
    .map((d) => {
      const { customer, ...dispute } = d as Row
      return withOverdue({
        ...dispute,
        customer_email: customer?.email ?? null,
        tier_name: tiers.get(dispute.customer_id)?.name ?? null,
      })
    })
  return { disputes, count }
}

const returnRequestFields = [
  "id",
  "rma_number",
  "order_id",
  "customer_id",
  "channel",
  "created_by_type",
  "created_by",
  "status",
  "refund_estimate",
  "refund_method",
  "policy_id",
  "policy_version",
  "tier_id",
  "tier_name",
  "return_id",
  "note",
  "decided_at",
  "created_at",
  "items.id",
  "items.line_item_id",
  "items.quantity",
  "items.reason_code",
  "items.condition",
  "items.note",
  "items.refund_amount",
  "items.restocking_fee",
  "decisions.id",
  "decisions.outcome",
  "decisions.decided_by_type",
  "decisions.decided_by",
  "decisions.rules",
  "decisions.reasons",
  "decisions.note",
  "decisions.created_at",
]

const countOf = async (
  scope: MedusaContainer,
  entity: string,
  filters: Record<string, unknown>
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity,
    fields: ["id"],
    filters,
    pagination: { skip: 0, take: 1 },
  })
  return Number(metadata?.count ?? 0)
}

/**
 * Everything the dispute workspace shows, in one answer: the order with
 * items, totals, shipments and what is still refundable, the return
 * request with its decisions, the native return, the customer with tier
 * and history, and the active policy templates that fit the dispute.
 */
export const buildCaseFile = async (dispute: Row, scope: MedusaContainer) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)

  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "currency_code",
      "total",
      "item_total",
      "items.id",
      "items.title",
      "items.quantity",
      "items.unit_price",
      "items.total",
      "items.thumbnail",
      "fulfillments.id",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
      "fulfillments.labels.tracking_number",
      "fulfillments.labels.tracking_url",
      ...ORDER_REFUND_FIELDS,
    ],
    filters: { id: dispute.order_id },
  })

  let returnRequest: Row | null = null
  if (dispute.return_request_id) {
    const {
      data: [request],
    } = await query.graph({
      entity: "return_request",
      fields: returnRequestFields,
      filters: { id: dispute.return_request_id },
    })
    if (request) {
      returnRequest = {
        ...request,
        items: [...(request.items ?? [])].sort(byCreatedAt),
        decisions: [...(request.decisions ?? [])].sort(byCreatedAt),
      }
    }
  }

  let nativeReturn: Row | null = null
  if (returnRequest?.return_id) {
    const {
      data: [ret],
    } = await query.graph({
      entity: "return",
      fields: ["id", "status", "refund_amount", "received_at"],
      filters: { id: returnRequest.return_id },
    })
    nativeReturn = ret
      ? {
          id: ret.id,
          status: ret.status,
          refund_amount: ret.refund_amount ?? null,
          received_at: ret.received_at ?? null,
        }
      : null
  }

  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: dispute.customer_id },
  })
  const tiers = await tiersOf([dispute.customer_id], scope)
  const [returns, disputes] = await Promise.all([
    countOf(scope, "return_request", { customer_id: dispute.customer_id }),
    countOf(scope, "dispute", { customer_id: dispute.customer_id }),
  ])

  const service: ReturnDisputeModuleService = scope.resolve(
    RETURN_DISPUTE_MODULE
  )
  const active = await service.listPolicyTemplates(
    { active: true },
    { order: { title: "ASC" } }
  )
  const codes = new Set(
    (returnRequest?.items ?? []).map((i: Row) => i.reason_code)
  )
  const templates = active.filter(
    (t) =>
      (t.reason_categories ?? []).includes(dispute.reason_category) ||
      (t.reason_codes ?? []).some((code: string) => codes.has(code))
  )

  const refund = order ? refundablePayment(order as any) : null
  return {
    order: order
      ? {
          id: order.id,
          display_id: order.display_id,
          created_at: order.created_at,
          currency_code: order.currency_code,
          total: order.total,
          item_total: order.item_total,
          refunded_total: refund?.refunded ?? 0,
          refundable_amount: refund?.refundable ?? 0,
          items: (order.items ?? []).filter(Boolean).map((item) => ({
            id: item!.id,
            title: item!.title,
            quantity: item!.quantity,
            unit_price: item!.unit_price,
            total: item!.total,
            thumbnail: item!.thumbnail ?? null,
          })),
          fulfillments: (order.fulfillments ?? []).filter(Boolean).map((f) => ({
            id: f!.id,
            shipped_at: f!.shipped_at ?? null,
            delivered_at: f!.delivered_at ?? null,
            labels: (f!.labels ?? []).filter(Boolean).map((l) => ({
              tracking_number: l!.tracking_number,
              tracking_url: l!.tracking_url,
            })),
          })),
        }
      : null,
    return_request: returnRequest,
    native_return: nativeReturn,
    customer: customer
      ? {
          id: customer.id,
          email: customer.email,
          first_name: customer.first_name ?? null,
          last_name: customer.last_name ?? null,
          tier: tiers.get(dispute.customer_id) ?? null,
          history: { returns, disputes },
        }
      : null,
    templates,
  }
}
