import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderPortalPage } from "../utils/portal-page"
import type { PortalPageQueryType } from "./validators"

/**
 * The customer return portal: guests (order number, email and a one-time
 * code) and signed-in customers request and follow returns and disputes.
 * Public: every call it makes goes through the store API's own checks.
 */
export const GET = async (
  req: MedusaRequest<unknown, PortalPageQueryType>,
  res: MedusaResponse
) => {
  const html = await renderPortalPage(req.scope, {
    lang: req.validatedQuery.lang,
    acceptLanguage: req.get("accept-language"),
    backendUrl: `${req.protocol}://${req.get("host")}`,
  })
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.setHeader("cache-control", "no-store")
  res.setHeader("vary", "accept-language")
  res.send(html)
}
