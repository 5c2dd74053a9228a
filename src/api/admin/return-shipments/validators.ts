import { z } from "@medusajs/framework/zod"
import { boundedDate, requiredString } from "../../utils/validators"

export type AdminReturnTrackingEventType = z.infer<
  typeof AdminReturnTrackingEvent
>
export const AdminReturnTrackingEvent = z.strictObject({
  tracking_number: requiredString("tracking_number", 100),
  status: z.enum(["in_transit", "delivered"], {
    error: "status must be in_transit or delivered",
  }),
  occurred_at: boundedDate("occurred_at").optional(),
})
