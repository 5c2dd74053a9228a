import type { MedusaContainer } from "@medusajs/framework/types"
import { placeOrder, seedStoreBasics, type StoreBasics } from "../fixtures"
import { RETURN_POLICY_MODULE } from "../../src/modules/return-policy"
import type ReturnPolicyModuleService from "../../src/modules/return-policy/service"
import { createAdminHeaders, createCustomerHeaders, type Api } from "./auth"

/**
 * The start of most HTTP specs: the store basics (region, warehouse,
 * products, publishable key), a signed-in customer and a signed-in admin.
 *
 * @example
 * ;({ basics, customer, headers, admin, adminUser } = await seedShop(getContainer(), api))
 */
export const seedShop = async (
  container: MedusaContainer,
  api: Api,
  customerData: Parameters<typeof createCustomerHeaders>[3] = {}
) => {
  const basics = await seedStoreBasics(container)
  const { customer, headers } = await createCustomerHeaders(
    container,
    api,
    basics.publishableKey.token,
    customerData
  )
  const { headers: admin, user: adminUser } = await createAdminHeaders(
    container,
    api
  )
  return { basics, customer, headers, admin, adminUser }
}

/**
 * The store-wide return policy most return specs start from: 30 days,
 * auto-approval up to 100, no restocking fee; and the given reason codes.
 */
export const seedStandardPolicy = async (
  container: MedusaContainer,
  reasonCodes: Parameters<
    ReturnPolicyModuleService["createReturnReasonCodes"]
  >[0] = [{ code: "TOO_SMALL", label: "Too small" }]
) => {
  const service: ReturnPolicyModuleService =
    container.resolve(RETURN_POLICY_MODULE)
  const policy = await service.createReturnPolicies({
    name: "Standard",
    tier_id: null,
    return_window_days: 30,
    auto_approve_max_amount: 100,
    restocking_fee_percent: 0,
  })
  await service.createReturnReasonCodes(reasonCodes)
  return policy
}

/**
 * The order most return specs start from, placed, paid and delivered: the
 * tee (€25) and the merino (€89), two of each, 20 % VAT on top; with its
 * two line ids.
 */
export const placeTeeAndMerinoOrder = async (
  container: MedusaContainer,
  basics: StoreBasics,
  customer: Parameters<typeof placeOrder>[2]["customer"]
) => {
  const [tee, merino] = [basics.variants[6].id, basics.variants[0].id]
  const order = await placeOrder(container, basics, {
    customer,
    items: [
      { variant_id: tee, quantity: 2 },
      { variant_id: merino, quantity: 2 },
    ],
  })
  const line = (variantId: string) => ({
    id: order.items.find((i) => i.variant_id === variantId)!.id,
  })
  return { order, lines: { tee: line(tee), merino: line(merino) } }
}

/**
 * Seeds once per file instead of once per test: `seed` runs after the app
 * is up, its subscribers (points, emails) settle, then the database is
 * snapshotted and the runner restores that snapshot (a `CREATE DATABASE …
 * TEMPLATE`, well under a second) before every test. Placing an order
 * through checkout costs seconds, so a spec whose tests all start from the
 * same shop seeds it here. Ids stay the same from test to test; in-memory
 * state (event subscribers, arrays, the fake Resend) does not reset itself,
 * so reset it in a `beforeEach`.
 *
 * @example
 * seedOncePerFile(options, async () => {
 *   ;({ basics, customer, admin } = await seedShop(getContainer(), api))
 * })
 */
export const seedOncePerFile = (
  {
    dbUtils,
    utils,
  }: {
    dbUtils: { snapshot: () => Promise<void> }
    utils: { waitWorkflowExecutions: () => Promise<void> }
  },
  seed: () => Promise<void>
) =>
  beforeAll(async () => {
    await seed()
    // Subscribers start their workflows after the emitting one commits.
    await utils.waitWorkflowExecutions()
    await new Promise((resolve) => setTimeout(resolve, 250))
    await utils.waitWorkflowExecutions()
    await dbUtils.snapshot()
  })
