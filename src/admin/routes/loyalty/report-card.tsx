import { Container, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"

type ReportCardProps = {
  title: string
  description?: string
  children: ReactNode
}

/** A titled panel of the Reports tab. */
export const ReportCard = ({
  title,
  description,
  children,
}: ReportCardProps) => (
  <Container className="flex flex-col gap-y-4 px-6 py-4">
    <div>
      <Heading level="h2">{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {children}
  </Container>
)

type StatProps = {
  label: string
  value: string
  detail?: string
}

/** One figure with its label and an optional explanation below. */
export const Stat = ({ label, value, detail }: StatProps) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" leading="compact">
      {value}
    </Text>
    {detail && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {detail}
      </Text>
    )}
  </div>
)
