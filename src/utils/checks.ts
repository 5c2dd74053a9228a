/**
 * Check constraints of the modules' data models, named by the rule they
 * state (`.checks([atLeast("x_positive", "x", 1)])`). Each writes the same
 * SQL the migrations were generated from.
 */

/** A named check on the column `K` of a model. */
export type ColumnCheck<K extends string> = {
  name: string
  expression: (columns: Record<K, string>) => string
}

const check = <K extends string>(
  name: string,
  expression: (column: string) => string,
  column: K
): ColumnCheck<K> => ({
  name,
  expression: (columns) => expression(columns[column]),
})

/** `column >= min`: a count, an amount or a number that never goes below `min`. */
export const atLeast = <K extends string>(name: string, column: K, min = 0) =>
  check(name, (c) => `${c} >= ${min}`, column)

/** `column > min`. */
export const above = <K extends string>(name: string, column: K, min = 0) =>
  check(name, (c) => `${c} > ${min}`, column)

/** `min <= column <= max`, e.g. a percentage. */
export const between = <K extends string>(
  name: string,
  column: K,
  min: number,
  max: number
) => check(name, (c) => `${c} >= ${min} AND ${c} <= ${max}`, column)

/** A nullable `column >= min`: null means no limit. */
export const nullOrAtLeast = <K extends string>(
  name: string,
  column: K,
  min = 0
) => check(name, (c) => `${c} IS NULL OR ${c} >= ${min}`, column)

/** A nullable `min <= column <= max`. */
export const nullOrBetween = <K extends string>(
  name: string,
  column: K,
  min: number,
  max: number
) =>
  check(
    name,
    (c) => `${c} IS NULL OR (${c} >= ${min} AND ${c} <= ${max})`,
    column
  )

/** `column` matches the POSIX regular expression `pattern`. */
export const matches = <K extends string>(
  name: string,
  column: K,
  pattern: string
) => check(name, (c) => `${c} ~ '${pattern}'`, column)
