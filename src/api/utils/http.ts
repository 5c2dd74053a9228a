import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ReturnWorkflow } from "@medusajs/framework/workflows-sdk"

/**
 * A route handler typed with its HTTP contract: `TResponse` is what it
 * answers (a type from `src/types/http`), `TBody` its validated body and
 * `TQuery` its validated query.
 *
 * @example
 * export const GET: AdminRoute<AdminDisputeResponse> = async (req, res) => {
 *   res.json({ dispute: await refetchDisputeSummary(req.params.id, req.scope) })
 * }
 */
export type AdminRoute<
  TResponse = unknown,
  TBody = unknown,
  TQuery = Record<string, unknown>,
> = (
  req: AuthenticatedMedusaRequest<TBody, TQuery>,
  res: MedusaResponse<Sendable<TResponse>>
) => Promise<void>

/**
 * What `res.json` may be given to answer `T`: a contract's dates are ISO
 * strings, which is what a module's `Date` becomes in JSON.
 */
export type Sendable<T> = T extends string
  ? T | Date
  : T extends (infer U)[]
    ? Sendable<U>[]
    : T extends object
      ? { [K in keyof T]: Sendable<T[K]> }
      : T

/**
 * A store route handler, typed like {@link AdminRoute}; behind
 * `authenticate("customer", …)`, `req.auth_context.actor_id` is the
 * signed-in customer.
 */
export type StoreRoute<
  TResponse = unknown,
  TBody = unknown,
  TQuery = Record<string, unknown>,
> = AdminRoute<TResponse, TBody, TQuery>

/** Any workflow made with `createWorkflow`, as the route factories take it. */
export type AnyWorkflow = ReturnWorkflow<any, any, any>

/** The input a workflow takes. */
export type WorkflowInput<W> =
  W extends ReturnWorkflow<infer TInput, any, any> ? TInput : never
