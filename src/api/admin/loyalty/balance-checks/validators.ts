import { z } from "@medusajs/framework/zod"

/** Running a check takes no input: it always covers every account. */
export type AdminCreateBalanceCheckType = z.infer<
  typeof AdminCreateBalanceCheck
>
export const AdminCreateBalanceCheck = z.strictObject({})
