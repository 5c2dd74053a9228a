import { templateCatalog } from "./catalog"
import type { RenderedEmail, TemplateDataMap, TemplateName } from "./index"

// Names come from the catalog, which is typed to list exactly the
// templates: asking whether a template exists, or which ones there are,
// must not load React Email (tens of MB and a second of every boot).

/** All template names, in registry order. */
export const templateNames = Object.keys(templateCatalog) as TemplateName[]

/** Whether `name` is a template of this provider. */
export const isTemplateName = (name: string): name is TemplateName =>
  Object.prototype.hasOwnProperty.call(templateCatalog, name)

/**
 * `renderTemplate` from `./index`, loaded on the first email rendered
 * rather than when the server boots.
 */
export async function renderEmail<K extends TemplateName>(
  name: K,
  data: TemplateDataMap[K]
): Promise<RenderedEmail>
export async function renderEmail(
  name: string,
  data: unknown
): Promise<RenderedEmail>
export async function renderEmail(
  name: string,
  data: unknown
): Promise<RenderedEmail> {
  const { renderTemplate } = require("./index") as typeof import("./index")
  return await renderTemplate(name, data)
}

/** HTML to plain text as the templates do it, loaded on first use. */
export const htmlToText = async (html: string): Promise<string> => {
  const { toPlainText } =
    require("@react-email/render") as typeof import("@react-email/render")
  return toPlainText(html)
}
