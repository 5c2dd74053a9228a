import { MedusaError } from "@medusajs/framework/utils"
import type { TemplateName } from "../../../emails"
import { isTemplateName } from "../../../emails/registry"
import { templateCatalog } from "../../../emails/catalog"
import { templateLanguages } from "../../../emails/i18n"

/** A template as listed in the admin, with the subject of its sample. */
export const describeTemplate = (id: TemplateName, subject: string) => ({
  id,
  ...templateCatalog[id],
  subject,
  locales: templateLanguages(id),
})

/** The template named in the URL, or NOT_FOUND. */
export const templateFromParam = (id: string): TemplateName => {
  if (!isTemplateName(id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Notification template "${id}" was not found`
    )
  }
  return id
}
