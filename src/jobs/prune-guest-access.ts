import { MedusaContainer } from "@medusajs/framework/types"
import { pruneGuestAccessWorkflow } from "../workflows/portal"

/**
 * Nightly clean-up of the return portal's guest codes and rate-limit
 * counters. Deleting what already ended is idempotent.
 */
export default async function pruneGuestAccessJob(container: MedusaContainer) {
  await pruneGuestAccessWorkflow(container).run({ input: {} })
}

export const config = {
  name: "rms-prune-guest-access",
  schedule: "45 3 * * *",
}
