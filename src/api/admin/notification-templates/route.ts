import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { renderTemplate, templateNames } from "../../../emails"
import { supportedLanguages } from "../../../emails/i18n"
import { sampleData } from "../../../emails/samples"
import { describeTemplate } from "./helpers"

/**
 * The email templates of the Resend provider: id, name, the milestone that
 * sends it, channel, whether it is transactional, its subject (rendered
 * from the sample data) and the languages it is written in.
 */
export const GET = async (
  _req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const notification_templates = await Promise.all(
    templateNames.map(async (id) =>
      describeTemplate(id, (await renderTemplate(id, sampleData[id])).subject)
    )
  )
  res.json({
    notification_templates,
    count: notification_templates.length,
    locales: supportedLanguages,
  })
}
