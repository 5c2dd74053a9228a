import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { guestOrderFilter } from "./customer-or-guest"

/**
 * Middleware for store routes on one of the signed-in customer's records
 * (`:id`): someone else's record, or an unknown id, is "not found" before
 * the body is read or validated, so a wrong customer learns nothing from a
 * validation error and uploads nothing. Put it after `authenticate` and
 * before the body's validator. The workflow still checks ownership too.
 * With a guest session the record must also belong to the session's order.
 *
 * @param entity - The record's entity in Query, with a `customer_id` field.
 * @param label - How the record is named in the 404 message.
 */
export const customerOwns =
  (entity: string, label: string) =>
  async (
    req: AuthenticatedMedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    try {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [owned],
      } = await query.graph({
        entity,
        fields: ["id"],
        filters: {
          id: req.params.id,
          customer_id: req.auth_context?.actor_id ?? "",
          ...guestOrderFilter(req),
        },
      })
      if (!owned) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `${label} with id: ${req.params.id} was not found`
        )
      }
    } catch (error) {
      return next(error)
    }
    next()
  }

/**
 * Only a signed-in customer (session or bearer token) reaches the routes
 * under each matcher; `req.auth_context.actor_id` is then their id.
 */
export const signedInCustomerOnly = (
  ...matchers: string[]
): MiddlewareRoute[] =>
  matchers.map((matcher) => ({
    matcher,
    middlewares: [authenticate("customer", ["session", "bearer"])],
  }))
