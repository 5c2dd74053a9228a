import {
  addShippingMethodToCartWorkflow,
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createReturnShippingMethodWorkflow,
  receiveItemReturnRequestWorkflow,
  requestItemReturnWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  createApiKeysWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"

/**
 * Store fixtures shared by the demo seed and the integration tests: a region
 * with tax, a warehouse with shipping and return shipping options, products
 * with stock, and orders placed through the real cart → payment → order flow
 * (captured and delivered), so returns and refunds behave as in production.
 */

export type StoreBasics = Awaited<ReturnType<typeof seedStoreBasics>>

const COUNTRIES = ["de", "dk", "fr", "gb", "it", "es", "se"]

export const DEMO_PRODUCTS = [
  {
    title: "Merino Crew Sweater",
    handle: "merino-crew",
    sizes: ["S", "M", "L"],
    price: 89,
  },
  {
    title: "Selvedge Denim Jacket",
    handle: "denim-jacket",
    sizes: ["M", "L"],
    price: 149,
  },
  {
    title: "Canvas Weekender Bag",
    handle: "weekender",
    sizes: ["One size"],
    price: 120,
  },
  {
    title: "Organic Cotton Tee",
    handle: "cotton-tee",
    sizes: ["S", "M", "L"],
    price: 25,
  },
]

export const seedStoreBasics = async (
  container: MedusaContainer,
  { taxRate = 20 }: { taxRate?: number } = {}
) => {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const storeModule = container.resolve(Modules.STORE)

  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Webshop" }] },
  })

  const [store] = await storeModule.listStores()
  if (store) {
    await storeModule.updateStores(store.id, {
      supported_currencies: [{ currency_code: "eur", is_default: true }],
      default_sales_channel_id: salesChannel.id,
    })
  }

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: COUNTRIES,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })

  await createTaxRegionsWorkflow(container).run({
    input: COUNTRIES.map((country_code) => ({
      country_code,
      provider_id: "tp_system",
      default_tax_rate: { name: "VAT", code: "VAT", rate: taxRate },
    })),
  })

  const {
    result: [stockLocation],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Main warehouse",
          address: { city: "Copenhagen", country_code: "DK", address_1: "" },
        },
      ],
    },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const {
    result: [shippingProfile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })

  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Main warehouse delivery",
    type: "shipping",
    service_zones: [
      {
        name: "Europe",
        geo_zones: COUNTRIES.map((country_code) => ({
          country_code,
          type: "country" as const,
        })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const option = (name: string, amount: number, isReturn: boolean) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: fulfillmentSet.service_zones[0].id,
    shipping_profile_id: shippingProfile.id,
    type: {
      label: name,
      description: name,
      code: isReturn ? "return" : "standard",
    },
    prices: [
      { currency_code: "eur", amount },
      { region_id: region.id, amount },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      {
        attribute: "is_return",
        value: isReturn ? "true" : "false",
        operator: "eq" as const,
      },
    ],
  })
  const {
    result: [shippingOption, returnShippingOption],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      option("Standard shipping", 5, false),
      option("Return shipping", 6, true),
    ],
  })

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocation.id, add: [salesChannel.id] },
  })

  const {
    result: [publishableKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: "Webshop", type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: publishableKey.id, add: [salesChannel.id] },
  })

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: DEMO_PRODUCTS.map((p) => ({
        title: p.title,
        handle: p.handle,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: shippingProfile.id,
        options: [{ title: "Size", values: p.sizes }],
        variants: p.sizes.map((size) => ({
          title: size,
          sku: `${p.handle}-${size}`.toUpperCase().replace(/\s+/g, "-"),
          options: { Size: size },
          manage_inventory: true,
          prices: [{ currency_code: "eur", amount: p.price }],
        })),
        sales_channels: [{ id: salesChannel.id }],
      })),
    },
  })

  const variants = products.flatMap((p) => p.variants)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id"],
  })
  await container.resolve(Modules.INVENTORY).createInventoryLevels(
    items.map((item) => ({
      inventory_item_id: item.id,
      location_id: stockLocation.id,
      stocked_quantity: 1000,
    }))
  )

  return {
    region,
    salesChannel,
    stockLocation,
    shippingProfile,
    shippingOption,
    returnShippingOption,
    publishableKey,
    products,
    variants,
  }
}

