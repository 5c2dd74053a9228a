import { z } from "@medusajs/framework/zod"
import { boundedDate } from "./validators"

/**
 * How the parcel leaves the customer: a drop-off, or a pickup on a day.
 * Shared by the customer's route and the CSR's; the rules (which day,
 * which carrier, until when) are the workflow's, the same for both.
 */
export const ReturnMethodBody = z.strictObject({
  method: z.enum(["drop_off", "pickup"], {
    error: "method must be drop_off or pickup",
  }),
  pickup_date: boundedDate("pickup_date").optional(),
})
