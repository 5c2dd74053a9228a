import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { DeleteResponse } from "../../types/http"
import type { AdminRoute, AnyWorkflow, Sendable, WorkflowInput } from "./http"
import { deletedResponse, listEntities } from "./query"
import { validateBody, validateQuery } from "./validators"

/** Re-reads one record by id with the given fields, or throws a 404. */
type Refetch<T> = (
  id: string,
  scope: MedusaContainer,
  fields: string[]
) => Promise<T>

/**
 * An admin resource that workflows create, update and delete (loyalty tiers
 * and rewards, return policies, reason codes): the `validateQuery` configs
 * of its routes and their handlers, which go the way Medusa's own CRUD
 * routes go: one workflow call, then the record re-read with the request's
 * `fields`, answered as `{ [key]: record }`. A change to an unknown id
 * answers 404 before any workflow runs, so it is not reported as bad input.
 *
 * @example
 * export const adminTiers = adminResource({
 *   entity: "loyalty_tier",
 *   key: "tier",
 *   list: "tiers",
 *   fields: defaultAdminTierFields,
 *   refetch: entityRefetcher<AdminLoyaltyTier>("loyalty_tier", "Loyalty tier"),
 * })
 * // [id]/route.ts
 * export const POST = adminTiers.update<AdminUpdateTierType>(updateTierWorkflow)
 */
export const adminResource = <
  TRecord,
  TEntity extends string,
  TKey extends string,
  TListKey extends string,
>({
  entity,
  key,
  list,
  fields,
  defaultLimit = 50,
  refetch,
}: {
  /** The entity in Query, also the `object` of a DELETE answer. */
  entity: TEntity
  /** The answer's key for one record, e.g. `tier`. */
  key: TKey
  /** The answer's key for a page of them, e.g. `tiers`. */
  list: TListKey
  /** Fields answered when the request names none. */
  fields: string[]
  defaultLimit?: number
  refetch: Refetch<TRecord>
}) => {
  type One = { [K in TKey]: TRecord }
  type Page = { [K in TListKey]: TRecord[] } & {
    count: number
    offset: number
    limit: number
  }

  const answer = async (
    req: AuthenticatedMedusaRequest<unknown>,
    res: MedusaResponse<Sendable<One>>,
    id: string
  ) => {
    const record = await refetch(id, req.scope, req.queryConfig.fields)
    res.json({ [key]: record } as Sendable<One>)
  }
  const assertExists = (req: AuthenticatedMedusaRequest<unknown>) =>
    refetch(req.params.id, req.scope, ["id"])

  const queryConfig = {
    retrieve: { defaults: fields, isList: false },
    list: { defaults: fields, isList: true, defaultLimit },
  }

  return {
    refetch,
    /** The `validateQuery` configs of one record and of the list. */
    queryConfig,

    /**
     * The middlewares of `matcher` and `matcher/:id`: the list's and one
     * record's query (`fields`), the create and update bodies.
     */
    middlewares: (
      matcher: string,
      schemas: {
        list: z.ZodTypeAny
        retrieve: z.ZodTypeAny
        create: z.ZodTypeAny
        update: z.ZodTypeAny
      }
    ): MiddlewareRoute[] => {
      const retrieve = validateQuery(schemas.retrieve, queryConfig.retrieve)
      return [
        {
          method: ["GET"],
          matcher,
          middlewares: [validateQuery(schemas.list, queryConfig.list)],
        },
        {
          method: ["POST"],
          matcher,
          middlewares: [validateBody(schemas.create), retrieve],
        },
        {
          method: ["GET", "DELETE"],
          matcher: `${matcher}/:id`,
          middlewares: [retrieve],
        },
        {
          method: ["POST"],
          matcher: `${matcher}/:id`,
          middlewares: [validateBody(schemas.update), retrieve],
        },
      ]
    },

    /** `GET /admin/<resources>`: `q` (search) only when it is not empty. */
    list: (): AdminRoute<Page> => async (req, res) => {
      const { q, ...filters } = req.filterableFields
      const { data, ...page } = await listEntities<TRecord>(req, {
        entity,
        filters: q ? { ...filters, q } : filters,
      })
      res.json({ [list]: data, ...page } as Sendable<Page>)
    },

    /** `GET /admin/<resources>/:id`. */
    retrieve: (): AdminRoute<One> => (req, res) =>
      answer(req, res, req.params.id),

    /** `POST /admin/<resources>`: the body is the workflow's input. */
    create:
      <W extends AnyWorkflow>(workflow: W): AdminRoute<One, WorkflowInput<W>> =>
      async (req, res) => {
        const { result } = await workflow(req.scope).run({
          input: req.validatedBody,
        })
        await answer(req, res, result.id)
      },

    /**
     * `POST /admin/<resources>/:id`: the body and the id are the
     * workflow's input; the answer is the record the workflow returns (a
     * versioned resource returns its new version).
     */
    update:
      <W extends AnyWorkflow>(
        workflow: W
      ): AdminRoute<One, Omit<WorkflowInput<W>, "id">> =>
      async (req, res) => {
        await assertExists(req)
        const { result } = await workflow(req.scope).run({
          input: { ...req.validatedBody, id: req.params.id },
        })
        await answer(req, res, result.id)
      },

    /** `DELETE /admin/<resources>/:id`. */
    remove:
      (workflow: AnyWorkflow): AdminRoute<DeleteResponse<TEntity>> =>
      async (req, res) => {
        await assertExists(req)
        await workflow(req.scope).run({ input: { id: req.params.id } })
        res.json(
          deletedResponse(req.params.id, entity) as Sendable<
            DeleteResponse<TEntity>
          >
        )
      },
  }
}
