import type { AdminNotificationTemplateListResponse } from "../../../types/http"
import type { AdminRoute } from "../../utils/http"
import { renderEmail, templateNames } from "../../../emails/registry"
import { supportedLanguages } from "../../../emails/i18n"
import { sampleData } from "../../../emails/samples"
import {
  CUSTOMER_NOTIFICATION_MODULE,
  type CustomerNotificationModuleService,
} from "../../../modules/customer-notification"
import { describeTemplate } from "./helpers"

/**
 * The email templates: id, name, the milestone that sends it, channel,
 * whether it is transactional, its subject (rendered from the sample data)
 * and the languages it is written in; with `storefront_url`, the base of
 * the customer-facing links (null: emails leave those links out).
 */
export const GET: AdminRoute<AdminNotificationTemplateListResponse> = async (
  req,
  res
) => {
  const notifications: CustomerNotificationModuleService = req.scope.resolve(
    CUSTOMER_NOTIFICATION_MODULE
  )
  const { storefront_url } = await notifications.getSettings()
  const notification_templates = await Promise.all(
    templateNames.map(async (id) =>
      describeTemplate(id, (await renderEmail(id, sampleData[id])).subject)
    )
  )
  res.json({
    notification_templates,
    count: notification_templates.length,
    locales: supportedLanguages,
    storefront_url,
  })
}
