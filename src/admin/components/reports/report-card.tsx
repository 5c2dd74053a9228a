import { Container, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"

type ReportCardProps = {
  title: string
  description?: string
  children: ReactNode
}

/** A titled panel of a Reports tab. */
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
  testId?: string
}

/** One figure with its label and an optional explanation below. */
export const Stat = ({ label, value, detail, testId }: StatProps) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" leading="compact" data-testid={testId}>
      {value}
    </Text>
    {detail && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {detail}
      </Text>
    )}
  </div>
)

/**
 * {@link Stat}s side by side, as many per row as fit. The grid template is
 * inline: the dashboard's stylesheet ships no arbitrary grid classes.
 */
export const StatGrid = ({
  className = "grid gap-4",
  children,
}: {
  className?: string
  children: ReactNode
}) => (
  <div
    className={className}
    style={{ gridTemplateColumns: "repeat(auto-fit, minmax(9rem, 1fr))" }}
  >
    {children}
  </div>
)
