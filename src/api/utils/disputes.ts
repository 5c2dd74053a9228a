import { pipeline } from "node:stream/promises"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { CLOSED_DISPUTE_STATUSES } from "../../modules/return-dispute"
import type { DisputeStatus } from "../../modules/return-dispute"
import type {
  AdminDisputeEvidenceResponse,
  AdminDisputeResponse,
  DisputeEvidence,
  StoreDispute,
  StoreDisputeDetail,
  StoreDisputeEvidence,
  StoreDisputeEvidenceResponse,
} from "../../types/http"
import {
  addDisputeEvidenceWorkflow,
  canRateDispute,
  canReplyToDispute,
  disputeTimeline,
} from "../../workflows/disputes"
import { presentCustomerReturnRequests } from "./return-requests"
import type { DisputeEvidenceFieldsType } from "./dispute-validators"
import { evidenceFileInput } from "./evidence-upload"
import type { AdminRoute, StoreRoute } from "./http"
import { refetchEntity } from "./query"
import { recordActions } from "./record-actions"

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
): DisputeEvidence | StoreDisputeEvidence => {
  const { file_id, url: _stored, ...rest } = item
  // A Query row or a workflow's record: the fields are the evidence's own.
  return {
    ...rest,
    ...(audience === "admin" ? { file_id } : {}),
    url: evidenceFilePath(audience, item.dispute_id, item.id),
  } as StoreDisputeEvidence
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
  const dispute = await refetchEntity(scope, {
    entity: "dispute",
    label: "Dispute",
    fields: [
      ...disputeFields,
      ...messageFields.map((f) => `messages.${f}`),
      ...evidenceFields.map((f) => `evidence.${f}`),
    ],
    filters: customerId ? { id, customer_id: customerId } : { id },
  })
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
) =>
  withOverdue(
    await refetchEntity(scope, {
      entity: "dispute",
      label: "Dispute",
      fields: disputeFields,
      filters: customerId ? { id, customer_id: customerId } : { id },
    })
  )

/** A dispute's summary as its customer reads it: what they may still do. */
export const forCustomer = <T extends Row>(dispute: T) => ({
  ...withOverdue(dispute),
  can_reply: canReplyToDispute(dispute.status),
  can_rate: canRateDispute({ status: dispute.status, rating: dispute.rating }),
})

/** `refetchDisputeSummary` for its customer (`StoreDispute`), or 404. */
export const refetchStoreDisputeSummary = async (
  id: string,
  customerId: string,
  scope: MedusaContainer
): Promise<StoreDispute> =>
  forCustomer(await refetchDisputeSummary(id, scope, { customerId }))

/**
 * One dispute as its customer reads it (`StoreDisputeDetail`): messages
 * without internal notes, evidence, its return request presented as on
 * the return request routes, and its timeline. Anybody else's is 404.
 */
export const refetchStoreDispute = async (
  id: string,
  customerId: string,
  scope: MedusaContainer
): Promise<StoreDisputeDetail> => {
  const dispute = await refetchDispute(id, scope, { customerId })
  const [returnRequest] = dispute.return_request_id
    ? await presentCustomerReturnRequests(
        [dispute.return_request_id],
        customerId,
        scope
      )
    : []
  return {
    ...forCustomer(dispute),
    return_request: returnRequest ?? null,
    timeline: disputeTimeline(dispute, dispute.messages),
  } as StoreDisputeDetail
}

/** One policy template, or 404. */
export const refetchPolicyTemplate = (id: string, scope: MedusaContainer) =>
  refetchEntity(scope, {
    entity: "policy_template",
    label: "Policy template",
    fields: policyTemplateFields,
    filters: { id },
  })

/** Staff actions on the dispute `:id`, answered with the dispute (no messages). */
export const disputeAction = recordActions({
  idField: "dispute_id",
  check: (id, scope) => refetchDisputeSummary(id, scope),
  respond: async (id, scope): Promise<AdminDisputeResponse> => ({
    dispute: await refetchDisputeSummary(id, scope),
  }),
})

/**
 * `POST /admin/disputes/:id/evidence` and `POST /store/disputes/:id/evidence`:
 * the file `evidenceUpload` parsed becomes evidence, uploaded by the
 * signed-in admin or customer (whose own dispute it must be), and is
 * answered as that audience sees it.
 */
export const addEvidenceRoute =
  (
    audience: "admin" | "store"
  ): StoreRoute<
    AdminDisputeEvidenceResponse | StoreDisputeEvidenceResponse,
    DisputeEvidenceFieldsType
  > =>
  async (req, res) => {
    const actorId = req.auth_context.actor_id
    const { result } = await addDisputeEvidenceWorkflow(req.scope).run({
      input: {
        dispute_id: req.params.id,
        ...(audience === "store" ? { customer_id: actorId } : {}),
        kind: req.validatedBody.kind,
        description: req.validatedBody.description ?? null,
        file: evidenceFileInput(req.file!),
        uploaded_by_type: audience === "store" ? "customer" : "staff",
        uploaded_by: actorId,
      },
    })
    res.json({ evidence: presentEvidence(result, audience) })
  }

/**
 * `GET …/disputes/:id/evidence/:evidence_id/file`: staff get any dispute's
 * files, customers only their own disputes' ({@link sendEvidenceFile}).
 */
export const evidenceFileRoute =
  (audience: "admin" | "store"): AdminRoute =>
  (req, res) =>
    sendEvidenceFile(res, req.scope, {
      disputeId: req.params.id,
      evidenceId: req.params.evidence_id,
      customerId: audience === "store" ? req.auth_context.actor_id : undefined,
    })
