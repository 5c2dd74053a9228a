import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  accrueOrderPointsWorkflow,
  cancelReturnRequestWorkflow,
  addDisputeMessageWorkflow,
  completeReturnRequestWorkflow,
  createCsrReturnWorkflow,
  createPolicyTemplatesWorkflow,
  openDisputeWorkflow,
  resolveDisputeWorkflow,
  adjustPointsWorkflow,
  createRewardWorkflow,
  approveReturnRequestWorkflow,
  createReasonCodeWorkflow,
  createReturnPolicyWorkflow,
  createTierWorkflow,
  lockTierWorkflow,
  redeemRewardWorkflow,
  rejectReturnRequestWorkflow,
  requestReturnWorkflow,
  createLoyaltyImportWorkflow,
  runLoyaltyImportWorkflow,
} from "medusa-plugin-rms/workflows"
import { seedCsrPickup, seedLogistics } from "./seed-logistics"
import { repriceForExchanges, seedExchange } from "./seed-exchange"
// Webhooks (outbound): its own import, to keep the feature's block apart.
import {
  createWebhookEndpointWorkflow,
  enqueueWebhookEventWorkflow,
  sendWebhookTestWorkflow,
} from "medusa-plugin-rms/workflows"
import {
  placeOrder,
  receiveReturn,
  seedStoreBasics,
} from "../integration-tests/fixtures"

export const DEMO_CUSTOMERS = [
  { email: "vera.vip@example.com", first_name: "Vera", last_name: "Vip" },
  { email: "sam.silver@example.com", first_name: "Sam", last_name: "Silver" },
  { email: "nina.new@example.com", first_name: "Nina", last_name: "New" },
]
/** The guest checkout the return portal opens with order number + email. */
export const DEMO_GUEST = {
  email: "guest@demo.test",
  first_name: "Gabriel",
  last_name: "Guest",
}
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

export const DEMO_REASON_CODES = [
  { code: "TOO_SMALL", label: "Too small" },
  { code: "TOO_LARGE", label: "Too large" },
  {
    code: "NOT_AS_DESCRIBED",
    label: "Not as described",
    requires_review: true,
  },
  {
    code: "DAMAGED",
    label: "Arrived damaged",
    requires_review: true,
    requires_evidence: true,
    restocking_fee_percent_override: 0,
  },
  { code: "CHANGED_MIND", label: "Changed my mind" },
]

// Per tier: the return window, auto-approval up to an amount, free return
// shipping and fee waivers grow with the tier.
const DEMO_POLICIES: Record<string, Record<string, unknown>> = {
  default: {
    name: "Standard returns",
    return_window_days: 30,
    auto_approve_max_amount: 50,
    restocking_fee_percent: 10,
    max_returns_per_period: 5,
    return_rate_ceiling: 0.6,
  },
  Member: {
    name: "Member returns",
    return_window_days: 30,
    auto_approve_max_amount: 75,
    restocking_fee_percent: 10,
  },
  Silver: {
    name: "Silver returns",
    return_window_days: 45,
    auto_approve_max_amount: 150,
    restocking_fee_percent: 5,
    store_credit_bonus_percent: 5,
  },
  Gold: {
    name: "Gold returns",
    return_window_days: 60,
    auto_approve_max_amount: 400,
    free_return_shipping: true,
    store_credit_bonus_percent: 10,
  },
  Platinum: {
    name: "Platinum returns",
    return_window_days: 90,
    auto_approve_max_amount: 1000,
    free_return_shipping: true,
    store_credit_bonus_percent: 15,
  },
}

export const DEMO_CUSTOMER_PASSWORD = "supersecret"

export const DEMO_TIERS = [
  { name: "Member", rank: 0 },
  {
    name: "Silver",
    rank: 1,
    min_lifetime_spend: 250,
    points_multiplier: 1.25,
    period_days: 365,
  },
  {
    name: "Gold",
    rank: 2,
    min_lifetime_spend: 1000,
    min_orders: 5,
    points_multiplier: 1.5,
    period_days: 365,
    benefits: { free_return_shipping: true },
  },
  {
    name: "Platinum",
    rank: 3,
    min_lifetime_spend: 2500,
    min_orders: 10,
    points_multiplier: 2,
    period_days: 365,
    benefits: { free_return_shipping: true, restocking_fee_waived: true },
  },
]

/**
 * Seeds the demo store once: store basics, the plugin's data, customers who
 * can log in to a storefront, and orders placed through the real cart flow.
 * Run by `npm run demo` through `medusa exec`; a second run changes nothing.
 */
// ---- Store API for storefronts: product pictures ----------------------
// Order lines copy their product's picture when the cart is made, so the
// store answers (eligibility, return requests, disputes) carry a thumbnail
// a page shows. Inline SVGs, so the demo needs no network.
const DEMO_THUMBNAIL_COLORS: Record<string, string> = {
  "merino-crew": "#8d6e63",
  "denim-jacket": "#3f51b5",
  weekender: "#a1887f",
  "cotton-tee": "#26a69a",
}

