import { createDataTableColumnHelper, DataTableColumnDef } from "@medusajs/ui"
import { Fragment, ReactNode, useMemo, useState } from "react"
import { ConfirmOptions, useEditDeleteActions } from "./row-actions"
import { toastResult } from "./toasts"

/**
 * Which record a list's create-or-edit drawer is open for: none, a new one,
 * or a row. `render` mounts the drawer only while open, keyed by the record,
 * so every opening starts from the record as loaded.
 */
export const useRecordDrawer = <T extends { id: string }>() => {
  const [open, setOpen] = useState<T | "new" | null>(null)
  return {
    create: () => setOpen("new"),
    edit: (record: T) => setOpen(record),
    render: (
      drawer: (record: T | undefined, onClose: () => void) => ReactNode
    ) =>
      open && (
        <Fragment key={open === "new" ? "new" : open.id}>
          {drawer(open === "new" ? undefined : open, () => setOpen(null))}
        </Fragment>
      ),
  }
}

type EditableRowsOptions<T> = {
  /** The table's columns; the row actions' column is added after them. */
  columns: DataTableColumnDef<T, any>[]
  /** The resource's delete hook, e.g. `useDeleteLoyaltyTier`. */
  useDelete: (options: ReturnType<typeof toastResult<unknown>>) => {
    mutate: (id: string) => void
  }
  /** The toast once deleted. */
  deleted: string
  /** What to ask before deleting. */
  confirmDelete: (row: T) => ConfirmOptions
}

/**
 * The rows of a list that a drawer creates and edits: the `columns` with
 * the row actions added (Edit opens `drawer`; Delete asks, deletes and
 * toasts), and the `drawer` itself.
 */
export const useEditableRows = <T extends { id: string }>({
  columns,
  useDelete,
  deleted,
  confirmDelete,
}: EditableRowsOptions<T>) => {
  const drawer = useRecordDrawer<T>()
  const { mutate: remove } = useDelete(toastResult(deleted))
  const actions = useEditDeleteActions<T>({
    onEdit: drawer.edit,
    onDelete: (row) => remove(row.id),
    confirmDelete,
  })
  const withActions = useMemo(
    () => [...columns, createDataTableColumnHelper<T>().action({ actions })],
    [columns, actions]
  )
  return { drawer, columns: withActions }
}
