import { z } from "@medusajs/framework/zod"
import { PORTAL_LOCALES } from "../../modules/return-portal"

/** `?lang=en|fr`; the page's own routes travel in the hash, not the query. */
export const PortalPageQuery = z.strictObject({
  lang: z.enum(PORTAL_LOCALES, { error: "lang must be en or fr" }).optional(),
})
export type PortalPageQueryType = z.infer<typeof PortalPageQuery>
