import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * The plugin options a module reads, checked against its schema: a bad
 * value stops the app at boot with a message naming the option, rather
 * than running with a setting nobody meant.
 *
 * @example
 * const { webhooks } = parsePluginOptions(Options, options)
 */
export const parsePluginOptions = <TSchema extends z.ZodTypeAny>(
  schema: TSchema,
  options: unknown
): z.infer<TSchema> => {
  const parsed = schema.safeParse(options ?? {})
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `medusa-plugin-rms: invalid plugin options: ${parsed.error.issues
        .map((issue) => issue.message)
        .join("; ")}`
    )
  }
  return parsed.data
}
