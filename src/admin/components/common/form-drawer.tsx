import { Button, Drawer } from "@medusajs/ui"
import { FormEvent, ReactNode } from "react"

type FormDrawerProps = {
  /** Open while mounted when absent: the caller unmounts it to close it. */
  open?: boolean
  onOpenChange: (open: boolean) => void
  /** Label of a button that opens the drawer; none for a drawer opened elsewhere. */
  trigger?: string
  title: ReactNode
  description?: ReactNode
  /** Keeps the description for screen readers only. */
  hideDescription?: boolean
  /** Called with the default submit already prevented. */
  onSubmit: () => void
  isPending: boolean
  submitLabel?: string
  /** Skip the browser's own checks: the form shows its errors by field. */
  noValidate?: boolean
  children: ReactNode
}

/**
 * A drawer holding one form: header, scrolling body and a Cancel / Save
 * footer whose Save submits the form.
 */
export const FormDrawer = ({
  open = true,
  onOpenChange,
  trigger,
  title,
  description,
  hideDescription,
  onSubmit,
  isPending,
  submitLabel = "Save",
  noValidate,
  children,
}: FormDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    {trigger && (
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {trigger}
        </Button>
      </Drawer.Trigger>
    )}
    <Drawer.Content>
      <form
        className="flex flex-1 flex-col overflow-hidden"
        noValidate={noValidate}
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          onSubmit()
        }}
      >
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          {description && (
            <Drawer.Description
              className={hideDescription ? "sr-only" : undefined}
            >
              {description}
            </Drawer.Description>
          )}
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-auto">
          {children}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={isPending}>
            {submitLabel}
          </Button>
        </Drawer.Footer>
      </form>
    </Drawer.Content>
  </Drawer>
)

/** `onOpenChange` for a drawer that is open while mounted. */
export const closeWith =
  (onClose: () => void) =>
  (open: boolean): void => {
    if (!open) {
      onClose()
    }
  }
