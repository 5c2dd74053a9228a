import type { AdminNotificationTemplatePreviewResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { renderEmail } from "../../../../../emails/registry"
import { loadTemplateSample } from "../../../../../workflows/notifications/loaders"
import { templateFromParam } from "../../helpers"
import type { AdminGetNotificationTemplatePreviewParamsType } from "../../validators"

/**
 * The template rendered from its sample data under the store's own name,
 * logo and contact address, exactly as the provider sends it:
 * `{ subject, html, text }`. `locale` picks the language.
 */
export const GET: AdminRoute<
  AdminNotificationTemplatePreviewResponse,
  unknown,
  AdminGetNotificationTemplatePreviewParamsType
> = async (req, res) => {
  const id = templateFromParam(req.params.id)
  const { locale } =
    req.validatedQuery as unknown as AdminGetNotificationTemplatePreviewParamsType
  const { subject, html, text } = await renderEmail(
    id,
    await loadTemplateSample(req.scope, id, locale)
  )
  res.json({ subject, html, text })
}
