import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  EmailItem,
  ReturnApprovedData,
  TemplateDataMap,
  TemplateName,
} from "../../emails"
import { sampleData } from "../../emails/samples"
import {
  CUSTOMER_NOTIFICATION_MODULE,
  type CustomerNotificationModuleService,
} from "../../modules/customer-notification"
import type { CustomerNotificationSettings } from "../../modules/customer-notification/types"
import { graphOrderRelated } from "../utils/order-related"

/** `container.resolve(ContainerRegistrationKeys.QUERY)`. */
type Query = Omit<RemoteQueryFunction, symbol>

type Label = {
  tracking_number: string | null
  tracking_url: string | null
  label_url: string | null
}

type ReturnWithShipping = {
  location_id: string | null
  shipping_methods: ({ name: string | null } | null)[] | null
  fulfillments:
    | ({
        location_id: string | null
        labels: (Label | null)[] | null
      } | null)[]
    | null
}

type StockLocation = {
  name?: string | null
  address?: {
    address_1?: string | null
    address_2?: string | null
    postal_code?: string | null
    city?: string | null
    country_code?: string | null
  } | null
}

/**
 * The store an email speaks for: its name from Medusa's Store module
 * ("Store" when it has none) and the logo, storefront and support address
 * from the plugin's options. Real emails, the admin's preview and its test
 * email all take it from here, so a merchant previews their own brand.
 *
 * @example
 * const store = await loadEmailStore(query, await notificationService.getSettings())
 */
export const loadEmailStore = async (
  query: Query,
  settings: Pick<CustomerNotificationSettings, "store">
): Promise<{
  name: string
  url: string | null
  logo_url: string | null
  support_email: string | null
}> => {
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["name"] })
  return {
    name: typeof store?.name === "string" && store.name ? store.name : "Store",
    ...settings.store,
  }
}

/**
 * A template's sample data as the admin previews and test-sends it: the
 * sample customer, order and amounts under the store's own brand
 * ({@link loadEmailStore}), in `locale` when given.
 *
 * @example
 * const data = await loadTemplateSample(req.scope, "return-approved", "fr")
 */
export const loadTemplateSample = async <K extends TemplateName>(
  container: Pick<MedusaContainer, "resolve">,
  template: K,
  locale?: string | null
): Promise<TemplateDataMap[K]> => {
  const settings = await container
    .resolve<CustomerNotificationModuleService>(CUSTOMER_NOTIFICATION_MODULE)
    .getSettings()
  const store = await loadEmailStore(
    container.resolve(ContainerRegistrationKeys.QUERY),
    settings
  )
  return { ...sampleData[template], store, ...(locale ? { locale } : {}) }
}

/** The store's address as one line: where the parcel goes. */
export const oneLineAddress = (location: StockLocation): string | null => {
  const a = location.address
  if (!a?.address_1) {
    return null
  }
  const city = [a.postal_code, a.city].filter(Boolean).join(" ")
  return [
    location.name,
    a.address_1,
    a.address_2,
    city,
    a.country_code?.toUpperCase(),
  ]
    .filter(Boolean)
    .join(", ")
}

/**
 * How the customer sends a native return back, as the `return-approved`
 * email shows it: the return shipping method, the first label with a
 * tracking number or a label URL, and the address of the location the
 * parcel goes to (the return's location, else the one its return
 * fulfillment ships to). Empty for no return.
 */
export const loadReturnShipping = async (
  query: Query,
  returnId: string | null | undefined
): Promise<NonNullable<ReturnApprovedData["return_shipping"]>> => {
  const { data: returns } = returnId
    ? await graphOrderRelated(
        query,
        "return",
        [
          "location_id",
          "shipping_methods.name",
          "fulfillments.location_id",
          "fulfillments.labels.tracking_number",
          "fulfillments.labels.tracking_url",
          "fulfillments.labels.label_url",
        ],
        [returnId]
      )
    : { data: [] }
  const orderReturn = returns[0] as unknown as ReturnWithShipping | undefined
  const label =
    (orderReturn?.fulfillments ?? [])
      .flatMap((f) => f?.labels ?? [])
      .find((l) => l?.tracking_number || l?.label_url) ?? null
  const locationId =
    orderReturn?.location_id ??
    orderReturn?.fulfillments?.find((f) => f?.location_id)?.location_id ??
    null

  let address: string | null = null
  if (locationId) {
    const {
      data: [location],
    } = await query.graph({
      entity: "stock_location",
      fields: [
        "name",
        "address.address_1",
        "address.address_2",
        "address.postal_code",
        "address.city",
        "address.country_code",
      ],
      filters: { id: locationId },
    })
    address = location ? oneLineAddress(location as StockLocation) : null
  }

  return {
    method: orderReturn?.shipping_methods?.find((m) => m?.name)?.name ?? null,
    carrier: null,
    label_url: label?.label_url ?? null,
    tracking_number: label?.tracking_number ?? null,
    tracking_url: label?.tracking_url ?? null,
    address,
  }
}