export type PlaceOrderInput = {
  customer: {
    id: string
    email: string
    first_name?: string | null
    last_name?: string | null
  }
  items: { variant_id: string; quantity: number }[]
  /** Fulfil and mark delivered (default true). */
  deliver?: boolean
  promo_codes?: string[]
}

/**
 * Places an order the way a storefront does (cart, shipping method, system
 * payment, complete), then captures the payment and, unless told not to,
 * ships and delivers everything.
 */
export const placeOrder = async (
  container: MedusaContainer,
  basics: StoreBasics,
  { customer, items, deliver = true, promo_codes }: PlaceOrderInput
) => {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: basics.region.id,
      sales_channel_id: basics.salesChannel.id,
      customer_id: customer.id,
      email: customer.email,
      currency_code: "eur",
      promo_codes,
      shipping_address: {
        first_name: customer.first_name ?? "Demo",
        last_name: customer.last_name ?? "Customer",
        address_1: "Nyhavn 1",
        city: "Copenhagen",
        postal_code: "1051",
        country_code: "dk",
      },
      items,
    },
  })

  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: basics.shippingOption.id }] },
  })
  await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [withCollection],
  } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.id"],
    filters: { id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: {
      payment_collection_id: withCollection.payment_collection!.id,
      provider_id: "pp_system_default",
    },
  })

  const {
    result: { id: orderId },
  } = await completeCartWorkflow(container).run({ input: { id: cart.id } })

  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      "items.quantity",
      "payment_collections.payments.id",
    ],
    filters: { id: orderId },
  })

  for (const payment of order.payment_collections?.[0]?.payments ?? []) {
    await capturePaymentWorkflow(container).run({
      input: { payment_id: payment!.id },
    })
  }

  if (deliver) {
    await deliverOrder(container, basics, order.id)
  }

  return { id: order.id }
}

/**
 * Ships every item of an order from the warehouse and marks the shipment
 * delivered (Medusa's `markOrderFulfillmentAsDeliveredWorkflow`, which
 * emits `delivery.created`). Returns the fulfillment.
 */
export const deliverOrder = async (
  container: MedusaContainer,
  basics: StoreBasics,
  orderId: string
) => {
  const { items: orderItems } = await container
    .resolve(Modules.ORDER)
    .retrieveOrder(orderId, { relations: ["items"] })
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(
    container
  ).run({
    input: {
      order_id: orderId,
      location_id: basics.stockLocation.id,
      items: orderItems!.map((i) => ({
        id: i.id,
        quantity: Number(i.quantity),
      })),
      labels: [
        {
          tracking_number: `TRK${orderId.slice(-8).toUpperCase()}`,
          tracking_url: "https://tracking.example/TRK",
          label_url: "https://labels.example/label.pdf",
        },
      ],
    },
  })
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({
    input: { orderId, fulfillmentId: fulfillment.id },
  })
  return { id: fulfillment.id }
}

/**
 * Returns items through the admin's native flow (request, confirm, receive,
 * confirm), the way a warehouse does: emits `order.return_requested` and
 * `order.return_received`.
 */
export const returnAndReceive = async (
  container: MedusaContainer,
  basics: StoreBasics,
  {
    order_id,
    items,
  }: { order_id: string; items: { id: string; quantity: number }[] }
) => {
  const {
    result: { return_id },
  } = await beginReturnOrderWorkflow(container).run({
    input: { order_id, location_id: basics.stockLocation.id },
  })
  await createReturnShippingMethodWorkflow(container).run({
    input: {
      return_id: return_id!,
      shipping_option_id: basics.returnShippingOption.id,
    },
  })
  await requestItemReturnWorkflow(container).run({
    input: { return_id: return_id!, items },
  })
  await confirmReturnRequestWorkflow(container).run({
    input: { return_id: return_id! },
  })
  await receiveReturn(container, { return_id: return_id!, items })
  return { return_id: return_id! }
}

/**
 * The warehouse receives an existing return (begin, receive the items,
 * confirm): emits `order.return_received`.
 */
export const receiveReturn = async (
  container: MedusaContainer,
  {
    return_id,
    items,
  }: { return_id: string; items: { id: string; quantity: number }[] }
) => {
  await beginReceiveReturnWorkflow(container).run({ input: { return_id } })
  await receiveItemReturnRequestWorkflow(container).run({
    input: { return_id, items },
  })
  await confirmReturnReceiveWorkflow(container).run({ input: { return_id } })
}
