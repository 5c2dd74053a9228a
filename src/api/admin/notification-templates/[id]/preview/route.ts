import type { AdminNotificationTemplatePreviewResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { renderEmail } from "../../../../../emails/registry"
import { sampleData } from "../../../../../emails/samples"
import { templateFromParam } from "../../helpers"
import type { AdminGetNotificationTemplatePreviewParamsType } from "../../validators"

/**
 * The template rendered from its sample data, exactly as the provider
 * sends it: `{ subject, html, text }`. `locale` picks the language.
 */
export const GET: AdminRoute<
  AdminNotificationTemplatePreviewResponse,
  unknown,
  AdminGetNotificationTemplatePreviewParamsType
> = async (req, res) => {
  const id = templateFromParam(req.params.id)
  const { locale } =
    req.validatedQuery as unknown as AdminGetNotificationTemplatePreviewParamsType
  const data = { ...sampleData[id], ...(locale ? { locale } : {}) }
  const { subject, html, text } = await renderEmail(id, data)
  res.json({ subject, html, text })
}
