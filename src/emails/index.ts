import { MedusaError } from "@medusajs/framework/utils"
import { render, toPlainText } from "@react-email/render"
import { createElement } from "react"
import { csrReceipt, type CsrReceiptData } from "./csr-receipt"
import { disputeOpened, type DisputeOpenedData } from "./dispute-opened"
import { disputeResolved, type DisputeResolvedData } from "./dispute-resolved"
import {
  disputeStaffReply,
  type DisputeStaffReplyData,
} from "./dispute-staff-reply"
import {
  loyaltyTierChanged,
  type LoyaltyTierChangedData,
} from "./loyalty-tier-changed"
import { pointsExpiring, type PointsExpiringData } from "./points-expiring"
import { refundIssued, type RefundIssuedData } from "./refund-issued"
import { returnApproved, type ReturnApprovedData } from "./return-approved"
import {
  exchangeApproved,
  type ExchangeApprovedData,
} from "./exchange-approved"
import { exchangeShipped, type ExchangeShippedData } from "./exchange-shipped"
import {
  exchangeReceived,
  type ExchangeReceivedData,
} from "./exchange-received"
import {
  returnItemsReceived,
  type ReturnItemsReceivedData,
} from "./return-items-received"
import {
  returnPendingReview,
  type ReturnPendingReviewData,
} from "./return-pending-review"
import { returnRejected, type ReturnRejectedData } from "./return-rejected"
import {
  returnDelivered,
  returnInTransit,
  type ReturnTrackingData,
} from "./return-tracking"
import { rewardRedeemed, type RewardRedeemedData } from "./reward-redeemed"
import { guestAccessCode, type GuestAccessCodeData } from "./guest-access-code"
import {
  returnRequestReceived,
  type ReturnRequestReceivedData,
} from "./return-request-received"
import { isTemplateName, templateNames } from "./registry"
import type { TemplateDefinition } from "./template"

export type { TemplateDefinition } from "./template"
export type * from "./types"
export type {
  ExchangeApprovedData,
  ExchangeReceivedData,
  ExchangeShippedData,
  CsrReceiptData,
  DisputeOpenedData,
  DisputeResolvedData,
  DisputeStaffReplyData,
  LoyaltyTierChangedData,
  PointsExpiringData,
  RefundIssuedData,
  ReturnApprovedData,
  ReturnItemsReceivedData,
  ReturnPendingReviewData,
  ReturnRejectedData,
  ReturnRequestReceivedData,
  ReturnTrackingData,
  RewardRedeemedData,
  GuestAccessCodeData,
}

/** `notification.data` expected by each template, by template name. */
export type TemplateDataMap = {
  "return-request-received": ReturnRequestReceivedData
  "return-approved": ReturnApprovedData
  "exchange-approved": ExchangeApprovedData
  "exchange-shipped": ExchangeShippedData
  "exchange-received": ExchangeReceivedData
  "return-pending-review": ReturnPendingReviewData
  "return-rejected": ReturnRejectedData
  "return-in-transit": ReturnTrackingData
  "return-delivered": ReturnTrackingData
  "return-items-received": ReturnItemsReceivedData
  "refund-issued": RefundIssuedData
  "dispute-opened": DisputeOpenedData
  "dispute-staff-reply": DisputeStaffReplyData
  "dispute-resolved": DisputeResolvedData
  "loyalty-tier-changed": LoyaltyTierChangedData
  "reward-redeemed": RewardRedeemedData
  "points-expiring": PointsExpiringData
  "csr-receipt": CsrReceiptData
  "guest-access-code": GuestAccessCodeData
}

/** A value for `notification.template` this provider can render. */
export type TemplateName = keyof TemplateDataMap

/** Every template, by the name used in `notification.template`. */
export const templates: {
  [K in TemplateName]: TemplateDefinition<TemplateDataMap[K]>
} = {
  "return-request-received": returnRequestReceived,
  "return-approved": returnApproved,
  "exchange-approved": exchangeApproved,
  "exchange-shipped": exchangeShipped,
  "exchange-received": exchangeReceived,
  "return-pending-review": returnPendingReview,
  "return-rejected": returnRejected,
  "return-in-transit": returnInTransit,
  "return-delivered": returnDelivered,
  "return-items-received": returnItemsReceived,
  "refund-issued": refundIssued,
  "dispute-opened": disputeOpened,
  "dispute-staff-reply": disputeStaffReply,
  "dispute-resolved": disputeResolved,
  "loyalty-tier-changed": loyaltyTierChanged,
  "reward-redeemed": rewardRedeemed,
  "points-expiring": pointsExpiring,
  "csr-receipt": csrReceipt,
  "guest-access-code": guestAccessCode,
}

export { isTemplateName, templateNames } from "./registry"

/** A rendered email, ready to send. */
export type RenderedEmail = { subject: string; html: string; text: string }

const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === "string" && value.trim() === "")

/**
 * Renders a template with its data into subject, HTML and plain text.
 *
 * Throws a `MedusaError` (`INVALID_DATA`) when the template does not exist
 * or required data is missing, so the notification is recorded as failed
 * instead of sending a broken email.
 *
 * @example
 * const { subject, html, text } = await renderTemplate("return-approved", {
 *   store: { name: "Acme" },
 *   rma_number: "RMA-1001",
 * })
 */
export async function renderTemplate<K extends TemplateName>(
  name: K,
  data: TemplateDataMap[K]
): Promise<RenderedEmail>
export async function renderTemplate(
  name: string,
  data: unknown
): Promise<RenderedEmail>
export async function renderTemplate(
  name: string,
  data: unknown
): Promise<RenderedEmail> {
  if (!isTemplateName(name)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `medusa-plugin-rms emails: unknown template "${name}". Known templates: ${templateNames.join(", ")}`
    )
  }
  // The registry is keyed by name, so the definition and its data match.
  const definition = templates[name] as unknown as TemplateDefinition<
    Record<string, unknown>
  >
  const record = (data && typeof data === "object" ? data : {}) as Record<
    string,
    unknown
  >

  const missing = definition.required.filter((key) => isBlank(record[key]))
  const store = record.store as { name?: unknown } | undefined
  if (store && (typeof store !== "object" || isBlank(store.name))) {
    missing.push("store.name")
  }
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `medusa-plugin-rms emails: template "${name}" is missing data: ${missing.join(", ")}`
    )
  }

  const html = await render(createElement(definition.component, record))
  return {
    subject: definition.subject(record),
    html,
    text: toPlainText(html),
  }
}
