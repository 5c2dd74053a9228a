import { StatusBadge } from "@medusajs/ui"

/** "Active" in green or "Inactive" in grey, for a list's state column. */
export const ActiveBadge = ({ active }: { active: boolean }) =>
  active ? (
    <StatusBadge color="green">Active</StatusBadge>
  ) : (
    <StatusBadge color="grey">Inactive</StatusBadge>
  )
