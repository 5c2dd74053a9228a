import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalBundle } from "../../utils/portal-page"

/** The return portal's script (React, the JS SDK and the page's styles). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const script = await portalBundle()
  res.setHeader("content-type", "text/javascript; charset=utf-8")
  // Short: a plugin upgrade reaches customers within minutes.
  res.setHeader("cache-control", "public, max-age=300")
  res.send(script)
}
