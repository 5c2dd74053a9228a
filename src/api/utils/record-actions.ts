import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminRoute, AnyWorkflow, Sendable, WorkflowInput } from "./http"

/**
 * The action routes on one record (`POST /admin/disputes/:id/assign`,
 * `/admin/return-requests/:id/approve`,
 * `/admin/loyalty/accounts/:customer_id/adjust`, …). Each checks the record
 * first, so an unknown one is a 404 before anything is written; then runs
 * one workflow with the record's id, the validated body and the signed-in
 * admin as the actor; and answers with the record re-read.
 *
 * @example
 * const disputeAction = recordActions({
 *   idField: "dispute_id",
 *   check: refetchDisputeSummary,
 *   respond: async (id, scope) => ({ dispute: await refetchDisputeSummary(id, scope) }),
 * })
 * // assign/route.ts: the body `{ assignee_id }` plus `dispute_id` and `assigned_by`
 * export const POST = disputeAction(assignDisputeWorkflow, "assigned_by")
 */
export const recordActions =
  <TResponse, TIdField extends string>({
    param = "id",
    idField,
    check,
    respond,
  }: {
    /** The path parameter naming the record. */
    param?: string
    /** The workflow input's field for the record, e.g. `dispute_id`. */
    idField: TIdField
    /** Throws a 404 when there is no such record. */
    check: (id: string, scope: MedusaContainer) => Promise<unknown>
    respond: (
      id: string,
      scope: MedusaContainer
    ) => Promise<Sendable<TResponse>>
  }) =>
  <W extends AnyWorkflow, TActorField extends keyof WorkflowInput<W> & string>(
    workflow: W,
    /** The workflow input's field for the admin who acts, e.g. `assigned_by`. */
    actorField: TActorField
  ): AdminRoute<TResponse, Omit<WorkflowInput<W>, TIdField | TActorField>> =>
  async (req, res) => {
    const id = req.params[param]
    await check(id, req.scope)
    await workflow(req.scope).run({
      input: {
        ...req.validatedBody,
        [idField]: id,
        [actorField]: req.auth_context.actor_id,
      },
    })
    res.json(await respond(id, req.scope))
  }
