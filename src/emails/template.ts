import type { ReactElement } from "react"
import {
  resolveStrings,
  type DictionarySection,
  type ResolvedStrings,
} from "./i18n"
import type { BaseEmailData } from "./types"

/**
 * One email template: its React Email component, how to build its subject,
 * and which `notification.data` keys it cannot render without.
 */
export type TemplateDefinition<P> = {
  subject: (data: P) => string
  component: (props: P) => ReactElement
  required: readonly (keyof P & string)[]
}

/**
 * A template whose strings are the dictionary section `section`: its
 * subject is written with them, in the data's locale.
 *
 * @example
 * export const returnRejected = defineTemplate(
 *   "return-rejected",
 *   ReturnRejectedEmail,
 *   {
 *     subject: (data, s) => s.t.subject(data.rma_number),
 *     required: ["store", "rma_number"],
 *   }
 * )
 */
export const defineTemplate = <
  P extends BaseEmailData,
  S extends Exclude<DictionarySection, "layout" | "common">,
>(
  section: S,
  component: (props: P) => ReactElement,
  definition: {
    subject: (data: P, strings: ResolvedStrings<S>) => string
    required: readonly (keyof P & string)[]
  }
): TemplateDefinition<P> => ({
  component,
  subject: (data) =>
    definition.subject(data, resolveStrings(data.locale, section)),
  required: definition.required,
})
