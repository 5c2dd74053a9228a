import { z } from "@medusajs/framework/zod"

const DAY_MS = 86_400_000

export type AdminGetLoyaltyReportParamsType = z.infer<
  typeof AdminGetLoyaltyReportParams
>
export const AdminGetLoyaltyReportParams = z
  .strictObject({
    from: z.coerce.date({ error: "from must be a date" }).optional(),
    to: z.coerce.date({ error: "to must be a date" }).optional(),
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
