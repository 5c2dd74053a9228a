import { QueryKey } from "@tanstack/react-query"

/** Query-key factory in the dashboard's style: `all`, `lists()`, `detail(id)`. */
export const queryKeysFactory = (resource: string) => {
  const all = [resource] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query?: unknown) => [...all, "list", { query }] as QueryKey,
    details: () => [...all, "detail"] as const,
    detail: (id: string, query?: unknown) =>
      [...all, "detail", id, { query }] as QueryKey,
  }
}
