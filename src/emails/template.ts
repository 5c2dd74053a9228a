import type { ReactElement } from "react"

/**
 * One email template: its React Email component, how to build its subject,
 * and which `notification.data` keys it cannot render without.
 */
export type TemplateDefinition<P> = {
  subject: (data: P) => string
  component: (props: P) => ReactElement
  required: readonly (keyof P & string)[]
}
