import { MedusaContainer } from "@medusajs/framework/types"
import { flagOverdueExchangesWorkflow } from "../workflows/exchanges"

/**
 * Daily: instant exchanges whose old item is late are flagged for review
 * (idempotent: a flagged request is not flagged again).
 */
export default async function exchangesOverdueJob(container: MedusaContainer) {
  await flagOverdueExchangesWorkflow(container).run({ input: {} })
}

export const config = {
  name: "rms-exchanges-overdue",
  schedule: "15 4 * * *",
}
