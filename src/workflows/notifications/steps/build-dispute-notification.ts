import type {
  DisputeOpenedData,
  DisputeResolvedData,
  DisputeStaffReplyData,
} from "../../../emails"
import type { DisputeDTO } from "../../../modules/return-dispute"
import { formatMoney } from "../../../utils/money"
import {
  createBuildNotificationStep,
  type NotificationEvent,
} from "../create-build-notification-step"
import { customerLinkBases, customerPageUrl } from "../utils"

/** The dispute milestones a customer is emailed about. */
export type DisputeMilestone = "opened" | "staff_reply" | "resolved"

/** `data` of the `dispute.*` events (`message_id` for `message_added`). */
export type DisputeEventData = {
  /** The dispute's id. */
  id: string
  message_id?: string
  author_type?: "customer" | "staff" | "system"
  internal?: boolean
}

export const disputeMilestoneTemplates = {
  opened: "dispute-opened",
  staff_reply: "dispute-staff-reply",
  resolved: "dispute-resolved",
} as const satisfies Record<DisputeMilestone, string>

/** What the emails read of the dispute. */
const DISPUTE_ROW_FIELDS = [
  "id",
  "number",
  "order_id",
  "return_request_id",
  "customer_id",
  "currency_code",
  "claim",
  "status",
  "sla_due_at",
  "resolution_kind",
  "resolution_amount",
  "resolution_note",
] as const satisfies readonly (keyof DisputeDTO)[]

/** Query may answer the date as a string and the amount as a numeric string. */
type DisputeRow = Omit<
  Pick<DisputeDTO, (typeof DISPUTE_ROW_FIELDS)[number]>,
  "sla_due_at" | "resolution_amount"
> & {
  sla_due_at: string | Date | null
  resolution_amount: number | string | null
}

const OUTCOMES: Record<
  NonNullable<DisputeRow["resolution_kind"]>,
  NonNullable<DisputeResolvedData["outcome"]>
> = {
  full_refund: "accepted",
  reversal: "accepted",
  partial_refund: "partially_accepted",
  rejected: "declined",
}

/**
 * The resolution in words, with the real amount: always in the email,
 * whether or not staff wrote a note.
 */
const describeResolution = (dispute: DisputeRow): string => {
  const amount =
    dispute.resolution_amount !== null && dispute.resolution_amount !== ""
      ? formatMoney(dispute.resolution_amount, dispute.currency_code, "en")
      : null
  switch (dispute.resolution_kind) {
    case "full_refund":
      return amount
        ? `We refunded ${amount} in full.`
        : "We refunded you in full."
    case "partial_refund":
      return amount ? `We refunded ${amount}.` : "We issued a partial refund."
    case "reversal":
      return "We reversed our original decision."
    default:
      return "After reviewing your case, our original decision stands."
  }
}

export const buildDisputeNotificationStepId = "build-dispute-notification"

/**
 * Builds the email of one dispute milestone from the dispute as stored
 * (number, claim, SLA due date, resolution), the disputed return's RMA (or
 * the order's number for a dispute about an order) and, for a staff reply,
 * the message and the replying user's first name.
 *
 * - `opened`: the customer's claim and the date staff aim to reply by;
 * - `staff_reply`: only for a message written by staff and not internal
 *   (customer messages, system entries and internal notes send nothing);
 * - `resolved`: the outcome, the resolution in words with the real amount
 *   refunded, the staff's note (when they wrote one) below it, and a rating
 *   link when a storefront URL is configured.
 *
 * Null when the dispute or message is gone or does not qualify.
 *
 * @example
 * const message = buildDisputeNotificationStep({
 *   event: "dispute.resolved",
 *   milestone: "resolved",
 *   data: { id: "dsp_123" },
 * })
 */
export const buildDisputeNotificationStep = createBuildNotificationStep<
  DisputeEventData,
  NotificationEvent<DisputeEventData> & { milestone: DisputeMilestone }
>(
  buildDisputeNotificationStepId,
  {
    entity_type: "dispute",
    transactional: true,
  },
  async (data, { input: { milestone }, container, query, settings }) => {
    // The event says who wrote it: most messages stop here without a query.
    if (
      milestone === "staff_reply" &&
      (!data.message_id ||
        data.internal === true ||
        (data.author_type && data.author_type !== "staff"))
    ) {
      return null
    }

    const {
      data: [found],
    } = await query.graph({
      entity: "dispute",
      fields: [...DISPUTE_ROW_FIELDS],
      filters: { id: data.id },
    })
    const dispute = found as unknown as DisputeRow | undefined
    if (!dispute) {
      return null
    }
    if (
      milestone === "resolved" &&
      !["resolved", "rejected"].includes(dispute.status)
    ) {
      return null
    }

    let rmaNumber: string | null = null
    if (dispute.return_request_id) {
      const {
        data: [request],
      } = await query.graph({
        entity: "return_request",
        fields: ["rma_number"],
        filters: { id: dispute.return_request_id },
      })
      rmaNumber = request?.rma_number ?? null
    }
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["display_id"],
      filters: { id: dispute.order_id },
    })

    const links = await customerLinkBases(
      container,
      (await settings()).storefront_url
    )
    const disputeUrl = customerPageUrl(links, {
      page: "dispute",
      id: dispute.id,
    })
    const reference = {
      rma_number: rmaNumber,
      order_display_id: order?.display_id ?? null,
      dispute_number: dispute.number,
      dispute_url: disputeUrl,
    }

    let entity = { type: "dispute", id: dispute.id }
    let templateData: Record<string, unknown>

    if (milestone === "opened") {
      templateData = {
        ...reference,
        message: dispute.claim,
        respond_by: dispute.sla_due_at
          ? new Date(dispute.sla_due_at).toISOString()
          : null,
      } satisfies Omit<DisputeOpenedData, "store">
    } else if (milestone === "staff_reply") {
      const {
        data: [message],
      } = await query.graph({
        entity: "dispute_message",
        fields: ["id", "body", "author_type", "author_id", "internal"],
        filters: { id: data.message_id!, dispute_id: dispute.id },
      })
      if (!message || message.author_type !== "staff" || message.internal) {
        return null
      }
      let staffName: string | null = null
      if (message.author_id) {
        const {
          data: [user],
        } = await query.graph({
          entity: "user",
          fields: ["first_name"],
          filters: { id: message.author_id },
        })
        staffName = user?.first_name ?? null
      }
      entity = { type: "dispute_message", id: message.id }
      templateData = {
        ...reference,
        staff_name: staffName,
        message: message.body,
      } satisfies Omit<DisputeStaffReplyData, "store">
    } else {
      templateData = {
        ...reference,
        outcome: dispute.resolution_kind
          ? OUTCOMES[dispute.resolution_kind]
          : dispute.status === "rejected"
            ? "declined"
            : null,
        resolution: describeResolution(dispute),
        refund_amount:
          dispute.resolution_kind === "full_refund" ||
          dispute.resolution_kind === "partial_refund"
            ? dispute.resolution_amount
            : null,
        currency_code: dispute.currency_code,
        note: dispute.resolution_note,
        rating_url: customerPageUrl(links, {
          page: "rate_dispute",
          id: dispute.id,
        }),
      } satisfies Omit<DisputeResolvedData, "store">
    }

    return {
      entity_type: entity.type,
      entity_id: entity.id,
      customer_id: dispute.customer_id,
      template: disputeMilestoneTemplates[milestone],
      data: templateData,
    }
  }
)
