import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/**
 * Shared bounds for every plugin validator, so each rule exists once: the
 * database would otherwise answer out-of-range input with a 500 (a Postgres
 * `integer` is 32-bit, `text` refuses NUL, `numeric` amounts lose precision
 * past 2^53 in JavaScript).
 */

/** Largest value of a Postgres `integer` column. */
export const INT32_MAX = 2_147_483_647
/** Largest page any plugin list returns (`limit`). */
export const MAX_PAGE_SIZE = 1000
/** Largest money amount accepted, in the currency's main unit. */
export const MAX_AMOUNT = 1_000_000_000_000

/** Maximum lengths of the plugin's text fields, by kind. */
export const MAX_LENGTH = {
  /** Entity ids (`order_…`, `rreq_…`), codes, currency and channel names. */
  id: 100,
  /** Names, titles, labels. */
  name: 200,
  /** Search terms and other short query filters. */
  query: 200,
  /** A field list (`fields=`). */
  fields: 2000,
  /** Notes, reasons, descriptions, comments. */
  note: 2000,
  /** A claim. */
  claim: 5000,
  /** Messages and template bodies. */
  body: 10000,
} as const

const NO_NUL = /^[^\u0000]*$/

/**
 * Text of at most `max` characters without NUL (Postgres `text` cannot
 * store it). Optional or required is the caller's choice.
 */
export const boundedString = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .max(max, { error: `${field} must be at most ${max} characters` })
    .regex(NO_NUL, { error: `${field} must not contain a NUL character` })

/** Trimmed, non-empty text of at most `max` characters. */
export const requiredString = (field: string, max: number, min = 1) =>
  boundedString(field, max)
    .trim()
    .min(min, {
      error:
        min > 1
          ? `${field} is required (at least ${min} characters)`
          : `${field} is required`,
    })

/** An entity id: non-empty, short, no NUL. */
export const idString = (field: string) => requiredString(field, MAX_LENGTH.id)

/**
 * An id as a list filter: like {@link idString} but empty is allowed, as
 * forms send an unset filter as `x=`.
 */
export const idFilter = (field: string) => boundedString(field, MAX_LENGTH.id)

/** A whole number that fits a Postgres `integer` column. */
export const int32 = (field: string) =>
  z
    .number({ error: `${field} must be a whole number` })
    .int({ error: `${field} must be a whole number` })
    .min(-INT32_MAX - 1, {
      error: `${field} must be at least ${-INT32_MAX - 1}`,
    })
    .max(INT32_MAX, { error: `${field} must be at most ${INT32_MAX}` })

/** A whole number from 0 to 2147483647. */
export const nonNegativeInt32 = (field: string) =>
  int32(field).min(0, { error: `${field} must be zero or more` })

/** A whole number from 1 to 2147483647. */
export const positiveInt32 = (field: string) =>
  int32(field).min(1, { error: `${field} must be more than 0` })

/** A money amount from 0 to {@link MAX_AMOUNT}, in the currency's main unit. */
export const moneyAmount = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .min(0, { error: `${field} must be zero or more` })
    .max(MAX_AMOUNT, { error: `${field} must be at most ${MAX_AMOUNT}` })

const MIN_DATE = Date.UTC(1900, 0, 1)
const MAX_DATE = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/**
 * A date (ISO text or a timestamp) between the years 1900 and 9999: a
 * JavaScript date can reach years Postgres cannot store.
 */
export const boundedDate = (field: string) =>
  z.coerce
    .date({ error: `${field} must be a date` })
    .refine((d) => d.getTime() >= MIN_DATE && d.getTime() <= MAX_DATE, {
      error: `${field} must be a date between the years 1900 and 9999`,
    })

/** A list of at most `max` items. */
export const boundedArray = <T extends z.ZodTypeAny>(
  field: string,
  item: T,
  max = 100
) =>
  z
    .array(item, { error: `${field} must be a list` })
    .max(max, { error: `${field} must have at most ${max} items` })

const toNumber = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" ? Number(value) : value

/**
 * `createFindParams` with bounds: `limit` from 0 to `maxLimit` (default
 * {@link MAX_PAGE_SIZE}), `offset` from 0, and `order` only one of
 * `sortable` (each also descending with a leading `-`). An empty `sortable`
 * means the list has a fixed order and `order` is refused.
 */
export const listParams = ({
  limit,
  maxLimit = MAX_PAGE_SIZE,
  order,
  sortable,
}: {
  limit: number
  /** A smaller largest page, for a list that is costly to compute. */
  maxLimit?: number
  order?: string
  sortable: readonly string[]
}) => {
  const orders = sortable.flatMap((f) => [f, `-${f}`])
  const orderSchema: z.ZodType<string> = orders.length
    ? z.enum(orders as [string, ...string[]], {
        error: `order must be one of ${orders.join(", ")}`,
      })
    : z.never({ error: "order: this list has a fixed order" })
  return createFindParams({ offset: 0, limit, order }).extend({
    fields: boundedString("fields", MAX_LENGTH.fields).optional(),
    limit: z.preprocess(
      toNumber,
      z
        .number({ error: "limit must be a whole number" })
        .int({ error: "limit must be a whole number" })
        .min(0, { error: "limit must be zero or more" })
        .max(maxLimit, {
          error: `limit must be at most ${maxLimit}`,
        })
        .default(limit)
    ),
    offset: z.preprocess(
      toNumber,
      nonNegativeInt32("offset").optional().default(0)
    ),
    order: order
      ? orderSchema.optional().default(order)
      : orderSchema.optional(),
  })
}

/** {@link listParams} with `q`, the list's search box. */
export const searchListParams = (options: Parameters<typeof listParams>[0]) =>
  listParams(options).extend({
    q: boundedString("q", MAX_LENGTH.query).optional(),
  })

/** A yes/no query parameter: `true`/`false` (or a JSON boolean) as a boolean. */
export const booleanParam = (field: string) =>
  z
    .union([z.boolean(), z.enum(["true", "false"])], {
      error: `${field} must be true or false`,
    })
    .transform((v) => v === true || v === "true")

/** `fields=` of a single resource. */
export const retrieveParams = () =>
  z.object({ fields: boundedString("fields", MAX_LENGTH.fields).optional() })

type Schema = z.ZodTypeAny

/**
 * `validateAndTransformBody` that keeps its schema on the middleware, so the
 * bad-input suite can derive meaningful payloads for each route.
 */
export const validateBody = <T extends Schema>(schema: T) =>
  Object.assign(validateAndTransformBody(schema), { bodySchema: schema })

/** `validateAndTransformQuery`, keeping its schema like {@link validateBody}. */
export const validateQuery = <T extends Schema>(
  schema: T,
  config: Parameters<typeof validateAndTransformQuery>[1]
) =>
  Object.assign(validateAndTransformQuery(schema, config), {
    querySchema: schema,
  })

/**
 * The middleware entry of a route whose only middleware validates its body,
 * e.g. `bodyRoute("/admin/disputes/:id/assign", AdminAssignDispute)`.
 */
export const bodyRoute = (
  matcher: string,
  schema: Schema,
  method: "POST" | "DELETE" = "POST"
): MiddlewareRoute => ({
  method: [method],
  matcher,
  middlewares: [validateBody(schema)],
})

/**
 * The middleware entry of a GET route whose only middleware validates its
 * query (no list config), e.g. `queryRoute("/admin/disputes/reports", AdminGetDisputeReportParams)`.
 */
export const queryRoute = (
  matcher: string,
  schema: Schema
): MiddlewareRoute => ({
  method: ["GET"],
  matcher,
  middlewares: [validateQuery(schema, {})],
})
