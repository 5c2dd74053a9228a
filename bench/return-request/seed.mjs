// Seeds the store the benchmark returns from, through the same fixtures as
// the demo and the HTTP tests (integration-tests/fixtures/index.ts: region with 20% VAT,
// warehouse, shipping and return shipping options, products with stock;
// orders placed through cart → payment → order, captured and delivered) and
// the tests' auth helper (customers log in over HTTP with emailpass).
import path from "node:path"
import { rootRequire } from "../lib/medusa-module.mjs"

/** The reason code every plugin request gives. */
export const REASON_CODE = "CHANGED_MIND"

/**
 * Just enough of axios for integration-tests/helpers/auth.ts: `post` resolves
 * with `{ data }` and throws on an error status.
 */
export const fetchApi = (baseUrl) => ({
  post: async (url, body, config = {}) => {
    const res = await fetch(`${baseUrl}${url}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...config.headers },
      body: JSON.stringify(body ?? {}),
    })
    const data = await res.json().catch(() => null)
    if (!res.ok) {
      throw new Error(`POST ${url}: ${res.status} ${JSON.stringify(data)}`)
    }
    return { data }
  },
})

/**
 * The store, one auto-approving policy and a reason code, then
 * `ordersPerPath` delivered orders for each path, every order with one unit
 * of each variant and its own customer. Returns, per path, one slot per
 * order line (order, line, the owner's headers); slot k of both paths is
 * the same variant at the same position in an order of the same shape, so
 * the two paths return the same things in the same sequence. `root`: the
 * app's folder (fixtures and helpers are loaded from there).
 */
export const seedStore = async ({
  root,
  container,
  baseUrl,
  paths,
  ordersPerPath,
  log = () => {},
}) => {
  const { seedStoreBasics, placeOrder } = rootRequire(
    path.join(root, "integration-tests", "fixtures", "index.ts")
  )
  const { createCustomerHeaders } = rootRequire(
    path.join(root, "integration-tests", "helpers", "auth.ts")
  )
  const { RETURN_POLICY_MODULE } = rootRequire(
    path.join(root, "src", "modules", "return-policy", "index.ts")
  )
  const { ContainerRegistrationKeys } = rootRequire("@medusajs/framework/utils")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const api = fetchApi(baseUrl)

  const basics = await seedStoreBasics(container)
  const service = container.resolve(RETURN_POLICY_MODULE)
  // Generous enough that every request is auto-approved (so the plugin's
  // path creates the native return too) and that neither the customer's
  // return count nor return rate ever holds one back for review.
  await service.createReturnPolicies({
    name: "Bench: auto-approve",
    tier_id: null,
    return_window_days: 30,
    auto_approve_max_amount: 10_000,
    restocking_fee_percent: 0,
    max_returns_per_period: null,
    return_rate_ceiling: null,
  })
  await service.createReturnReasonCodes([
    { code: REASON_CODE, label: "Changed my mind" },
  ])
  log(
    `store seeded: ${basics.variants.length} variants, return option ` +
      `${basics.returnShippingOption.id}`
  )

  const slots = Object.fromEntries(paths.map((p) => [p, []]))
  const total = ordersPerPath * paths.length
  let placed = 0
  for (let i = 0; i < ordersPerPath; i++) {
    for (const p of paths) {
      const { customer, headers } = await createCustomerHeaders(
        container,
        api,
        basics.publishableKey.token,
        { email: `bench-${p}-${i}@example.com` }
      )
      const { id } = await placeOrder(container, basics, {
        customer,
        items: basics.variants.map((v) => ({ variant_id: v.id, quantity: 1 })),
      })
      const {
        data: [order],
      } = await query.graph({
        entity: "order",
        fields: ["id", "items.id", "items.variant_id"],
        filters: { id },
      })
      for (const variant of basics.variants) {
        const line = order.items.find((item) => item.variant_id === variant.id)
        slots[p].push({
          order_id: order.id,
          line_id: line.id,
          headers: headers.headers,
        })
      }
      placed++
      if (placed % 10 === 0 || placed === total) {
        log(`placed ${placed}/${total} orders`)
      }
    }
  }
  return { basics, slots }
}
