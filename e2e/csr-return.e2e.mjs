// The CSR return widget on the order page: open the form, pick a returnable
// line, reason, condition and channel, confirm the contact, wait for the
// server's live preview, submit, and read the RMA number and the decision.
import { adminApi, launch, login, screenshot } from "./lib.mjs"

export default async ({ baseUrl, log }) => {
  const { browser, page } = await launch()
  try {
    await login(page, baseUrl)
    const { orders } = await adminApi(
      page,
      baseUrl,
      "/admin/orders?limit=50&fields=id,display_id,customer_id"
    )
    let target = null
    for (const order of orders.filter((o) => o.customer_id)) {
      const eligibility = await adminApi(
        page,
        baseUrl,
        `/admin/return-requests/eligibility?order_id=${order.id}`
      )
      const line = eligibility.lines.find(
        (l) => l.eligible && l.returnable_quantity > 0
      )
      if (line) {
        target = { order, line }
        break
      }
    }
    if (!target) {
      throw new Error("no seeded order has a returnable line")
    }
    const id = target.line.line_item_id

    await page.goto(`${baseUrl}/app/orders/${target.order.id}`, {
      waitUntil: "domcontentloaded",
    })
    await page.click('[data-testid="csr-return-open"]')
    await page.waitForSelector('[data-testid="csr-form"]')
    await page.click(`[data-testid="csr-line-select-${id}"]`)
    await page.click(`[data-testid="csr-line-reason-${id}"]`)
    await page.locator('[data-testid^="csr-reason-option-"]').first().click()
    await page.click(`[data-testid="csr-line-condition-${id}"]`)
    await page.click('[data-testid="csr-condition-option-opened"]')
    await page.click('[data-testid="csr-channel"]')
    await page.click('[data-testid="csr-channel-option-email"]')
    await page.click('[data-testid="csr-contact-confirmed"]')
    await page.fill(
      '[data-testid="csr-note"]',
      "Customer emailed about the fit"
    )
    await page.waitForSelector('[data-testid="csr-preview-outcome"]')
    log(
      `preview: ${await page.getAttribute('[data-testid="csr-preview-outcome"]', "data-outcome")}`
    )
    await screenshot(page, "csr-return-form")

    await page.click('[data-testid="csr-submit"]')
    await page.waitForSelector('[data-testid="csr-result-rma"]')
    const rma = (
      await page.textContent('[data-testid="csr-result-rma"]')
    ).trim()
    const decision = (
      await page.textContent('[data-testid="csr-result-decision"]')
    ).trim()
    if (!/^RMA-\d{4}-\d{6}$/.test(rma)) {
      throw new Error(`expected an RMA number, got "${rma}"`)
    }
    log(`created ${rma}: ${decision}`)
    await screenshot(page, "csr-return-result")

    const href = await page.getAttribute(
      '[data-testid="csr-result-receipt"]',
      "href"
    )
    const pdf = await page.request.get(href)
    const body = (await pdf.body()).toString("latin1")
    if (!pdf.ok() || !body.startsWith("%PDF-")) {
      throw new Error(`receipt: ${pdf.status()}`)
    }
  } finally {
    await browser.close()
  }
}
