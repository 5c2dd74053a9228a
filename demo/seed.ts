import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  accrueOrderPointsWorkflow,
  adjustPointsWorkflow,
  createRewardWorkflow,
  createTierWorkflow,
  lockTierWorkflow,
  redeemRewardWorkflow,
} from "medusa-plugin-rms/workflows"
import { placeOrder, seedStoreBasics } from "./fixtures"

export const DEMO_CUSTOMERS = [
  { email: "vera.vip@example.com", first_name: "Vera", last_name: "Vip" },
  { email: "sam.silver@example.com", first_name: "Sam", last_name: "Silver" },
  { email: "nina.new@example.com", first_name: "Nina", last_name: "New" },
]
export const DEMO_REWARDS = [
  {
    name: "Free shipping",
    description: "Free standard shipping on your next order",
    points_cost: 300,
    kind: "free_shipping" as const,
    value: 0,
  },
  {
    name: "€10 off",
    description: "€10 off your next order",
    points_cost: 1000,
    kind: "amount_off" as const,
    value: 10,
    currency_code: "eur",
  },
  {
    name: "15% off for Gold members",
    description: "15% off one order, for Gold and Platinum",
    points_cost: 2500,
    kind: "percent_off" as const,
    value: 15,
    min_tier_rank: 2,
    stock: 50,
  },
]

export const DEMO_CUSTOMER_PASSWORD = "supersecret"

export const DEMO_TIERS = [
  { name: "Member", rank: 0, benefits: { return_window_days: 30 } },
  {
    name: "Silver",
    rank: 1,
    min_lifetime_spend: 250,
    points_multiplier: 1.25,
    period_days: 365,
    benefits: { return_window_days: 45 },
  },
  {
    name: "Gold",
    rank: 2,
    min_lifetime_spend: 1000,
    min_orders: 5,
    points_multiplier: 1.5,
    period_days: 365,
    benefits: {
      return_window_days: 60,
      free_return_shipping: true,
    },
  },
  {
    name: "Platinum",
    rank: 3,
    min_lifetime_spend: 2500,
    min_orders: 10,
    points_multiplier: 2,
    period_days: 365,
    benefits: {
      return_window_days: 90,
      free_return_shipping: true,
      restocking_fee_waived: true,
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
    const order = await placeOrder(container, basics, { customer, items })
    // Subscribers may not run under `medusa exec`; accrual is idempotent per
    // order, so a later order.placed delivery adds nothing.
    await accrueOrderPointsWorkflow(container).run({
      input: { order_id: order.id },
    })
  }

  logger.info("Seeding rewards, a welcome bonus, a redemption and a lock...")
  for (const reward of DEMO_REWARDS) {
    await createRewardWorkflow(container).run({ input: reward })
  }
  // The admin user is created after the seed: ledger entries name the seed.
  const seededBy = "demo-seed"
  await adjustPointsWorkflow(container).run({
    input: {
      customer_id: vera.id,
      points: 1500,
      reason: "Welcome bonus for our first VIP",
      created_by: seededBy,
    },
  })
  const freeShipping = (
    await container
      .resolve("loyalty_program")
      .listLoyaltyRewards({ name: "Free shipping" })
  )[0]
  await redeemRewardWorkflow(container).run({
    input: { customer_id: vera.id, reward_id: freeShipping.id },
  })
  const gold = (
    await container
      .resolve("loyalty_program")
      .listLoyaltyTiers({ name: "Gold" })
  )[0]
  await lockTierWorkflow(container).run({
    input: {
      customer_id: sam.id,
      tier_id: gold.id,
      reason: "Influencer partnership trial",
      expires_at: new Date(Date.now() + 90 * 86_400_000),
      locked_by: seededBy,
    },
  })

  await storeModule.updateStores(store.id, {
    metadata: { ...store.metadata, rms_demo_seeded: true },
  })
  logger.info(
    `Demo seeded. Publishable API key for a storefront: ${basics.publishableKey.token}`
  )
}
