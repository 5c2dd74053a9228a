import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type StoreGetPointsParamsType = z.infer<typeof StoreGetPointsParams>
export const StoreGetPointsParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "-created_at",
})
