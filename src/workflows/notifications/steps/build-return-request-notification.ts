import type { Attachment } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  returnWindow,
  type RefundBreakdown,
} from "../../../modules/return-policy/engine"
import type {
  CsrReceiptData,
  EmailItem,
  RefundSummaryData,
  ReturnApprovedData,
  ReturnPendingReviewData,
  ReturnRejectedData,
  ReturnRequestReceivedData,
} from "../../../emails"
import {
  createBuildNotificationStep,
  type NotificationEvent,
} from "../create-build-notification-step"
import { loadOrderWithDelivery } from "../../utils/load-order"
import { emailItemOf, loadReturnShipping } from "../loaders"
import { customerLinkBases, customerPageUrl } from "../utils"

/** The return-request milestones a customer is emailed about. */
export type ReturnRequestMilestone =
  "received" | "approved" | "pending_review" | "rejected"

/** `data` of the `return_request.*` events. */
export type ReturnRequestEventData = {
  /** The return request's id. */
  id: string
  order_id?: string
}

export const returnRequestMilestoneTemplates = {
  received: "return-request-received",
  approved: "return-approved",
  pending_review: "return-pending-review",
  rejected: "return-rejected",
} as const satisfies Record<ReturnRequestMilestone, string>

type Decision = {
  outcome: string
  note: string | null
  reasons: string[] | null
  created_at: string | Date
}

export const buildReturnRequestNotificationStepId =
  "build-return-request-notification"

const newestDecision = (
  decisions: (Decision | null)[] | null | undefined,
  outcomes: string[]
): Decision | null =>
  (decisions ?? [])
    .filter((d): d is Decision => !!d && outcomes.includes(d.outcome))
    .sort(
      (a, b) =>
        new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
    )[0] ?? null

/**
 * A request's refund estimate as its emails show it (the CSR receipt, the
 * approval): the total is the refund plus the store credit bonus, as on the
 * PDF and the CSR form.
 */
const refundSummaryOf = (request: {
  refund_method: unknown
  refund_estimate: unknown
}): RefundSummaryData => {
  const estimate = request.refund_estimate as RefundBreakdown
  return {
    currency_code: estimate.currency_code,
    method: request.refund_method as RefundSummaryData["method"],
    items_total: estimate.items_total,
    return_shipping_fee: estimate.return_shipping,
    restocking_fee: estimate.restocking_fee_total,
    store_credit_bonus: estimate.store_credit_bonus,
    total: estimate.refund_total,
    credited_total:
      estimate.credited_total ??
      Number(estimate.refund_total) + Number(estimate.store_credit_bonus ?? 0),
  }
}

/**
 * Builds the email of one return-request milestone from the request as
 * stored (RMA number, items, decisions) and its order (line titles,
 * delivery date); for an approved request also the native return's
 * shipping method and labels (tracking number, label URL), the stock
 * location's address, and the last day of the policy's return window.
 *
 * - `received`: the RMA, the items with their reason labels, and whether
 *   the request was approved as made or waits for review; for a request a
 *   CSR entered, the `csr-receipt` email instead (agent, channel, refund
 *   breakdown) with the receipt PDF attached when one was generated;
 * - `approved`: how to send the items (the native return's real method and
 *   labels) and by when (omitted once the window has closed);
 * - `pending_review`: the review reasons the policy recorded;
 * - `rejected`: the staff member's note (or the recorded reasons) and the
 *   storefront's dispute form.
 *
 * Links point at the storefront (`notifications.storefront_url`) when it
 * is configured, else at the plugin's return portal; with neither known
 * they are left out (`customerPageUrl`).
 *
 * Null when the request is gone or no longer in the milestone's state (a
 * late `pending_review` after an approval must not tell the customer their
 * approved return is being reviewed).
 *
 * @example
 * const message = buildReturnRequestNotificationStep({
 *   event: "return_request.approved",
 *   milestone: "approved",
 *   data: { id: "rreq_123" },
 * })
 */