export const demoThumbnail = (handle: string, title: string) => {
  const initials = title
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0])
    .join("")
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96">` +
    `<rect width="96" height="96" fill="${DEMO_THUMBNAIL_COLORS[handle] ?? "#90a4ae"}"/>` +
    `<text x="48" y="60" font-family="sans-serif" font-size="32" fill="#fff" text-anchor="middle">${initials}</text>` +
    `</svg>`
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`
}

const addDemoThumbnails = async (
  container: ExecArgs["container"],
  products: { id: string; handle: string; title: string }[]
) => {
  const productModule = container.resolve(Modules.PRODUCT)
  for (const product of products) {
    await productModule.updateProducts(product.id, {
      thumbnail: demoThumbnail(product.handle, product.title),
    })
  }
}
// ---- end of product pictures ------------------------------------------

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
  await seedLogistics(container, basics)
  await addDemoThumbnails(container, basics.products)

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
    // Four sweaters: one swapped in the seeded exchange, and one each for
    // the portal's return, the CSR form's exchange and the portal's
    // exchange, so every browser test finds its own unit.
    [vera, [{ variant_id: v("merino-crew", "M"), quantity: 4 }]],
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
  const placed: Awaited<ReturnType<typeof placeOrder>>[] = []
  for (const [customer, items] of orders) {
    const order = await placeOrder(container, basics, { customer, items })
    placed.push(order)
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
  // The plugin's module service, by its registration key.
  const loyalty: any = container.resolve("loyalty_program")
  const [freeShipping] = await loyalty.listLoyaltyRewards({
    name: "Free shipping",
  })
  await redeemRewardWorkflow(container).run({
    input: { customer_id: vera.id, reward_id: freeShipping.id },
  })
  const [gold] = await loyalty.listLoyaltyTiers({ name: "Gold" })
  await lockTierWorkflow(container).run({
    input: {
      customer_id: sam.id,
      tier_id: gold.id,
      reason: "Influencer partnership trial",
      expires_at: new Date(Date.now() + 90 * 86_400_000),
      locked_by: seededBy,
    },
  })

  logger.info("Seeding return policies, reason codes and return requests...")
  const tierIds = Object.fromEntries(
    (await loyalty.listLoyaltyTiers({})).map(
      (t: { name: string; id: string }) => [t.name, t.id]
    )
  )
  for (const [tier, policy] of Object.entries(DEMO_POLICIES)) {
    await createReturnPolicyWorkflow(container).run({
      input: {
        ...policy,
        tier_id: tier === "default" ? null : tierIds[tier],
      } as any,
    })
  }
  for (const code of DEMO_REASON_CODES) {
    await createReasonCodeWorkflow(container).run({ input: code })
  }

  const ask = async (
    customerId: string,
    orderId: string,
    item: Record<string, unknown>,
    refundMethod: "original_payment" | "store_credit" = "original_payment"
  ) =>
    (
      await requestReturnWorkflow(container).run({
        input: {
          order_id: orderId,
          customer_id: customerId,
          items: [item as any],
          refund_method: refundMethod,
          channel: "storefront",
          created_by_type: "customer",
          created_by: customerId,
        },
      })
    ).result
  // Vera (Silver): a tee, auto-approved; a jacket, above her auto-approval
  // amount, waits for review.
  await ask(vera.id, placed[2].id, {
    line_item_id: placed[2].items[1].id,
    quantity: 1,
    reason_code: "TOO_SMALL",
  })
  await ask(vera.id, placed[0].id, {
    line_item_id: placed[0].items[0].id,
    quantity: 1,
    reason_code: "NOT_AS_DESCRIBED",
  })
  // Sam (Gold, locked): a damaged sweater with photos, refunded in store
  // credit with Gold's bonus: approved by staff, then received by the
  // warehouse, which completes the request and issues the credit code.
  const damaged = await ask(
    sam.id,
    placed[3].id,
    {
      line_item_id: placed[3].items[0].id,
      quantity: 1,
      reason_code: "DAMAGED",
      condition: "damaged",
      has_evidence: true,
    },
    "store_credit"
  )
  const {
    result: { return_id: damagedReturnId },
  } = await approveReturnRequestWorkflow(container).run({
    input: {
      request_id: damaged.id,
      decided_by: seededBy,
      note: "Photos confirm the damage",
    },
  })
  if (damagedReturnId) {
    await receiveReturn(container, {
      return_id: damagedReturnId,
      items: [{ id: damaged.items[0].line_item_id, quantity: 1 }],
    })
    // The `order.return_received` subscriber completes it and issues the
    // credit; where subscribers don't run (older `medusa exec`), do it here.
    const returnPolicy = container.resolve("return_policy")
    let credited = false
    for (let i = 0; i < 100 && !credited; i++) {
      const r = await returnPolicy.retrieveReturnRequest(damaged.id)
      credited = r.status === "completed" && !!r.metadata?.store_credit
      if (!credited) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    if (!credited) {
      await completeReturnRequestWorkflow(container).run({
        input: { return_id: damagedReturnId },
      })
    }
  }
  // Nina: changed her mind about both tees, then withdrew the request.
  const withdrawn = await ask(nina.id, placed[5].id, {
    line_item_id: placed[5].items[0].id,
    quantity: 2,
    reason_code: "CHANGED_MIND",
  })
  await cancelReturnRequestWorkflow(container).run({
    input: {
      request_id: withdrawn.id,
      customer_id: nina.id,
      canceled_by_type: "customer",
      canceled_by: nina.id,
      note: "Decided to keep them",
    },
  })
  // ...and asked again for one, "not as described" (a reason that always
  // goes to review), which staff turned down. Her policy would approve a
  // change of mind at once, so the dispute below would have no rejection.
  const turnedDown = await ask(nina.id, placed[5].id, {
    line_item_id: placed[5].items[0].id,
    quantity: 1,
    reason_code: "NOT_AS_DESCRIBED",
  })
  if (turnedDown.status !== "pending_review") {
    throw new Error(
      `Nina's second request should wait for review; it is ${turnedDown.status}`
    )
  }
  await rejectReturnRequestWorkflow(container).run({
    input: {
      request_id: turnedDown.id,
      decided_by: seededBy,
      note: "The tee has been worn and washed",
    },
  })

  await seedExchange(container, {
    customer_id: vera.id,
    order: placed[1],
    variant_id: v("merino-crew", "L"),
  })

  // Sam called the store: customer service entered the return of his
  // jacket by phone (with a PDF receipt), 50 seconds after opening the form,
  // and booked the carrier's pickup for him.
  const {
    result: { id: phoneReturnId },
  } = await createCsrReturnWorkflow(container).run({
    input: {
      order_id: placed[4].id,
      channel: "phone",
      created_by: seededBy,
      items: [
        {
          line_item_id: placed[4].items[0].id,
          quantity: 1,
          reason_code: "TOO_SMALL",
          condition: "new",
          note: "Tags still attached, customer confirmed by phone",
        },
      ],
      opened_at: new Date(Date.now() - 50_000),
      idempotency_key: "demo-seed-csr-return",
    },
  })
  await seedCsrPickup(container, {
    request_id: phoneReturnId,
    booked_by: seededBy,
  })

  logger.info("Seeding policy templates and disputes...")
  await createPolicyTemplatesWorkflow(container).run({
    input: {
      templates: [
        {
          title: "Worn or washed items",
          body: "Dear {{customer_name}}, we looked at {{rma_number}} again: items that were worn or washed can't be returned under our policy. Your dispute {{dispute_number}} is closed.",
          reason_categories: ["rejected_return", "item_condition"],
          reason_codes: ["CHANGED_MIND"],
        },
        {
          title: "Goodwill partial refund",
          body: "Dear {{customer_name}}, we are sorry about order #{{order_number}}. As a goodwill gesture we refund {{amount}} to your original payment method.",
          reason_categories: [
            "refund_amount",
            "item_condition",
            "rejected_return",
            "other",
          ],
          reason_codes: [],
        },
        {
          title: "Late refund apology",
          body: "Dear {{customer_name}}, your refund for {{rma_number}} took longer than it should have. It has now been sent: {{amount}}.",
          reason_categories: ["late_refund", "missing_item"],
          reason_codes: [],
        },
      ],
    },
  })
  // Nina disputes the rejection; staff answered and now wait on her.
  const { result: ninaDispute } = await openDisputeWorkflow(container).run({
    input: {
      order_id: placed[5].id,
      return_request_id: turnedDown.id,
      reason_category: "rejected_return",
      claim:
        "I wore the tee once for a few minutes to try it on, it was never washed. Please reconsider.",
      customer_id: nina.id,
      opened_by_type: "customer",
      opened_by: nina.id,
    },
  })
  await addDisputeMessageWorkflow(container).run({
    input: {
      dispute_id: ninaDispute.id,
      author_type: "staff",
      author_id: seededBy,
      body: "Thanks Nina, could you send us a photo of the tee's care label?",
    },
  })
  // Vera disputes a delivered order's condition: resolved with a goodwill
  // partial refund through Medusa's payment refund.
  const { result: veraDispute } = await openDisputeWorkflow(container).run({
    input: {
      order_id: placed[1].id,
      reason_category: "item_condition",
      claim: "One sleeve of the merino has a pulled thread.",
      customer_id: vera.id,
      opened_by_type: "customer",
      opened_by: vera.id,
    },
  })
  await resolveDisputeWorkflow(container).run({
    input: {
      dispute_id: veraDispute.id,
      kind: "partial_refund",
      amount: 15,
      policy_template_id: null,
      note: "Goodwill refund for the pulled thread",
      resolved_by: seededBy,
    },
  })

  // --- Guest access (return portal) ---------------------------------------
  // A checkout without an account: Medusa files it under a customer with
  // `has_account: false`. The portal opens it with its number and this
  // email; `npm run demo` prints both.
  logger.info("Seeding a guest order for the return portal...")
  const guestOrder = await placeOrder(container, basics, {
    customer: {
      email: DEMO_GUEST.email,
      first_name: DEMO_GUEST.first_name,
      last_name: DEMO_GUEST.last_name,
    },
    items: [
      { variant_id: v("cotton-tee", "M"), quantity: 2 },
      { variant_id: v("merino-crew", "S"), quantity: 1 },
    ],
  })
  logger.info(
    `Guest portal login: order #${guestOrder.display_id}, ${DEMO_GUEST.email}`
  )
  await seedWebhooks(container, [ninaDispute.id, veraDispute.id])
  // ---- Loyalty import: members brought over from a Smile.io program ----
  // Theo was a Smile.io VIP before the store moved to Medusa; Nina had
  // points there too (her email in other capitals); the third member never
  // had a customer here and is reported as skipped, not created.
  logger.info("Importing members from a Smile.io export...")
  const [theo] = await container.resolve(Modules.CUSTOMER).createCustomers([
    {
      email: "theo.transfer@example.com",
      first_name: "Theo",
      last_name: "Transfer",
      has_account: true,
    },
  ])
  const smileExport = [
    "Customer ID,First Name,Last Name,Email,Points Balance,Member Status,VIP Tier,Referral URL,Date Joined",
    `5501,Theo,Transfer,${theo.email},1480,member,Gold,https://stk.to/theo,2023-09-14`,
    "5502,Nina,New,Nina.New@example.com,640,member,,https://stk.to/nina,2024-02-02",
    "5503,Lea,Left,lea.left@example.com,300,member,Silver,https://stk.to/lea,2022-06-30",
  ].join("\r\n")
  const { result: smileImport } = await createLoyaltyImportWorkflow(
    container
  ).run({
    input: {
      csv: smileExport,
      filename: "smile-customers-export.csv",
      created_by: seededBy,
    },
  })
  await runLoyaltyImportWorkflow(container).run({
    input: { import_id: smileImport.id },
  })
  // The import's batches run in the background: wait for it, so the admin
  // opens on a completed import.
  for (;;) {
    const { status } = await loyalty.retrieveLoyaltyImport(smileImport.id, {
      select: ["status"],
    })
    if (status === "completed" || status === "failed") {
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }

  // After every order: what customers paid stays, today's price changes.
  await repriceForExchanges(container, { variant_id: v("merino-crew", "S") })

  await storeModule.updateStores(store.id, {
    metadata: { ...store.metadata, rms_demo_seeded: true },
  })
  logger.info(
    `Demo seeded. Publishable API key for a storefront: ${basics.publishableKey.token}`
  )
}

