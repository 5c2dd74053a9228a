/**
 * Reads a route's zod (v4) schema to build a valid payload and, from it,
 * payloads that differ by one bad field. Used by the bad-input suite so
 * mutations hit a field the route really has, with a value its type must
 * refuse.
 */

type AnySchema = { _zod: { def: any; bag?: any; optin?: string } }

const def = (s: AnySchema) => s._zod.def

/** The schema a value is checked against, past optional/default/pipes. */
export const unwrap = (s: AnySchema): AnySchema => {
  let current = s
  for (let i = 0; i < 20; i++) {
    const d = def(current)
    switch (d.type) {
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "readonly":
      case "catch":
      case "nonoptional":
        current = d.innerType
        continue
      case "pipe":
        // z.preprocess(fn, schema): the input side is a transform.
        current = def(d.in).type === "transform" ? d.out : d.in
        continue
      default:
        return current
    }
  }
  return current
}

const accepts = (s: AnySchema, kind: "null" | "undefined") => {
  let current = s
  for (let i = 0; i < 20; i++) {
    const d = def(current)
    if (kind === "null" && d.type === "nullable") {
      return true
    }
    if (
      kind === "undefined" &&
      (d.type === "optional" || d.type === "default")
    ) {
      return true
    }
    if (["optional", "nullable", "default", "prefault"].includes(d.type)) {
      current = d.innerType
    } else if (d.type === "pipe") {
      current = def(d.in).type === "transform" ? d.out : d.in
    } else {
      return false
    }
  }
  return false
}

export const isNullable = (s: AnySchema) => accepts(s, "null")
export const isOptional = (s: AnySchema) =>
  s._zod.optin === "optional" || accepts(s, "undefined")

const bag = (s: AnySchema) => unwrap(s)._zod.bag ?? {}

export type FieldKind =
  | "string"
  | "number"
  | "boolean"
  | "enum"
  | "literal"
  | "array"
  | "object"
  | "record"
  | "date"
  | "union"
  | "other"

export const kindOf = (s: AnySchema): FieldKind => {
  const t = def(unwrap(s)).type
  return (
    [
      "string",
      "number",
      "boolean",
      "enum",
      "literal",
      "array",
      "object",
      "record",
      "date",
      "union",
    ] as FieldKind[]
  ).includes(t)
    ? t
    : "other"
}

export const objectShape = (s: AnySchema): Record<string, AnySchema> =>
  kindOf(s) === "object" ? def(unwrap(s)).shape : {}

export const arrayElement = (s: AnySchema): AnySchema | undefined =>
  kindOf(s) === "array" ? def(unwrap(s)).element : undefined

export const isInteger = (s: AnySchema) =>
  kindOf(s) === "number" && /int/.test(String(bag(s).format ?? ""))

export const numberBounds = (s: AnySchema) => ({
  min: bag(s).minimum as number | undefined,
  max: bag(s).maximum as number | undefined,
})

const isIdField = (name: string) => name === "id" || /_id$/.test(name)

/**
 * A plausible valid value for `field`. `ids` maps field names (`order_id`,
 * `line_item_id`, …) to seeded ids so references resolve.
 */
export const sampleValue = (
  field: string,
  s: AnySchema,
  ids: Record<string, string>
): unknown => {
  const u = unwrap(s)
  const d = def(u)
  const b = u._zod.bag ?? {}
  switch (d.type) {
    case "string": {
      if (ids[field] !== undefined) {
        return ids[field]
      }
      if (b.format === "email") {
        return "fuzz@example.com"
      }
      if (field === "locale") {
        return "en"
      }
      if (field === "currency_code") {
        return "eur"
      }
      if (field === "code" || field.endsWith("reason_code")) {
        return "FUZZ_CODE"
      }
      if (isIdField(field)) {
        return `${field}_fuzz`
      }
      const min = Math.max(b.minimum ?? 1, 1)
      const text = "Fuzz sample text that reads like a note"
      return text.padEnd(min, ".").slice(0, Math.max(min, b.maximum ?? 40))
    }
    case "number": {
      const min = b.minimum ?? 0
      const lo = Number.isFinite(min) && min > 1 ? min : 1
      return Math.min(lo, b.maximum ?? lo)
    }
    case "boolean":
      return true
    case "enum":
      return Object.values(d.entries)[0]
    case "literal":
      return d.values[0]
    case "date":
      return new Date(Date.now() + 86_400_000).toISOString()
    case "array": {
      const min = b.minimum ?? 0
      return min > 0 ? [sampleValue(field, d.element, ids)] : []
    }
    case "record":
      return {}
    case "object":
      return sampleObject(u, ids)
    case "union":
      return sampleValue(field, d.options[0], ids)
    default:
      return "fuzz"
  }
}

