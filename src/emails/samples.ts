import type { TemplateDataMap, TemplateName } from "./index"
import type { BaseEmailData } from "./types"

const store: BaseEmailData["store"] = {
  name: "Maison Lumière",
  logo_url: "https://cdn.example.com/maison-lumiere/logo.png",
  url: "https://shop.example.com",
  support_email: "care@example.com",
}

const base = { store, customer_name: "Camille", locale: "en", time_zone: "UTC" }

/**
 * Realistic data for every template, used by tests and by the admin preview
 * page and test email (which put the store's own brand in place of
 * `store`). Amounts are in major units (42.5 = €42.50).
 */
export const sampleData: { [K in TemplateName]: TemplateDataMap[K] } = {
  "return-request-received": {
    ...base,
    rma_number: "RMA-1001",
    order_display_id: 1042,
    items: [
      {
        title: "Linen shirt",
        variant_title: "M / Sand",
        quantity: 1,
        reason: "Too small",
      },
      { title: "Canvas tote", quantity: 2, reason: "Changed my mind" },
    ],
    instructions:
      "Pack the items in their original packaging and wait for our approval email.",
    return_url: "https://shop.example.com/account/returns/RMA-1001",
  },
  "return-approved": {
    ...base,
    rma_number: "RMA-1001",
    items: [{ title: "Linen shirt", variant_title: "M / Sand", quantity: 1 }],
    return_shipping: {
      method: "Prepaid drop-off",
      carrier: "Colissimo",
      label_url: "https://shop.example.com/returns/RMA-1001/label.pdf",
      tracking_number: "6A12345678901",
      tracking_url: "https://tracking.example.com/6A12345678901",
      address: "Returns desk, 12 rue des Lilas, 75011 Paris",
    },
    send_by: "2025-03-14T00:00:00.000Z",
    refund: {
      currency_code: "eur",
      method: "original_payment",
      items_total: 49,
      return_shipping_fee: 4.95,
      restocking_fee: 2.45,
      total: 41.6,
    },
  },
  "return-in-transit": {
    ...base,
    rma_number: "RMA-1001",
    carrier: "Colissimo",
    tracking_number: "6A12345678901",
    tracking_url: "https://tracking.example.com/6A12345678901",
    items: [{ title: "Linen shirt", variant_title: "M / Sand", quantity: 1 }],
    return_url: "https://shop.example.com/account/returns/RMA-1001",
  },
  "return-delivered": {
    ...base,
    rma_number: "RMA-1001",
    carrier: "Colissimo",
    tracking_number: "6A12345678901",
    items: [{ title: "Linen shirt", variant_title: "M / Sand", quantity: 1 }],
    return_url: "https://shop.example.com/account/returns/RMA-1001",
  },
  "return-pending-review": {
    ...base,
    rma_number: "RMA-1002",
    reason: "The return window for one item ended 3 days ago.",
    review_by: "2025-03-10T00:00:00.000Z",
    items: [{ title: "Wool scarf", quantity: 1 }],
  },
  "return-rejected": {
    ...base,
    rma_number: "RMA-1003",
    reason: "Personalised items cannot be returned.",
    dispute_url: "https://shop.example.com/account/returns/RMA-1003/dispute",
    dispute_deadline: "2025-03-21T00:00:00.000Z",
  },
  "exchange-approved": {
    ...base,
    rma_number: "RMA-1004",
    currency_code: "eur",
    lines: [
      {
        title: "Merino Crew Sweater",
        product_title: "Merino Crew Sweater",
        variant_title: "L",
        quantity: 1,
      },
    ],
    difference: 12,
    instant: true,
    return_by: "2025-03-21T00:00:00.000Z",
  },
  "exchange-shipped": {
    ...base,
    rma_number: "RMA-1004",
    lines: [
      {
        title: "Merino Crew Sweater",
        product_title: "Merino Crew Sweater",
        variant_title: "L",
        quantity: 1,
      },
    ],
    tracking: [
      {
        tracking_number: "TRK123456",
        tracking_url: "https://tracking.example/TRK123456",
      },
    ],
  },
  "exchange-received": {
    ...base,
    rma_number: "RMA-1004",
    lines: [
      {
        title: "Merino Crew Sweater",
        product_title: "Merino Crew Sweater",
        variant_title: "S",
        quantity: 1,
      },
    ],
    shipped: true,
  },
  "return-items-received": {
    ...base,
    rma_number: "RMA-1001",
    items: [
      {
        title: "Linen shirt",
        variant_title: "M / Sand",
        quantity: 1,
        result: "accepted",
      },
      {
        title: "Canvas tote",
        quantity: 2,
        result: "partial",
        accepted_quantity: 1,
        note: "One tote shows ink stains",
      },
    ],
  },
  "refund-issued": {
    ...base,
    rma_number: "RMA-1001",
    amount: 42.5,
    currency_code: "eur",
    method: "store_credit",
    store_credit_bonus: 4.25,
  },
  "dispute-opened": {
    ...base,
    rma_number: "RMA-1003",
    dispute_number: "DSP-0007",
    message: "The scarf was not personalised, it only had the standard label.",
    dispute_url: "https://shop.example.com/account/disputes/DSP-0007",
    respond_by: "2025-03-12T00:00:00.000Z",
  },
  "dispute-staff-reply": {
    ...base,
    rma_number: "RMA-1003",
    dispute_number: "DSP-0007",
    staff_name: "Léa from Customer Care",
    message:
      "Thank you for the photos. You are right, the label is the standard one. We have reopened your return and you will receive a prepaid label shortly.",
    dispute_url: "https://shop.example.com/account/disputes/DSP-0007",
  },
  "dispute-resolved": {
    ...base,
    rma_number: "RMA-1003",
    dispute_number: "DSP-0007",
    outcome: "partially_accepted",
    resolution: "We refunded €24.50.",
    refund_amount: 24.5,
    currency_code: "eur",
    note: "Thank you for the photos: the scarf had the standard label after all.",
    rating_url: "https://shop.example.com/feedback/DSP-0007?rating=5",
  },
  "loyalty-tier-changed": {
    ...base,
    from_tier: "Silver",
    to_tier: "Gold",
    direction: "up",
    benefits: [
      "Free returns on every order",
      "Double points on weekends",
      "Early access to sales",
    ],
    points_balance: 2450,
    points_pending: 300,
    account_url: "https://shop.example.com/account/loyalty",
  },
  "reward-redeemed": {
    ...base,
    reward_name: "€10 voucher",
    code: "LUMI-7K2P-9QX",
    value: { amount: 10, currency_code: "eur" },
    points_spent: 1000,
    expires_at: "2025-06-30T00:00:00.000Z",
    shop_url: "https://shop.example.com",
  },
  "points-expiring": {
    ...base,
    points: 1250,
    expires_at: "2025-04-01T00:00:00.000Z",
    balance: 3400,
    account_url: "https://shop.example.com/account/loyalty",
  },
  "csr-receipt": {
    ...base,
    rma_number: "RMA-1004",
    channel: "phone",
    csr_name: "Hugo Martin",
    created_at: "2025-03-05T10:30:00.000Z",
    items: [
      {
        title: "Ceramic vase",
        variant_title: "Large",
        quantity: 1,
        refund_amount: 39,
      },
      { title: "Candle", quantity: 2, refund_amount: 12.5 },
    ],
    refund: {
      currency_code: "eur",
      method: "original_payment",
      items_total: 51.5,
      return_shipping_fee: 4.95,
      restocking_fee: 0,
      total: 46.55,
    },
  },
  "guest-access-code": {
    ...base,
    order_display_id: 1042,
    code: "482913",
    expires_in_minutes: 15,
  },
}
