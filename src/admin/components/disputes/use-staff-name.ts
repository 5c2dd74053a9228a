import { useCallback, useMemo } from "react"
import { useAdminUsers } from "../../hooks/api/disputes"
import { userName } from "./format"

/**
 * The name of the admin user with an id, or `fallback` while the users load
 * or when the user was deleted since.
 */
export const useStaffName = () => {
  const { data } = useAdminUsers()
  const usersById = useMemo(
    () => new Map((data?.users ?? []).map((u) => [u.id, u])),
    [data]
  )
  return useCallback(
    (id: string, fallback: string) => userName(usersById.get(id)) ?? fallback,
    [usersById]
  )
}
