import { z } from "@medusajs/framework/zod"
import { boundedDate } from "../../../utils/validators"

const DAY_MS = 86_400_000

export type AdminGetLoyaltyReportParamsType = z.infer<
  typeof AdminGetLoyaltyReportParams
>
export const AdminGetLoyaltyReportParams = z
  .strictObject({
    from: boundedDate("from").optional(),
    to: boundedDate("to").optional(),
    period: z
      .enum(["day", "week", "month"], {
        error: "period must be one of day, week, month",
      })
      .default("month"),
    format: z
      .enum(["json", "csv"], { error: "format must be json or csv" })
      .default("json"),
  })
  .transform((q) => {
    const to = q.to ?? new Date()
    const from = q.from ?? new Date(to.getTime() - 365 * DAY_MS)
    return { ...q, from, to }
  })
  .refine((q) => q.from < q.to, { error: "from must be before to" })
