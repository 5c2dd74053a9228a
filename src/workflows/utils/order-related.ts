import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>

/** The Order module's entities that belong to an order version. */
export type OrderRelatedEntity = "return" | "order_exchange" | "order_claim"

/**
 * `query.graph` on returns, exchanges or claims by id. Asked without a
 * page, Medusa's Order module reads them in one statement joined with their
 * order's items, shipping methods, adjustments and summary (to pick the
 * order's version), whatever fields were asked: one return of a 9-line
 * order with a few returns behind it came back as 315 rows of 100 columns
 * for the ORM to hydrate, more with every return. With a page it reads the
 * order's parts with their own statements (Medusa's `SELECT_IN` strategy).
 *
 * @example
 * const { data: [ret] } = await graphOrderRelated(query, "return", ["id", "status"], [returnId])
 */
export const graphOrderRelated = (
  query: Query,
  entity: OrderRelatedEntity,
  fields: string[],
  ids: string[]
) =>
  query.graph({
    entity,
    fields,
    filters: { id: ids },
    pagination: orderRelatedPage(ids.length),
  })

/**
 * The page that makes the Order module read up to `count` returns,
 * exchanges or claims without the big join (see `graphOrderRelated`).
 */
export const orderRelatedPage = (count: number) => ({
  skip: 0,
  take: Math.max(count, 1),
})

/** `orderRelatedPage(1)`, as a value workflows compose with. */
export const ORDER_RELATED_PAGE_OF_ONE = orderRelatedPage(1)
