import { z } from "@medusajs/framework/zod"
import { DISPUTE_REASON_CATEGORIES } from "../../modules/return-dispute/models/dispute"
import {
  boundedString,
  idString,
  MAX_LENGTH,
  requiredString,
} from "./validators"

/** Why a dispute is opened; policy templates are matched on it too. */
export const DISPUTE_REASONS = DISPUTE_REASON_CATEGORIES
const KINDS = ["photo", "tracking", "document", "communication"] as const

export const reasonCategory = z.enum(DISPUTE_REASONS, {
  error: `reason_category must be one of ${DISPUTE_REASONS.join(", ")}`,
})

export const evidenceKind = z.enum(KINDS, {
  error: `kind must be one of ${KINDS.join(", ")}`,
})

/** Multipart text fields next to `file`, for staff and customers alike. */
export const DisputeEvidenceFields = z.strictObject({
  kind: evidenceKind,
  description: boundedString("description", MAX_LENGTH.note).optional(),
})
export type DisputeEvidenceFieldsType = z.infer<typeof DisputeEvidenceFields>

/**
 * Opening a dispute, by the customer or by staff on their behalf: the
 * order (and return request) it is about, why, and the claim.
 */
export const CreateDispute = z.strictObject({
  order_id: idString("order_id"),
  return_request_id: idString("return_request_id").optional(),
  reason_category: reasonCategory,
  claim: requiredString("claim", MAX_LENGTH.claim),
})
export type CreateDisputeType = z.infer<typeof CreateDispute>