export const buildReturnRequestNotificationStep = createBuildNotificationStep<
  ReturnRequestEventData,
  NotificationEvent<ReturnRequestEventData> & {
    milestone: ReturnRequestMilestone
  }
>(
  buildReturnRequestNotificationStepId,
  {
    entity_type: "return_request",
    transactional: true,
  },
  async (data, { input: { milestone }, container, query, settings, skip }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

    const {
      data: [request],
    } = await query.graph({
      entity: "return_request",
      fields: [
        "id",
        "rma_number",
        "order_id",
        "customer_id",
        "status",
        "return_id",
        "policy_id",
        "channel",
        "created_by_type",
        "created_by",
        "created_at",
        "refund_method",
        "refund_estimate",
        "metadata",
        "items.line_item_id",
        "items.quantity",
        "items.reason_code",
        "items.refund_amount",
        "decisions.outcome",
        "decisions.note",
        "decisions.reasons",
        "decisions.created_at",
      ],
      filters: { id: data.id },
    })
    if (!request) {
      return null
    }
    const stillApplies: Record<ReturnRequestMilestone, boolean> = {
      received: true,
      approved: request.status === "approved" || request.status === "completed",
      pending_review: request.status === "pending_review",
      rejected: request.status === "rejected",
    }
    if (!stillApplies[milestone]) {
      return skip(
        `return request ${request.id} is ${request.status}, no "${milestone}" email`
      )
    }

    const order = await loadOrderWithDelivery(query, request.order_id, [
      "id",
      "display_id",
      "customer_id",
      "created_at",
      "items.id",
      "items.title",
      "items.variant_title",
      "items.variant_sku",
    ])

    const codes = [
      ...new Set((request.items ?? []).map((i) => i!.reason_code)),
    ].filter(Boolean)
    const { data: reasonCodes } = codes.length
      ? await query.graph({
          entity: "return_reason_code",
          fields: ["code", "label"],
          filters: { code: codes },
        })
      : { data: [] as { code: string; label: string }[] }
    const labelOf = new Map(
      reasonCodes.map((r) => [String(r.code).toUpperCase(), r.label])
    )
    type Line = {
      id: string
      title: string | null
      variant_title: string | null
      variant_sku: string | null
    }
    const lineOf = new Map(
      ((order?.items ?? []) as unknown as (Line | null)[])
        .filter((i): i is Line => !!i)
        .map((i) => [i.id, i])
    )
    const items: EmailItem[] = (request.items ?? [])
      .filter((i): i is NonNullable<typeof i> => !!i)
      .map((item) => {
        const line = lineOf.get(item.line_item_id)
        return {
          ...emailItemOf(line),
          quantity: Number(item.quantity),
          reason:
            labelOf.get(String(item.reason_code).toUpperCase()) ??
            item.reason_code,
        }
      })

    const decisions = request.decisions as unknown as (Decision | null)[]
    const links = await customerLinkBases(
      container,
      (await settings()).storefront_url
    )
    let templateData: Record<string, unknown>

    let template: string = returnRequestMilestoneTemplates[milestone]
    let attachments: Attachment[] | null = null

    if (milestone === "received" && request.created_by_type === "admin") {
      // Entered by customer service: the receipt (with its PDF when one was
      // generated) is this milestone's email, not a second one.
      template = "csr-receipt"
      const {
        data: [csr],
      } = await query.graph({
        entity: "user",
        fields: ["first_name", "last_name"],
        filters: { id: request.created_by },
      })
      const refundByLine = new Map<string, number>(
        (request.items ?? [])
          .filter((i): i is NonNullable<typeof i> => !!i)
          .map((i) => [String(i.line_item_id), Number(i.refund_amount)])
      )
      templateData = {
        rma_number: request.rma_number,
        channel: request.channel,
        // A name, never the agent's login: without one, the template says
        // "our customer service team".
        csr_name:
          [csr?.first_name, csr?.last_name].filter(Boolean).join(" ") || null,
        created_at: new Date(request.created_at).toISOString(),
        items: items.map((item, i) => ({
          ...item,
          refund_amount:
            refundByLine.get(String(request.items![i]!.line_item_id)) ?? null,
        })),
        refund: refundSummaryOf(request),
      } satisfies Omit<CsrReceiptData, "store">

      const fileId = (request.metadata as Record<string, unknown> | null)
        ?.receipt_file_id
      if (typeof fileId === "string") {
        try {
          const pdf = await container.resolve(Modules.FILE).getAsBuffer(fileId)
          attachments = [
            {
              content: pdf.toString("base64"),
              filename: `${request.rma_number}.pdf`,
              content_type: "application/pdf",
            },
          ]
        } catch (e) {
          // The receipt is also in the customer's account: send without it.
          logger.warn(
            `medusa-plugin-rms: receipt PDF of ${request.rma_number} could not be read, emailing without it: ${(e as Error).message}`
          )
        }
      }
    } else if (milestone === "received") {
      templateData = {
        rma_number: request.rma_number,
        order_display_id: order?.display_id ?? null,
        items,
        approved: request.status === "approved",
        return_url: customerPageUrl(links, {
          page: "return_request",
          id: request.id,
        }),
      } satisfies Omit<ReturnRequestReceivedData, "store">
    } else if (milestone === "pending_review") {
      const review = newestDecision(decisions, ["review"])
      templateData = {
        rma_number: request.rma_number,
        items,
        reason: review?.reasons?.length ? review.reasons.join("; ") : null,
      } satisfies Omit<ReturnPendingReviewData, "store">
    } else if (milestone === "rejected") {
      const rejection = newestDecision(decisions, ["rejected", "reject"])
      templateData = {
        rma_number: request.rma_number,
        reason:
          rejection?.note ||
          (rejection?.reasons?.length ? rejection.reasons.join("; ") : null),
        // The storefront's dispute form, prefilled with the request.
        dispute_url: customerPageUrl(links, {
          page: "new_dispute",
          return_request_id: request.id,
        }),
      } satisfies Omit<ReturnRejectedData, "store">
    } else {
      // The last day of the policy's return window, counted the way the
      // engine counts it; not shown once it has passed.
      let sendBy: string | null = null
      const {
        data: [policy],
      } = await query.graph({
        entity: "return_policy",
        fields: ["return_window_days"],
        filters: { id: request.policy_id },
      })
      if (policy && order) {
        const window = returnWindow(
          { return_window_days: Number(policy.return_window_days) },
          {
            created_at: new Date(order.created_at as string | Date),
            delivered_at: order.delivered_at,
          },
          new Date()
        )
        sendBy = window.open ? `${window.deadline}T00:00:00.000Z` : null
      }

      // The parcel's label as the carrier's provider issued it (see the
      // return logistics module): its carrier, and its PDF when stored with
      // the File module, attached so the customer can print it from here.
      const {
        data: [shipment],
      } = await query.graph({
        entity: "return_shipment",
        fields: ["carrier", "tracking_number", "label_file_id"],
        filters: { return_id: request.return_id ?? "" },
      })
      const shipping = await loadReturnShipping(query, request.return_id)
      templateData = {
        rma_number: request.rma_number,
        items,
        return_shipping: {
          ...shipping,
          carrier: shipment?.carrier ?? shipping.carrier ?? null,
        },
        send_by: sendBy,
        refund: refundSummaryOf(request),
      } satisfies Omit<ReturnApprovedData, "store">
      if (shipment?.label_file_id) {
        try {
          const pdf = await container
            .resolve(Modules.FILE)
            .getAsBuffer(shipment.label_file_id)
          attachments = [
            {
              content: pdf.toString("base64"),
              filename: `return-label-${shipment.tracking_number}.pdf`,
              content_type: "application/pdf",
            },
          ]
        } catch (e) {
          // The email links to the label too: send without the attachment.
          logger.warn(
            `medusa-plugin-rms: return label of ${request.rma_number} could not be read, emailing without it: ${(e as Error).message}`
          )
        }
      }
    }

    return {
      entity_id: request.id,
      customer_id: request.customer_id ?? order?.customer_id ?? null,
      template,
      data: templateData,
      attachments,
    }
  }
)
