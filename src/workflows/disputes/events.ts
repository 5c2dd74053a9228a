/** Events the dispute workflows emit; `data` always carries `{ id }`. */
export const DisputeEvents = {
  OPENED: "dispute.opened",
  MESSAGE_ADDED: "dispute.message_added",
  EVIDENCE_ADDED: "dispute.evidence_added",
  ASSIGNED: "dispute.assigned",
  STATUS_CHANGED: "dispute.status_changed",
  RESOLVED: "dispute.resolved",
  RATED: "dispute.rated",
} as const