// ---- Webhooks ---------------------------------------------------------
/**
 * An endpoint on the demo's receiver (the mail catcher's `/webhooks`,
 * on 127.0.0.1, allowed by `webhooks.allow_private_urls` in
 * demo/medusa-config.ts) subscribed to every event, with a few delivered
 * events in its log: a test send and the two disputes' events, sent as the
 * subscriber sends them. Skipped when emails go to Resend (no catcher).
 */
async function seedWebhooks(
  container: ExecArgs["container"],
  disputeIds: string[]
) {
  const receiver = process.env.RMS_DEMO_MAIL_URL
  if (!receiver) {
    return
  }
  const { result: endpoint } = await createWebhookEndpointWorkflow(
    container
  ).run({
    input: {
      url: `${receiver}/webhooks`,
      description: "Demo receiver (the mail catcher)",
      events: [
        "return_request.created",
        "return_request.approved",
        "return_request.rejected",
        "dispute.opened",
        "dispute.message_added",
        "dispute.resolved",
        "loyalty.tier_changed",
        "loyalty.reward_redeemed",
        "customer_notification.failed",
      ],
    },
  })
  await sendWebhookTestWorkflow(container).run({
    input: { endpoint_id: endpoint.id },
  })
  await enqueueWebhookEventWorkflow(container).run({
    input: { type: "dispute.opened", data: { id: disputeIds[0] } },
  })
  await enqueueWebhookEventWorkflow(container).run({
    input: { type: "dispute.resolved", data: { id: disputeIds[1] } },
  })
}
