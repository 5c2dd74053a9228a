import { FetchError } from "@medusajs/js-sdk"
import {
  QueryClient,
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { withInvalidation } from "./mutation"
import { queryKeysFactory } from "./query-client"
import { sdk } from "./sdk"

/** The options a page may pass to a mutation hook. */
export type MutationOptions<TData, TVariables> = UseMutationOptions<
  TData,
  FetchError,
  TVariables
>

/** Query keys made by {@link queryKeysFactory}. */
export type QueryKeys = ReturnType<typeof queryKeysFactory>

/** One admin API call: the path and, for writes, method and JSON body. */
export type AdminRequest = {
  path: string
  method?: "POST" | "DELETE"
  body?: object
  /** `{ "content-type": null }` lets the browser send a FormData body as multipart. */
  headers?: Record<string, string | null>
}

/** Marks every query under each key as stale. */
export const invalidateAll = (queryClient: QueryClient, keys: QueryKey[]) =>
  keys.forEach((queryKey) => queryClient.invalidateQueries({ queryKey }))

/**
 * A mutation against the admin API. `invalidate` refreshes the cache once
 * the server said yes, and always runs: a caller's `onSuccess` runs after it
 * (see {@link withInvalidation}), never instead of it.
 *
 * @param request - The call to make for the variables passed to `mutate`.
 * @param invalidate - The cache refresh, given the response and variables.
 * @param options - The caller's options (toasts, closing a drawer).
 */
export const useAdminMutation = <TData, TVariables = void>(
  request: (variables: TVariables) => AdminRequest,
  invalidate: (
    queryClient: QueryClient,
    data: TData,
    variables: TVariables
  ) => void,
  options?: MutationOptions<TData, TVariables>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (variables: TVariables) => {
      const { path, method, body, headers } = request(variables)
      return sdk.client.fetch<TData>(path, {
        method,
        body: body as Record<string, unknown> | FormData | undefined,
        headers: headers as Record<string, string> | undefined,
      })
    },
    ...withInvalidation(options, (data, variables) =>
      invalidate(queryClient, data, variables)
    ),
  })
}

/**
 * A GET of the admin API cached under `queryKey`; `options` may disable it
 * until what it needs is known.
 */
export const useAdminQuery = <TData>(
  queryKey: QueryKey,
  path: string,
  query?: object,
  options?: {
    enabled?: boolean
    /** Polls while set (ms), e.g. while a background job runs. */
    refetchInterval?: number | false
  }
) =>
  useQuery({
    queryKey,
    queryFn: () =>
      sdk.client.fetch<TData>(path, {
        query: query as Record<string, unknown> | undefined,
      }),
    ...options,
  })

/** The page and search text every admin list route takes. */
export type ListQuery = { limit?: number; offset?: number; q?: string }

/** What a create-or-edit form does once its save succeeds or fails. */
export type SaveOptions<TData> = {
  onSuccess?: (data: TData) => void
  onError?: (error: FetchError) => void
}

/** The types of one admin resource that {@link crudHooks} works with. */
export type CrudTypes = {
  /** `GET path` with `query`. */
  list: unknown
  listQuery: object
  /** `GET`, `POST path/:id` and `POST path`. */
  one: unknown
  /** `DELETE path/:id`. */
  deleted: unknown
  /** The create body; an update takes any part of it. */
  input: object
}

type CrudConfig = {
  /** The collection's route, e.g. `/admin/loyalty/rewards`. */
  path: string
  keys: QueryKeys
  /** Keys of other data that shows this resource and must refresh with it. */
  related?: QueryKey[]
}

/**
 * The list, detail, create, update and delete hooks of one admin resource,
 * in the style of the dashboard's own hooks. Every write refreshes the
 * resource's lists, the record it touched and the `related` keys.
 *
 * @example
 * const rewards = crudHooks<{ list: …; listQuery: …; one: …; deleted: …; input: … }>({
 *   path: "/admin/loyalty/rewards",
 *   keys: loyaltyRewardQueryKeys,
 * })
 * export const useLoyaltyRewards = rewards.useList
 */
export const crudHooks = <T extends CrudTypes>({
  path,
  keys,
  related = [],
}: CrudConfig) => {
  const refresh = (queryClient: QueryClient, id?: string) =>
    invalidateAll(queryClient, [
      keys.lists(),
      ...(id ? [keys.detail(id)] : []),
      ...related,
    ])

  const useCreate = (options?: MutationOptions<T["one"], T["input"]>) =>
    useAdminMutation<T["one"], T["input"]>(
      (body) => ({ path, method: "POST", body }),
      (queryClient) => refresh(queryClient),
      options
    )
  const useUpdate = (
    options?: MutationOptions<T["one"], Partial<T["input"]> & { id: string }>
  ) =>
    useAdminMutation<T["one"], Partial<T["input"]> & { id: string }>(
      ({ id, ...body }) => ({ path: `${path}/${id}`, method: "POST", body }),
      (queryClient, _data, { id }) => refresh(queryClient, id),
      options
    )

  return {
    useList: (query: T["listQuery"]) =>
      useAdminQuery<T["list"]>(keys.list(query), path, query),
    useDetail: (id: string) =>
      useAdminQuery<T["one"]>(keys.detail(id), `${path}/${id}`),
    useCreate,
    /** Updates the record named by `id` in the variables with the rest. */
    useUpdate,
    /** Deletes the record whose id is passed to `mutate`. */
    useDelete: (options?: MutationOptions<T["deleted"], string>) =>
      useAdminMutation<T["deleted"], string>(
        (id) => ({ path: `${path}/${id}`, method: "DELETE" }),
        (queryClient, _data, id) => refresh(queryClient, id),
        options
      ),
    /**
     * One `save` for a form that creates a record, or edits the record `id`
     * when given: the same success and error handling for both.
     */
    useSave: (id: string | undefined, options: SaveOptions<T["one"]>) => {
      const create = useCreate(options)
      const update = useUpdate(options)
      return {
        save: (input: T["input"]) =>
          id ? update.mutate({ id, ...input }) : create.mutate(input),
        isPending: create.isPending || update.isPending,
      }
    },
  }
}