/**
 * A body the schema accepts: required fields first, then each optional
 * field kept only if the body still passes (some fields exclude others).
 */
export const sampleObject = (
  schema: AnySchema,
  ids: Record<string, string>
): Record<string, unknown> => {
  const shape = objectShape(schema)
  const body: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(shape)) {
    if (!isOptional(field)) {
      body[key] = sampleValue(key, field, ids)
    }
  }
  const parse = (value: unknown) =>
    (schema as any).safeParse(value).success as boolean
  for (const [key, field] of Object.entries(shape)) {
    if (isOptional(field)) {
      const candidate = { ...body, [key]: sampleValue(key, field, ids) }
      if (parse(candidate)) {
        body[key] = candidate[key]
      }
    }
  }
  return body
}

export const safeParses = (schema: AnySchema, value: unknown) =>
  (schema as any).safeParse(value).success as boolean

export type Mutation = { label: string; value: unknown; remove?: boolean }

const deepNest = (depth: number): unknown => {
  let value: unknown = "deep"
  for (let i = 0; i < depth; i++) {
    value = { a: value }
  }
  return value
}

export const INJECTIONS = [
  "' OR '1'='1' --",
  "{{customer.email}}",
  "<script>alert(1)</script>",
]

/**
 * Values a field of this schema must refuse: wrong types, null where not
 * nullable, missing when required, out-of-range and fractional numbers,
 * 100 KB and NUL strings, deep nesting, arrays for objects, and for ids and
 * closed vocabularies an injection string and foreign ids. `seed` rotates
 * the variants that need only one representative per field, keeping the
 * request count bounded.
 */
export const fieldMutations = (
  field: string,
  s: AnySchema,
  foreignId: string,
  seed = 0,
  topLevel = true
): Mutation[] => {
  const kind = kindOf(s)
  const out: Mutation[] = []
  const injection = INJECTIONS[seed % INJECTIONS.length]
  if (!isOptional(s)) {
    out.push({ label: "missing", value: undefined, remove: true })
  }
  if (!isNullable(s)) {
    out.push({ label: "null", value: null })
  }
  if (topLevel) {
    out.push({ label: "nested 64 deep", value: deepNest(64) })
  }
  switch (kind) {
    case "string": {
      const wrong: Mutation[] = [
        { label: "number", value: 12345 },
        { label: "array", value: ["x"] },
        { label: "object", value: { x: 1 } },
      ]
      out.push(
        wrong[seed % wrong.length],
        { label: "100 KB", value: "x".repeat(100_000) },
        { label: "NUL byte", value: "a\u0000b" }
      )
      if (isIdField(field) || bag(s).format === "email") {
        out.push({ label: `injection ${injection}`, value: injection })
      }
      if (isIdField(field)) {
        out.push(
          { label: "nonexistent id", value: `${field}_does_not_exist` },
          { label: "foreign id", value: foreignId }
        )
      }
      break
    }
    case "number": {
      out.push(
        { label: "numeric string", value: "12" },
        { label: "1e308", value: 1e308 }
      )
      const { min } = numberBounds(s)
      if (min !== undefined && min >= 0) {
        out.push({ label: "-1", value: -1 })
      }
      if (isInteger(s)) {
        out.push(
          { label: "2147483648", value: 2147483648 },
          { label: "fractional", value: 1.5 }
        )
        if (min === undefined || min < 0) {
          out.push({ label: "-2147483649", value: -2147483649 })
        }
      }
      break
    }
    case "boolean":
      out.push({ label: "string", value: "yes" })
      break
    case "enum":
    case "literal":
      out.push(
        { label: "unknown choice", value: "not_a_choice" },
        { label: "number", value: 7 },
        { label: `injection ${injection}`, value: injection }
      )
      break
    case "date":
      out.push(
        { label: "not a date", value: "not-a-date" },
        { label: "year 200000", value: "+200000-01-01T00:00:00Z" }
      )
      break
    case "array":
      out.push(
        { label: "object for array", value: { x: 1 } },
        { label: "10k items", value: Array(10_000).fill("x") }
      )
      break
    case "object":
    case "record":
      out.push({ label: "array for object", value: ["x"] })
      break
    default:
      break
  }
  return out
}
