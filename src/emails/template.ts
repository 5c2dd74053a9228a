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
 * A template written with the strings of the dictionary section `section`,
 * resolved once here for the data's locale: `render` builds the email with
 * them and `subject` its subject.
 *
 * @example
 * export const returnRejected = defineTemplate("return-rejected", {
 *   render: (props: ReturnRejectedData, s) => (
 *     <ReturnEmail data={props} strings={s}>…</ReturnEmail>
 *   ),
 *   subject: rmaSubject,
 *   required: ["store", "rma_number"],
 * })
 */
export const defineTemplate = <
  P extends BaseEmailData,
  S extends Exclude<DictionarySection, "layout" | "common">,
>(
  section: S,
  definition: {
    render: (props: P, strings: ResolvedStrings<S>) => ReactElement
    subject: (data: P, strings: ResolvedStrings<S>) => string
    required: readonly (keyof P & string)[]
  }
): TemplateDefinition<P> => ({
  component: (props) =>
    definition.render(props, resolveStrings(props.locale, section)),
  subject: (data) =>
    definition.subject(data, resolveStrings(data.locale, section)),
  required: definition.required,
})

/** The subject of a return's email, which names its RMA. */
export const rmaSubject = <P extends { rma_number: string }>(
  data: P,
  strings: { t: { subject: (rma: string) => string } }
): string => strings.t.subject(data.rma_number)
