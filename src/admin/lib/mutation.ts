import type { UseMutationOptions } from "@tanstack/react-query"

/**
 * A hook's mutation options with the caller's options merged in: the
 * caller's `onSuccess` runs after the hook's own cache invalidation instead
 * of replacing it, so a page that passes `onSuccess` (a toast, closing a
 * drawer) still sees fresh lists and details. Use it for every mutation
 * hook: `useMutation({ mutationFn, ...withInvalidation(options, () => …) })`.
 *
 * @param invalidate - What the hook refreshes once the server said yes.
 */
export const withInvalidation = <TData, TError, TVariables, TContext>(
  options: UseMutationOptions<TData, TError, TVariables, TContext> | undefined,
  invalidate: (data: TData, variables: TVariables) => void
): UseMutationOptions<TData, TError, TVariables, TContext> => ({
  ...options,
  onSuccess: (data, variables, context) => {
    invalidate(data, variables)
    return options?.onSuccess?.(data, variables, context)
  },
})
