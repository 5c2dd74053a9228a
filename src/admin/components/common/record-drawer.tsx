import { Fragment, ReactNode, useState } from "react"

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
