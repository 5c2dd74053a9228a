import type { Context } from "@medusajs/framework/types"

/**
 * The part of the MikroORM entity manager the modules use: raw SQL with
 * `?` bindings, never interpolated values. One type for every module, so a
 * concern file can take the manager of the service's shared context.
 */
export type SqlManager = {
  execute: (sql: string, params?: unknown[]) => Promise<any[]>
}

/**
 * The transaction manager of a `@InjectTransactionManager()` method's
 * context, or the plain manager of a `@InjectManager()` read.
 */
export const sqlManagerOf = (sharedContext: Context): SqlManager =>
  (sharedContext.transactionManager ?? sharedContext.manager) as SqlManager
