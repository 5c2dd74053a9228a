import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTierWorkflow } from "medusa-plugin-rms/workflows"
import { placeOrder, seedStoreBasics } from "./fixtures"

export const DEMO_CUSTOMERS = [
  { email: "vera.vip@example.com", first_name: "Vera", last_name: "Vip" },
  { email: "sam.silver@example.com", first_name: "Sam", last_name: "Silver" },
  { email: "nina.new@example.com", first_name: "Nina", last_name: "New" },
]
export const DEMO_CUSTOMER_PASSWORD = "supersecret"

export const DEMO_TIERS = [
  { name: "Member", rank: 0, benefits: { return_window_days: 30 } },
  {
    name: "Silver",
    rank: 1,
    min_lifetime_spend: 250,
    benefits: { return_window_days: 45, points_multiplier: 1.25 },
  },
  {
    name: "Gold",
    rank: 2,
    min_lifetime_spend: 1000,
    min_orders: 5,
    benefits: {
      return_window_days: 60,
      free_return_shipping: true,
      points_multiplier: 1.5,
    },
  },
  {
    name: "Platinum",
    rank: 3,
    min_lifetime_spend: 2500,
    min_orders: 10,
    benefits: {
      return_window_days: 90,
      free_return_shipping: true,
      restocking_fee_waived: true,
      points_multiplier: 2,
    },
  },
]

/**
 * Seeds the demo store once: store basics, the plugin's data, customers who
 * can log in to a storefront, and orders placed through the real cart flow.
 * Run by `npm run demo` through `medusa exec`; a second run changes nothing.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (store?.metadata?.rms_demo_seeded) {
    logger.info("Demo data already seeded: skipping.")
    return
  }

  logger.info("Seeding store: region, tax, warehouse, shipping, products...")
  const basics = await seedStoreBasics(container)

  logger.info("Seeding loyalty tiers...")
  for (const tier of DEMO_TIERS) {
    await createTierWorkflow(container).run({ input: tier })
  }

  logger.info("Seeding customers and orders...")
  const auth = container.resolve(Modules.AUTH)
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers(DEMO_CUSTOMERS.map((c) => ({ ...c, has_account: true })))
  for (const customer of customers) {
    const { authIdentity } = await auth.register("emailpass", {
      body: { email: customer.email, password: DEMO_CUSTOMER_PASSWORD },
    })
    await auth.updateAuthIdentities({
      id: authIdentity!.id,
      app_metadata: { customer_id: customer.id },
    })
  }

  const v = (handle: string, size: string) =>
    basics.variants.find(
      (variant) => variant.sku === `${handle}-${size}`.toUpperCase()
    )!.id
  const [vera, sam, nina] = customers
  const orders: [typeof vera, { variant_id: string; quantity: number }[]][] = [
    [vera, [{ variant_id: v("denim-jacket", "M"), quantity: 2 }]],
    [vera, [{ variant_id: v("merino-crew", "M"), quantity: 3 }]],
    [
      vera,
      [
        { variant_id: v("weekender", "One-size"), quantity: 1 },
        { variant_id: v("cotton-tee", "S"), quantity: 4 },
      ],
    ],
    [
      sam,
      [
        { variant_id: v("merino-crew", "L"), quantity: 2 },
        { variant_id: v("cotton-tee", "M"), quantity: 2 },
      ],
    ],
    [sam, [{ variant_id: v("denim-jacket", "L"), quantity: 1 }]],
    [nina, [{ variant_id: v("cotton-tee", "L"), quantity: 2 }]],
  ]
  for (const [customer, items] of orders) {
    await placeOrder(container, basics, { customer, items })
  }

  await storeModule.updateStores(store.id, {
    metadata: { ...store.metadata, rms_demo_seeded: true },
  })
  logger.info(
    `Demo seeded. Publishable API key for a storefront: ${basics.publishableKey.token}`
  )
}
