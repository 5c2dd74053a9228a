import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/**
 * The store's `projectConfig.http.jwtSecret`: it signs guest session tokens
 * and keys the hashes of guest codes.
 */
export const jwtSecret = (container: MedusaContainer): string => {
  const secret = container.resolve<ConfigModule>(
    ContainerRegistrationKeys.CONFIG_MODULE
  ).projectConfig.http.jwtSecret
  if (!secret) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "medusa-plugin-rms: guest access needs projectConfig.http.jwtSecret"
    )
  }
  return String(secret)
}

/** An order number as given (`1042`, `"1042"`, `"#1042"`) as a number. */
export const orderNumberOf = (value: number | string): number =>
  typeof value === "number" ? value : Number(value.replace(/^#/, "").trim())

/** Emails compared as people type them: case and outer spaces aside. */
export const sameEmail = (a: string | null | undefined, b: string) =>
  !!a && a.trim().toLowerCase() === b.trim().toLowerCase()
