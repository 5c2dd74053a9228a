/** A page of a list route: `{ [resources]: T[], count, offset, limit }`. */
export type PaginatedResponse<T> = T & {
  count: number
  offset: number
  limit: number
}

/** The answer of a DELETE route, as Medusa's own routes give it. */
export type DeleteResponse<TObject extends string> = {
  id: string
  object: TObject
  deleted: true
}
