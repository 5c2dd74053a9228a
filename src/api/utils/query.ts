import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/**
 * Re-reads one record through Query, as routes answer after a workflow ran
 * (or before, to answer 404 for an unknown id before anything is written).
 *
 * @param label - How the record is named in the 404 message.
 * @param filters - Usually `{ id }`; store routes add `customer_id`, so
 * someone else's record is "not found", like an unknown id.
 */
export const refetchEntity = async <T = any>(
  scope: MedusaContainer,
  {
    entity,
    label,
    filters,
    fields,
  }: {
    entity: string
    label: string
    filters: Record<string, unknown> & { id: string }
    fields: string[]
  }
): Promise<T> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity, fields, filters })
  if (!record) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${label} with id: ${filters.id} was not found`
    )
  }
  return record as T
}

/**
 * One page of a list route, with the fields and pagination the request's
 * query config holds: `{ data, count, offset, limit }`, to be answered as
 * `{ [resources]: data, count, offset, limit }` like Medusa's list routes.
 */
export const listEntities = async <T = any>(
  req: MedusaRequest,
  {
    entity,
    filters = {},
    fields = req.queryConfig.fields,
  }: {
    entity: string
    filters?: Record<string, unknown>
    fields?: string[]
  }
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  return {
    data: data as T[],
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  }
}

/** The answer of a DELETE route, as Medusa's own routes give it. */
export const deletedResponse = <TObject extends string>(
  id: string,
  object: TObject
) => ({ id, object, deleted: true as const })

/**
 * The refetch of one resource by id, for its routes: 404 named with `label`
 * when the id is unknown.
 *
 * @example
 * export const refetchTier = entityRefetcher<AdminLoyaltyTier>("loyalty_tier", "Loyalty tier")
 * const tier = await refetchTier(req.params.id, req.scope, req.queryConfig.fields)
 */
export const entityRefetcher =
  <T>(entity: string, label: string) =>
  (id: string, scope: MedusaContainer, fields: string[]) =>
    refetchEntity<T>(scope, { entity, label, fields, filters: { id } })