/**
 * The plugin's return request behind a native return, with `fields`;
 * undefined for a return made without one (e.g. in Medusa's own admin).
 *
 * @example
 * const request = await loadReturnRequestOfReturn(query, "return_123", ["id"])
 */
export const loadReturnRequestOfReturn = async (
  query: Query,
  returnId: string,
  fields: string[]
) => {
  const {
    data: [request],
  } = await query.graph({
    entity: "return_request",
    fields,
    filters: { return_id: returnId },
  })
  return request
}

/**
 * The RMA a customer knows a return by: its return request's RMA, so they
 * see one number from request to refund, else Medusa's return number
 * (`#<order>-R<return>`) for a return made without a request.
 */
export const loadReturnRmaNumber = async (
  query: Query,
  orderReturn: { id: string; display_id: number | string },
  orderDisplayId: number | string | null | undefined
): Promise<string> => {
  const request = await loadReturnRequestOfReturn(query, orderReturn.id, [
    "rma_number",
  ])
  return (
    (request?.rma_number as string | undefined) ??
    `#${orderDisplayId}-R${orderReturn.display_id}`
  )
}

/** A line item as the emails name it; "Item" when it has no title. */
export const emailItemOf = (
  line:
    | {
        title?: string | null
        variant_title?: string | null
        variant_sku?: string | null
      }
    | null
    | undefined
): Pick<EmailItem, "title" | "variant_title" | "sku"> => ({
  title: line?.title ?? "Item",
  variant_title: line?.variant_title ?? null,
  sku: line?.variant_sku ?? null,
})

/** A returned line as the return emails read it. */
type ReturnEmailLine = {
  quantity: number
  item: {
    title: string | null
    variant_title: string | null
    variant_sku: string | null
  } | null
}

/** A native return an email is about, with the customer it goes to. */
export type ReturnForEmail<TLine> = {
  id: string
  display_id: number
  order: { display_id: number | null } | null
  customer_id: string
  items: (ReturnEmailLine & TLine)[]
}

/**
 * The native return a return email is about, with its lines (the title
 * fields plus `lineFields`, e.g. `["items.reason.label"]`), or null when
 * there is no one to email: the return is gone, marked `no_notification`,
 * or on a guest order (`skip` logs why).
 *
 * @example
 * const orderReturn = await loadReturnForEmail<{ note: string | null }>(
 *   query, "return_123", ["items.note"], skip
 * )
 */
export const loadReturnForEmail = async <TLine extends object>(
  query: Query,
  returnId: string,
  lineFields: string[],
  skip: (why: string) => null
): Promise<ReturnForEmail<TLine> | null> => {
  const {
    data: [found],
  } = await graphOrderRelated(
    query,
    "return",
    [
      "id",
      "display_id",
      "no_notification",
      "order.display_id",
      "order.customer_id",
      "items.quantity",
      "items.item.title",
      "items.item.variant_title",
      "items.item.variant_sku",
      ...lineFields,
    ],
    [returnId]
  )
  const orderReturn = found as unknown as
    | (Omit<ReturnForEmail<TLine>, "customer_id" | "items" | "order"> & {
        no_notification: boolean | null
        order: { display_id: number | null; customer_id: string | null } | null
        items: ((ReturnEmailLine & TLine) | null)[] | null
      })
    | undefined
  if (!orderReturn) {
    return null
  }
  if (orderReturn.no_notification) {
    return skip(`return ${orderReturn.id} is marked no_notification, no email`)
  }
  const customerId = orderReturn.order?.customer_id
  if (!customerId) {
    return skip(
      `return ${orderReturn.id} belongs to a guest order, no notification`
    )
  }
  return {
    id: orderReturn.id,
    display_id: orderReturn.display_id,
    order: orderReturn.order,
    customer_id: customerId,
    items: (orderReturn.items ?? []).filter(
      (line): line is ReturnEmailLine & TLine => !!line
    ),
  }
}
