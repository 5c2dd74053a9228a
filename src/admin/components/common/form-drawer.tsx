import { Button, Drawer, toast } from "@medusajs/ui"
import { FormEvent, ReactNode, useState } from "react"
import { SaveOptions } from "../../lib/admin-api"

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

/** A resource's `useSave` hook, as `crudHooks` gives it. */
type UseSave<TData, TInput> = (
  id: string | undefined,
  options: SaveOptions<TData>
) => { save: (input: TInput) => void; isPending: boolean }

/**
 * Saving the form of a drawer that creates a record, or edits the record
 * `id`: a saved record toasts `saved(data)` and closes the drawer; the
 * server's refusal becomes the form's `error`, which names the field.
 */
export const useDrawerSave = <TData, TInput>(
  useSave: UseSave<TData, TInput>,
  id: string | undefined,
  { saved, onClose }: { saved: (data: TData) => string; onClose: () => void }
) => {
  const [error, setError] = useState<string | null>(null)
  const { save, isPending } = useSave(id, {
    onSuccess: (data) => {
      toast.success(saved(data))
      onClose()
    },
    onError: (e) => setError(e.message),
  })
  return { save, isPending, error, setError }
}
