import { z } from "@medusajs/framework/zod"
import { LOYALTY_CSV_FORMATS } from "../../../../modules/loyalty-program/utils/import-formats"

export type AdminGetLoyaltyExportParamsType = z.infer<
  typeof AdminGetLoyaltyExportParams
>
export const AdminGetLoyaltyExportParams = z.strictObject({
  kind: z
    .enum(["members", "ledger"], { error: "kind must be members or ledger" })
    .default("members"),
  format: z
    .enum(LOYALTY_CSV_FORMATS, {
      error: `format must be one of ${LOYALTY_CSV_FORMATS.join(", ")}`,
    })
    .default("plain"),
})
