import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setReturnMethodWorkflow } from "medusa-plugin-rms/workflows"
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

/**
 * A pickup booked by customer service: on the phone, the CSR who entered
 * Sam's return (approved at once, so it has its label) also booked the
 * carrier's collection for him, three days ahead. The request drawer shows
 * "Pickup on … · booked by customer service", with the date to move or a
 * switch to drop-off; the portal shows the booked day.
 */
export const seedCsrPickup = async (
  container: MedusaContainer,
  { request_id, booked_by }: { request_id: string; booked_by: string }
) => {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info("Seeding a pickup booked by customer service...")
  await setReturnMethodWorkflow(container).run({
    input: {
      request_id,
      admin_id: booked_by,
      method: "pickup",
      pickup_date: new Date(Date.now() + 3 * 86_400_000)
        .toISOString()
        .slice(0, 10),
    },
  })
}
