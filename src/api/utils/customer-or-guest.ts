import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { GUEST_TOKEN_HEADER, verifyGuestToken } from "../../utils/guest-token"

/** Where a guest request keeps its order, in `auth_context.app_metadata`. */
const GUEST_ORDER_KEY = "rms_guest_order_id"

const signedInCustomer = authenticate("customer", ["session", "bearer"])

/** The store's JWT secret, which signs guest tokens too. */
export const jwtSecretOf = (req: MedusaRequest): string => {
  const config = req.scope.resolve<ConfigModule>(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  return String(config.projectConfig.http.jwtSecret ?? "")
}

/**
 * Lets in a signed-in customer (session or bearer, as Medusa's
 * `authenticate`) or a guest with a session token from
 * `POST /store/return-portal/guest/session` in the `x-rms-guest-token`
 * header. A guest gets `auth_context.actor_id` = the order's customer, and
 * the order recorded so every route also scopes to that one order
 * ({@link guestOrderId}). A header that is present but invalid or expired
 * is a 401, not a fallback to the other kinds of login.
 */
export const customerOrGuest = async (
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) => {
  const header = req.headers[GUEST_TOKEN_HEADER]
  if (header === undefined) {
    return signedInCustomer(req, res, next)
  }
  const session = verifyGuestToken(
    typeof header === "string" ? header : null,
    jwtSecretOf(req)
  )
  if (!session) {
    return next(
      new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "The guest session is invalid or has expired."
      )
    )
  }
  const authenticated = req as AuthenticatedMedusaRequest
  authenticated.auth_context = {
    actor_id: session.customer_id,
    actor_type: "customer",
    auth_identity_id: "",
    app_metadata: { [GUEST_ORDER_KEY]: session.order_id },
    user_metadata: {},
  }
  next()
}

/**
 * The order a guest session is limited to, or null for a signed-in
 * customer (whose own records are all reachable).
 */
export const guestOrderId = (req: MedusaRequest): string | null => {
  const value = (req as AuthenticatedMedusaRequest).auth_context
    ?.app_metadata?.[GUEST_ORDER_KEY]
  return typeof value === "string" && value ? value : null
}

/**
 * The filter a list or lookup adds for a guest: `{ order_id }` of the
 * session's order, or nothing for a signed-in customer.
 */
export const guestOrderFilter = (req: MedusaRequest): { order_id?: string } => {
  const orderId = guestOrderId(req)
  return orderId ? { order_id: orderId } : {}
}

const orderNotFound = (id: unknown) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Order with id: ${String(id)} was not found`
  )

/**
 * For a route on an order (`:id`): a guest may only name the session's
 * order; another is "not found", as Medusa answers an unknown order.
 */
export const guestOrderParam = (
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) => {
  const orderId = guestOrderId(req)
  if (orderId && req.params.id !== orderId) {
    return next(orderNotFound(req.params.id))
  }
  next()
}

/**
 * For a create route whose validated body names `order_id` (and maybe
 * `return_request_id`): a guest may only create for the session's order
 * and that order's return requests. Put it after the body's validator.
 */
export const guestOrderBody = async (
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) => {
  const orderId = guestOrderId(req)
  if (!orderId) {
    return next()
  }
  const body = (req.validatedBody ?? {}) as {
    order_id?: unknown
    return_request_id?: unknown
  }
  if (body.order_id !== orderId) {
    return next(orderNotFound(body.order_id))
  }
  if (typeof body.return_request_id === "string") {
    try {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [request],
      } = await query.graph({
        entity: "return_request",
        fields: ["id"],
        filters: { id: body.return_request_id, order_id: orderId },
      })
      if (!request) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Return request with id: ${body.return_request_id} was not found`
        )
      }
    } catch (error) {
      return next(error)
    }
  }
  next()
}

/**
 * A signed-in customer or a guest session reaches the routes under each
 * matcher (see {@link customerOrGuest}).
 */
export const customerOrGuestOnly = (...matchers: string[]): MiddlewareRoute[] =>
  matchers.map((matcher) => ({ matcher, middlewares: [customerOrGuest] }))

/** What the guest access routes answer, word for word. */
export const GUEST_PORTAL_MESSAGES = {
  code_sent:
    "If the details match an order, a code was sent to its email address.",
  invalid_code: "The code is invalid or has expired.",
  too_many: "Too many attempts. Please try again later.",
} as const

/**
 * The caller's address for the per-IP limit: Express' `req.ip`, which
 * honours the app's `trust proxy` setting behind a load balancer.
 */
export const clientIp = (req: MedusaRequest): string =>
  req.ip ?? req.socket?.remoteAddress ?? "unknown"
