import { MedusaContainer } from "@medusajs/framework/types"
import { loyaltyNightlyWorkflow } from "../workflows/loyalty"

/**
 * Nightly loyalty pass. Medusa runs a scheduled job on one worker; every
 * write it makes is idempotent, so a retry is harmless.
 */
export default async function loyaltyNightlyJob(container: MedusaContainer) {
  await loyaltyNightlyWorkflow(container).run({ input: {} })
}

export const config = {
  name: "rms-loyalty-nightly",
  schedule: "30 3 * * *",
}
