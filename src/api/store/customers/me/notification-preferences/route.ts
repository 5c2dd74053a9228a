/**
 * `GET`/`POST /store/customers/me/notification-preferences`: the same
 * preferences as `/store/customers/me/notifications/preferences`, under the
 * name the storefront API documents.
 */
export { GET, POST } from "../notifications/preferences/route"
