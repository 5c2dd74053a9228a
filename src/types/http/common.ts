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

/**
 * A module's record as it travels in JSON: dates become ISO strings, the
 * rest keeps its type. HTTP contracts derive from the module's types with
 * it instead of copying them.
 */
export type Serialized<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Serialized<U>[]
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T

/**
 * A record as stored from its module's create input: every optional field
 * is set (its default or null), with the id and timestamps.
 */
export type Persisted<TCreate> = {
  [K in keyof TCreate]-?: Exclude<TCreate[K], undefined>
} & { id: string; created_at: string; updated_at: string }

/** The answer of a report route (`?format=json`, the default). */
export type ReportResponse<T> = { report: Serialized<T> }
