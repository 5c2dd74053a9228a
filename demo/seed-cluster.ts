import fs from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  adjustPointsWorkflow,
  createReasonCodeWorkflow,
  createReturnPolicyWorkflow,
  createRewardWorkflow,
} from "medusa-plugin-rms/workflows"
import { placeOrder, seedStoreBasics } from "../integration-tests/fixtures"

/**
 * The lean seed of the `cluster` tests (cluster/run.mjs): the store basics,
 * one return policy and reason code, an admin and two customers with
 * passwords, the orders the scenarios use and a reward worth exactly a
 * fifth of one customer's points. The ids go to RMS_CLUSTER_SEED_OUT.
 * Run it with MEDUSA_WORKER_MODE=server: the orders' `order.placed` events
 * then wait in Redis for the cluster's worker.
 */
export const CLUSTER_PASSWORD = "supersecret"
export const REWARD_POINTS = 100
export const REDEEMABLE = 5
const DISPUTE_ORDERS = 4

export default async function seedCluster({ container }: ExecArgs) {
  const basics = await seedStoreBasics(container)
  await createReturnPolicyWorkflow(container).run({
    input: {
      name: "Standard returns",
      tier_id: null,
      return_window_days: 30,
      auto_approve_max_amount: 100,
      restocking_fee_percent: 0,
    } as any,
  })
  await createReasonCodeWorkflow(container).run({
    input: { code: "TOO_SMALL", label: "Too small" },
  })

  const auth = container.resolve(Modules.AUTH)
  const register = async (email: string, metadata: Record<string, string>) => {
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email, password: CLUSTER_PASSWORD },
    })
    if (!authIdentity) {
      throw new Error(`could not register ${email}: ${error}`)
    }
    await auth.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: metadata,
    })
  }
  const admin = await container
    .resolve(Modules.USER)
    .createUsers({ email: "admin@cluster.test", first_name: "Ada" })
  await register(admin.email, { user_id: admin.id })

  const customers = container.resolve(Modules.CUSTOMER)
  const [buyer, saver] = await customers.createCustomers([
    {
      email: "buyer@cluster.test",
      first_name: "Bea",
      last_name: "Buyer",
      has_account: true,
    },
    {
      email: "saver@cluster.test",
      first_name: "Sol",
      last_name: "Saver",
      has_account: true,
    },
  ])
  await register(buyer.email, { customer_id: buyer.id })
  await register(saver.email, { customer_id: saver.id })

  const tee = basics.variants.find((v: any) => v.sku === "COTTON-TEE-M")!
  const benchOrders = Number(process.env.RMS_CLUSTER_BENCH_ORDERS ?? 0)
  if (benchOrders > 0) {
    // bench/cluster: orders of many units, so that every timed request
    // has a unit to return and few wait on one order's lock.
    const units = Number(process.env.RMS_CLUSTER_BENCH_UNITS ?? 20)
    const orders: Awaited<ReturnType<typeof placeOrder>>[] = []
    for (let i = 0; i < benchOrders; i++) {
      orders.push(
        await placeOrder(container, basics, {
          customer: buyer,
          items: [{ variant_id: tee.id, quantity: units }],
        })
      )
    }
    fs.writeFileSync(
      process.env.RMS_CLUSTER_SEED_OUT!,
      JSON.stringify({
        publishable_key: basics.publishableKey.token,
        buyer: { email: buyer.email, password: CLUSTER_PASSWORD },
        orders,
        units,
      })
    )
    return
  }
  const order = () =>
    placeOrder(container, basics, {
      customer: buyer,
      items: [{ variant_id: tee.id, quantity: 1 }],
    })
  // One order whose single unit two requests race for, one per dispute
  // opened while the worker is killed, one for the dispute both instances
  // resolve at once.
  const returnOrder = await order()
  const disputeOrders: Awaited<ReturnType<typeof order>>[] = []
  for (let i = 0; i < DISPUTE_ORDERS; i++) {
    disputeOrders.push(await order())
  }
  const resolveOrder = await order()
  const csrOrder = await order()

  const { result: reward } = await createRewardWorkflow(container).run({
    input: {
      name: "Cluster €5 off",
      points_cost: REWARD_POINTS,
      kind: "amount_off",
      value: 5,
      currency_code: "eur",
    } as any,
  })
  await adjustPointsWorkflow(container).run({
    input: {
      customer_id: saver.id,
      points: REWARD_POINTS * REDEEMABLE,
      reason: "Cluster test: exactly five rewards",
      created_by: "cluster-seed",
    },
  })

  const out = {
    publishable_key: basics.publishableKey.token,
    return_shipping_option_id: basics.returnShippingOption.id,
    admin: { email: admin.email, password: CLUSTER_PASSWORD },
    buyer: { id: buyer.id, email: buyer.email, password: CLUSTER_PASSWORD },
    saver: { id: saver.id, email: saver.email, password: CLUSTER_PASSWORD },
    reward: { id: reward.id, points_cost: REWARD_POINTS },
    redeemable: REDEEMABLE,
    orders: {
      return: returnOrder,
      disputes: disputeOrders,
      resolve: resolveOrder,
      csr: csrOrder,
    },
  }
  if (process.env.RMS_CLUSTER_SEED_OUT) {
    fs.writeFileSync(process.env.RMS_CLUSTER_SEED_OUT, JSON.stringify(out))
  }
}
