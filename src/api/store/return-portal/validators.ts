import { z } from "@medusajs/framework/zod"
import { listParams, positiveInt32 } from "../../utils/validators"

const ORDER_NUMBER_ERROR = "order_number must be the order's number, e.g. 1042"

/** The order's number as customers see it: `1042`, `"1042"` or `"#1042"`. */
const orderNumber = z.union(
  [
    positiveInt32("order_number"),
    z
      .string({ error: ORDER_NUMBER_ERROR })
      .trim()
      .regex(/^#?[1-9]\d{0,8}$/, { error: ORDER_NUMBER_ERROR })
      .transform((value) => Number(value.replace(/^#/, ""))),
  ],
  { error: ORDER_NUMBER_ERROR }
)

const email = z
  .string({ error: "email must be an email address" })
  .trim()
  .max(254, { error: "email must be at most 254 characters" })
  .pipe(z.email({ error: "email must be an email address" }))

export const StoreRequestGuestAccessCode = z.strictObject({
  order_number: orderNumber,
  email,
  locale: z.enum(["en", "fr"], { error: "locale must be en or fr" }).optional(),
})
export type StoreRequestGuestAccessCodeType = z.infer<
  typeof StoreRequestGuestAccessCode
>

export const StoreCreateGuestSession = z.strictObject({
  order_number: orderNumber,
  email,
  code: z
    .string({ error: "code must be the 6-digit code from the email" })
    .trim()
    .regex(/^\d{6}$/, {
      error: "code must be the 6-digit code from the email",
    }),
})
export type StoreCreateGuestSessionType = z.infer<
  typeof StoreCreateGuestSession
>

export const StoreGetPortalReturnRequestsParams = listParams({
  limit: 20,
  order: "-created_at",
  sortable: ["created_at", "updated_at"],
})

export const StoreGetPortalDisputesParams = listParams({
  limit: 20,
  order: "-created_at",
  sortable: ["created_at", "updated_at"],
})
