/** Events the return portal workflows emit. */
export const PortalEvents = {
  /** A guest's order number and email matched: `{ code_id, order_id, locale }`. */
  GUEST_CODE_REQUESTED: "return_portal.guest_code_requested",
} as const

/** Data of `return_portal.guest_code_requested`. */
export type GuestCodeRequestedEventData = {
  /** The id the code is stored under (one code per event, even redelivered). */
  code_id: string
  order_id: string
  locale?: string | null
}
