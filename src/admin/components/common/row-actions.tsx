import { PencilSquare, Trash } from "@medusajs/icons"
import { DataTableAction, usePrompt } from "@medusajs/ui"
import { useCallback, useMemo, useRef } from "react"

/** What a confirmation asks; `confirmText` defaults to "Delete". */
export type ConfirmOptions = {
  title: string
  description: string
  confirmText?: string
}

/** Asks before a destructive action and runs `action` only once confirmed. */
export const useConfirm = () => {
  const prompt = usePrompt()
  return useCallback(
    async (
      { title, description, confirmText = "Delete" }: ConfirmOptions,
      action: () => void
    ) => {
      const confirmed = await prompt({
        title,
        description,
        confirmText,
        cancelText: "Cancel",
      })
      if (confirmed) {
        action()
      }
    },
    [prompt]
  )
}

type EditDeleteHandlers<T> = {
  onEdit: (row: T) => void
  onDelete: (row: T) => void
  /** What to ask before `onDelete`. */
  confirmDelete: (row: T) => ConfirmOptions
}

/**
 * The "Edit" and "Delete" row actions of a DataTable action column; Delete
 * asks first. The actions stay the same object across renders, so the
 * table's columns need not be rebuilt.
 */
export const useEditDeleteActions = <T,>(
  handlers: EditDeleteHandlers<T>
): DataTableAction<T>[] => {
  const confirm = useConfirm()
  // The latest handlers, read on click: they may close over fresh state.
  const latest = useRef(handlers)
  latest.current = handlers
  return useMemo(
    () => [
      {
        label: "Edit",
        icon: <PencilSquare />,
        onClick: ({ row }) => latest.current.onEdit(row.original),
      },
      {
        label: "Delete",
        icon: <Trash />,
        onClick: ({ row }) =>
          confirm(latest.current.confirmDelete(row.original), () =>
            latest.current.onDelete(row.original)
          ),
      },
    ],
    [confirm]
  )
}
