import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import {
  requestExchangeWorkflow,
  updateReturnPolicyWorkflow,
} from "medusa-plugin-rms/workflows"

/**
 * One exchange in the demo: the policies allow exchanges (auto-approved up
 * to each policy's amount), and Vera swaps one of her four Merino sweaters
 * in M for an L, the same price, so nothing is owed or refunded. The
 * request is approved at once: the admin shows it with its native Medusa
 * exchange, and the L ships when the M is received.
 */
export const seedExchange = async (
  container: MedusaContainer,
  data: {
    customer_id: string
    order: { id: string; items: { id: string }[] }
    variant_id: string
  }
) => {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info("Seeding an exchange: Vera swaps a Merino M for an L...")
  const returnPolicy: any = container.resolve("return_policy")
  for (const policy of await returnPolicy.listReturnPolicies({})) {
    await updateReturnPolicyWorkflow(container).run({
      input: {
        id: policy.id,
        exchanges_allowed: true,
        exchange_auto_approve: true,
      },
    })
  }
  await requestExchangeWorkflow(container).run({
    input: {
      order_id: data.order.id,
      customer_id: data.customer_id,
      channel: "storefront",
      created_by_type: "customer",
      created_by: data.customer_id,
      items: [
        {
          line_item_id: data.order.items[0].id,
          quantity: 1,
          reason_code: "TOO_SMALL",
          exchange: { variant_id: data.variant_id, mode: "same_product" },
        },
      ],
    },
  })
}

/**
 * Once every demo order is placed: the Merino S costs €99 now (M and L stay
 * at €89), so exchanging Sam's Merino L for an S in the CSR form has a
 * difference to pay, shown live and on the native exchange.
 */
export const repriceForExchanges = async (
  container: MedusaContainer,
  data: { variant_id: string }
) => {
  await updateProductVariantsWorkflow(container).run({
    input: {
      product_variants: [
        { id: data.variant_id, prices: [{ currency_code: "eur", amount: 99 }] },
      ],
    },
  })
}
