import type { ItemCondition } from "../../hooks/api/csr-returns"

// A CSR channel is a return request's channel: one set of labels for both.
export { channelLabels } from "../returns/format"

export const conditionLabels: Record<ItemCondition, string> = {
  new: "New, unopened",
  opened: "Opened",
  damaged: "Damaged",
  defective: "Defective",
}

export const outcomeLabels: Record<string, string> = {
  auto_approve: "Auto-approved",
  review: "Sent to review",
  reject: "Not returnable",
}

/** A request id the server uses to recognise a repeated submit. */
export const newIdempotencyKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? `csr_${crypto.randomUUID()}`
    : `csr_${Date.now().toString(36)}_${Math.random().toString(36).slice(2)}`
