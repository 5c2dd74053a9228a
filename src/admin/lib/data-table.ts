/**
 * The record behind a clicked DataTable row. `useDataTable`'s `onRowClick`
 * is typed as receiving the record, but @medusajs/ui 4.2 passes TanStack's
 * row object (the record is its `original`); this reads either.
 */
export const clickedRecord = <T extends object>(row: T): T =>
  (row as T & { original?: T }).original ?? row
