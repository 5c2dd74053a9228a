/**
 * `GET /admin/notifications/reports`: the email delivery-success and
 * fallback rates of a period (`from`, `to`), the same report as
 * `/admin/notifications-log/reports`. Medusa's own
 * `/admin/notifications/:id` does not shadow it: static segments win.
 */
export { GET } from "../../notifications-log/reports/route"
