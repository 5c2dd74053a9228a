import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreBasics } from "../integration-tests/fixtures"
import { useLabelledReturnShipping } from "../integration-tests/fixtures/logistics"

/**
 * Return labels in the demo: the store's return shipping option goes
 * through the plugin's `rms-labels` provider (demo/medusa-config.ts), so
 * every return the seed approves afterwards (Vera's tee at once, Sam's
 * sweater after review) gets a PDF label with a tracking number, shown in
 * the approval email, the portal and the admin drawer.
 */
export const seedLogistics = async (
  container: MedusaContainer,
  basics: StoreBasics
) => {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(
      "Seeding return labels: the return option prints rms-labels labels..."
    )
  await useLabelledReturnShipping(container, basics)
}
