// The CSR return widget on the order page. An order with nothing left to
// return shows why, with submit disabled. On a returnable order: the
// customer's name and contact, each line's variant, SKU and price, a reason
// that requires evidence (ticked and described), channel, contact, the
// server's live preview, the submit button in reach at the bottom of the
// screen, then the RMA number and the decision.
import assert from "node:assert/strict"
import {
  adminApi,
  crampedControls,
  launch,
  login,
  screenshot,
  unstyledClasses,
} from "./lib.mjs"

export default async ({ baseUrl, log }) => {
  const { browser, page } = await launch()
  try {
    await login(page, baseUrl)
    const { orders } = await adminApi(
      page,
      baseUrl,
      "/admin/orders?limit=50&fields=id,display_id,customer_id,email,*customer,*items"
    )
    let target = null
    let exhausted = null
    for (const order of orders.filter((o) => o.customer_id)) {
      const eligibility = await adminApi(
        page,
        baseUrl,
        `/admin/return-requests/eligibility?order_id=${order.id}`
      )
      const line = eligibility.lines.find(
        (l) => l.eligible && l.returnable_quantity > 0
      )
      if (line && !target) {
        target = { order, line }
      }
      if (!line && !exhausted) {
        exhausted = order
      }
    }
    assert.ok(target, "a seeded order has a returnable line")
    assert.ok(exhausted, "a seeded order has nothing left to return")

    await page.goto(`${baseUrl}/app/orders/${exhausted.id}`, {
      waitUntil: "domcontentloaded",
    })
    await page.click('[data-testid="csr-return-open"]')
    await page.waitForSelector('[data-testid="csr-no-lines"]')
    assert.match(
      await page.textContent('[data-testid="csr-no-lines"]'),
      /Nothing on this order can be returned.*nothing left to return/
    )
    assert.ok(await page.locator('[data-testid="csr-submit"]').isDisabled())
    assert.equal(await page.locator('[data-testid="csr-channel"]').count(), 0)
    await screenshot(page, "csr-return-empty")
    await page.keyboard.press("Escape")

    const { order, line } = target
    const id = line.line_item_id
    const item = order.items.find((i) => i.id === id)
    await page.goto(`${baseUrl}/app/orders/${order.id}`, {
      waitUntil: "domcontentloaded",
    })
    await page.click('[data-testid="csr-return-open"]')
    await page.waitForSelector('[data-testid="csr-form"]')
    const customer = await page.textContent('[data-testid="csr-customer"]')
    assert.match(customer, new RegExp(order.customer.first_name))
    assert.ok(customer.includes(order.customer.email), customer)
    const details = await page.textContent(
      `[data-testid="csr-line-details-${id}"]`
    )
    if (item.variant_sku) {
      assert.ok(details.includes(`SKU ${item.variant_sku}`), details)
    }
    assert.ok(details.includes(item.variant_title), details)
    assert.match(details, /€\d+\.\d{2} each/)

    await page.click(`[data-testid="csr-line-select-${id}"]`)
    // DAMAGED requires evidence (demo seed): the form asks for it.
    await page.click(`[data-testid="csr-line-reason-${id}"]`)
    await page.click('[data-testid="csr-reason-option-DAMAGED"]')
    await page.click(`[data-testid="csr-line-condition-${id}"]`)
    await page.click('[data-testid="csr-condition-option-damaged"]')
    await page.waitForSelector(`[data-testid="csr-line-evidence-${id}"]`)
    await page.click(`[data-testid="csr-line-has-evidence-${id}"]`)
    await page.fill(
      `[data-testid="csr-line-evidence-note-${id}"]`,
      "Two photos of the torn seam, sent by email"
    )
    await page.click('[data-testid="csr-channel"]')
    await page.click('[data-testid="csr-channel-option-email"]')
    await page.click('[data-testid="csr-contact-confirmed"]')
    await page.fill('[data-testid="csr-note"]', "Customer emailed about it")
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="csr-preview-outcome"]')
      return el && el.getAttribute("data-outcome") !== "reject"
    })
    const outcome = await page.getAttribute(
      '[data-testid="csr-preview-outcome"]',
      "data-outcome"
    )
    log(`  preview: ${outcome}`)
    // The footer stays on screen however long the form is.
    const submit = await page
      .locator('[data-testid="csr-submit"]')
      .boundingBox()
    const viewport = page.viewportSize()
    assert.ok(
      submit && submit.y >= 0 && submit.y + submit.height <= viewport.height,
      `submit at ${JSON.stringify(submit)}`
    )
    const modal = '[data-testid="csr-return-modal"]'
    assert.deepEqual(await unstyledClasses(page, modal), [])
    assert.deepEqual(await crampedControls(page, modal), [])
    await screenshot(page, "csr-return-form")

    await page.click('[data-testid="csr-submit"]')
    await page.waitForSelector('[data-testid="csr-result-rma"]')
    const rma = (
      await page.textContent('[data-testid="csr-result-rma"]')
    ).trim()
    const decision = (
      await page.textContent('[data-testid="csr-result-decision"]')
    ).trim()
    assert.match(rma, /^RMA-\d{4}-\d{6}$/)
    log(`  created ${rma}: ${decision}`)
    await screenshot(page, "csr-return-result")

    const { return_requests } = await adminApi(
      page,
      baseUrl,
      `/admin/return-requests?q=${rma}`
    )
    assert.equal(return_requests.length, 1)
    assert.equal(
      return_requests[0].items[0].note,
      "Two photos of the torn seam, sent by email"
    )
    const evidence = return_requests[0].decisions[0].rules.find(
      (r) => r.rule === "evidence"
    )
    assert.equal(evidence.passed, true)

    const href = await page.getAttribute(
      '[data-testid="csr-result-receipt"]',
      "href"
    )
    const pdf = await page.request.get(href)
    const body = (await pdf.body()).toString("latin1")
    assert.ok(pdf.ok() && body.startsWith("%PDF-"), `receipt: ${pdf.status()}`)
  } finally {
    await browser.close()
  }
}
