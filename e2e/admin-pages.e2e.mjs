// Screenshots of the plugin's admin pages on the seeded demo, with checks
// that each shows its seeded data at a readable size: the Loyalty pages
// (tiers in plain words, members, reports with their charts), the Returns
// queue with its search and a request's decision trail (issue 4), a pickup
// booked by customer service (issue 16), the order widget, and the Emails
// preview (issue 7). Every page is also checked for class names the
// dashboard's stylesheet does not ship (issue 12).
import assert from "node:assert/strict"
import {
  adminApi,
  crampedControls,
  launch,
  login,
  screenshot,
  sizeOf,
  unstyledClasses,
} from "./lib.mjs"

/** Every class has CSS; no button label wraps, no placeholder is cut. */
const assertStyled = async (page, where) => {
  const missing = await unstyledClasses(page)
  assert.deepEqual(missing, [], `${where}: classes without CSS`)
  const cramped = await crampedControls(page)
  assert.deepEqual(cramped, [], `${where}: controls that don't fit`)
}

/** A bar chart: tall enough to read, with bars that have a height. */
const assertChart = async (page, selector) => {
  const chart = await sizeOf(page, selector)
  assert.ok(chart.height >= 200, `${selector} is ${chart.height} px tall`)
  const bars = await page
    .locator(`${selector} [data-testid="chart-bar"]`)
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))
  assert.ok(
    bars.some((h) => h > 10),
    `${selector} bars: ${JSON.stringify(bars)}`
  )
}

export default async ({ baseUrl, mailUrl, log }) => {
  const { browser, page } = await launch()
  try {
    await login(page, baseUrl)

    // Loyalty: tiers' benefits in words, members open their customer.
    await page.goto(`${baseUrl}/app/loyalty`)
    await page.getByText("free return shipping, no restocking fee").waitFor()
    assert.equal(
      await page.getByText("return window days", { exact: false }).count(),
      0,
      "benefits read as words, not keys"
    )
    await assertStyled(page, "loyalty tiers")
    await screenshot(page, "loyalty-tiers")
    await page.goto(`${baseUrl}/app/loyalty?tab=rewards`)
    await page.getByText(/off$/).first().waitFor()
    await assertStyled(page, "loyalty rewards")
    await page.goto(`${baseUrl}/app/loyalty?tab=members`)
    await page.getByText("vera.vip@example.com").waitFor()
    await assertStyled(page, "loyalty members")
    await screenshot(page, "loyalty-members")
    const {
      accounts: [vera],
    } = await adminApi(page, baseUrl, "/admin/loyalty/accounts?q=vera.vip")
    await page.getByText("vera.vip@example.com").click()
    await page.waitForURL(`**/app/customers/${vera.customer_id}`)
    const widget = page.locator('[data-testid="customer-loyalty"]')
    await widget.getByText("Points available").waitFor()
    // The ledger loads on its own: wait for an entry, not its skeleton.
    await widget.getByText("Adjust", { exact: true }).first().waitFor()
    await widget.scrollIntoViewIfNeeded()
    const widgetText = await widget.textContent()
    assert.ok(
      widgetText.includes(vera.points_available.toLocaleString("en-US")) &&
        widgetText.includes(vera.tier.name),
      widgetText
    )
    assert.deepEqual(
      await unstyledClasses(page, '[data-testid="customer-loyalty"]'),
      []
    )
    // Every ledger column fits the widget: none scrolls out of sight.
    const ledger = await widget
      .locator("table")
      .last()
      .evaluate((table) => ({
        table: table.getBoundingClientRect().right,
        widget: table
          .closest('[data-testid="customer-loyalty"]')
          .getBoundingClientRect().right,
      }))
    assert.ok(ledger.table <= ledger.widget + 1, JSON.stringify(ledger))
    await screenshot(page, "customer-loyalty-widget")

    await page.goto(`${baseUrl}/app/loyalty?tab=reports`)
    await page.waitForSelector('[data-testid="points-chart"]')
    await assertChart(page, '[data-testid="points-chart"]')
    // The rate next to "1 of 3 members" is that share, not another ratio.
    const redemption = await page
      .locator("div", { hasText: /^Members redeeming/ })
      .last()
      .textContent()
    const [, part, whole] = /(\d+) of (\d+) members/.exec(redemption)
    const shown = Number(/([\d.]+)\s*%/.exec(redemption)[1])
    assert.ok(
      Math.abs(shown - (100 * Number(part)) / Number(whole)) < 0.1,
      `redemption: ${redemption}`
    )
    await assertStyled(page, "loyalty reports")
    await screenshot(page, "loyalty-reports", { fullPage: true })

    // Returns: the queue names customer and order, and searches.
    const { return_requests: all } = await adminApi(
      page,
      baseUrl,
      "/admin/return-requests?limit=100&fields=+customer.email,+customer.first_name,+order.display_id"
    )
    const reviewed = all.find((r) => r.status === "pending_review")
    assert.ok(reviewed, "the demo has a request waiting for review")
    await page.goto(`${baseUrl}/app/returns`)
    await page.getByText(reviewed.rma_number).waitFor()
    await page
      .locator('[data-testid="request-customer"]', {
        hasText: reviewed.customer.first_name,
      })
      .first()
      .waitFor()
    await page.getByText(`#${reviewed.order.display_id}`).first().waitFor()
    await assertStyled(page, "returns queue")
    await screenshot(page, "returns-queue")

    const search = page.locator('[data-testid="requests-search"] input')
    const rows = page.locator("tbody tr")
    await search.fill(reviewed.customer.email)
    await page.waitForFunction(
      (n) => document.querySelectorAll("tbody tr").length === n,
      all.filter(
        (r) =>
          r.status === "pending_review" &&
          r.customer?.email === reviewed.customer.email
      ).length
    )
    await search.fill(reviewed.rma_number)
    await page.waitForFunction(
      () => document.querySelectorAll("tbody tr").length === 1
    )
    await rows.first().getByText(reviewed.rma_number).click()
    // The drawer reads the order after the request: wait for its number.
    await page
      .getByTestId("request-order-link")
      .getByText(`Order #${reviewed.order.display_id}`, { exact: true })
      .waitFor()
    assert.match(
      await page.textContent('[data-testid="request-customer-link"]'),
      new RegExp(reviewed.customer.email.replace(".", "\\."))
    )
    // What a reviewer decides on comes first; the passing rules fold away.
    await page.waitForSelector('[data-testid="failing-rules"]')
    const passing = page.locator('[data-testid="passing-rules"]').first()
    assert.equal(await passing.getAttribute("open"), null)
    assert.equal(
      await page
        .locator('[data-testid="failing-rules"] [data-testid="decision-rule"]')
        .first()
        .getAttribute("data-passed"),
      "false"
    )
    // Fee and refund read whole, not clipped.
    const clipped = await page
      .locator(
        '[data-testid="request-items"] td, [data-testid="request-items"] th'
      )
      .evaluateAll((cells) =>
        cells
          .filter((c) => c.scrollWidth > c.clientWidth + 1)
          .map((c) => c.textContent)
      )
    assert.deepEqual(clipped, [], "request drawer cells fit")
    const drawerText = await page.textContent('[data-testid="request-items"]')
    assert.match(drawerText, /€\d+\.\d{2}/)
    await screenshot(page, "returns-request-drawer")
    await page.keyboard.press("Escape")

    // A pickup booked on the phone (issue 16): the seed's phone return,
    // labelled by rms-labels, shows who booked it; the CSR moves the day,
    // switches to a drop-off and books the pickup again.
    const phone = all.find(
      (r) => r.channel === "phone" && r.status === "approved"
    )
    assert.ok(phone, "the demo has an approved phone return")
    // The queue lists what waits for review: open the approved one by link.
    await page.goto(`${baseUrl}/app/returns?request=${phone.id}`)
    const method = page.getByTestId("return-shipment-method")
    await method.getByText("booked by customer service").waitFor()
    assert.match(await method.textContent(), /^Pickup on /)
    const drawer = '[role="dialog"]'
    assert.deepEqual(
      await unstyledClasses(page, drawer),
      [],
      "request drawer: classes without CSS"
    )
    await page.getByTestId("return-method-actions").scrollIntoViewIfNeeded()
    await screenshot(page, "returns-request-pickup")
    const dayAhead = (n) =>
      new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
    const toast = (text) =>
      page.locator("[data-sonner-toast]", { hasText: text }).first().waitFor()
    await page.getByTestId("return-pickup-date").fill(dayAhead(5))
    await page.getByTestId("return-book-pickup").click()
    await toast("Pickup booked for")
    await page.getByTestId("return-switch-drop-off").click()
    await toast("Switched to drop-off")
    await method
      .getByText("Drop-off (pickup available) · chosen by customer service")
      .waitFor()
    // Outside the carrier's days the button waits for a valid day.
    await page.getByTestId("return-pickup-date").fill(dayAhead(30))
    assert.ok(await page.getByTestId("return-book-pickup").isDisabled())
    await page.getByTestId("return-pickup-date").fill(dayAhead(2))
    await page.getByTestId("return-book-pickup").click()
    await toast("Pickup booked for")
    await method.getByText("booked by customer service").waitFor()
    const { return_request: rebooked } = await adminApi(
      page,
      baseUrl,
      `/admin/return-requests/${phone.id}`
    )
    assert.equal(rebooked.return_shipment.method, "pickup")
    assert.equal(rebooked.return_shipment.pickup_date.slice(0, 10), dayAhead(2))
    assert.equal(rebooked.return_shipment.method_chosen_by_type, "admin")
    await screenshot(page, "returns-request-pickup-booked")
    await page.keyboard.press("Escape")

    await page.goto(`${baseUrl}/app/returns?tab=policies`)
    await page.getByText("Gold returns").first().waitFor()
    await assertStyled(page, "returns policies")
    await screenshot(page, "returns-policies")
    await page.goto(`${baseUrl}/app/returns?tab=reason-codes`)
    await page.getByText("DAMAGED").first().waitFor()
    await assertStyled(page, "reason codes")
    await page.goto(`${baseUrl}/app/returns?tab=reports`)
    await page.waitForSelector('[data-testid="volume-chart"]')
    await assertChart(page, '[data-testid="volume-chart"]')
    await assertStyled(page, "returns reports")
    // The seed's exchange (Vera, then Silver: a €106.80 sweater for another
    // size at the same price) kept all of its value.
    const exchanges = page.locator('[data-testid="exchanges-card"]')
    assert.match(
      await exchanges.innerText(),
      /of returns kept as exchanges · revenue kept €106\.80/
    )
    assert.match(
      await exchanges.locator("tr", { hasText: "Silver" }).innerText(),
      /Silver\s+\d+\s+1\s+\d+(\.\d+)?\s?%\s+€106\.80/
    )
    await screenshot(page, "returns-reports", { fullPage: true })
    await exchanges.scrollIntoViewIfNeeded()
    await screenshot(page, "returns-exchanges")

    const { return_requests } = await adminApi(
      page,
      baseUrl,
      "/admin/return-requests?limit=1&status=completed"
    )
    assert.equal(return_requests.length, 1, "the demo completes a request")
    await page.goto(`${baseUrl}/app/orders/${return_requests[0].order_id}`)
    await page.getByText(return_requests[0].rma_number).first().waitFor()
    // The lines table loads on its own: the screenshot shows it, not its
    // loading line.
    await page.getByText("Loading return eligibility…").waitFor({
      state: "detached",
    })
    assert.equal(
      await page.getByText("Return eligibility is unavailable").count(),
      0,
      "the order's return eligibility loads"
    )
    await page
      .getByText(return_requests[0].rma_number)
      .first()
      .scrollIntoViewIfNeeded()
    await screenshot(page, "order-returns-widget")

    await page.goto(`${baseUrl}/app/notifications`)
    await page.waitForSelector('[data-testid="template-list"]')
    // The demo sets no notifications.storefront_url: the page says emails
    // carry no account links.
    await page.waitForSelector('[data-testid="storefront-url-notice"]')
    await page.waitForSelector('[data-testid="preview-frame"]')
    const subject = await page.textContent('[data-testid="preview-subject"]')
    assert.ok(subject && subject.length > 3, "a preview subject is shown")
    const frame = await sizeOf(page, '[data-testid="preview-frame"]')
    assert.ok(frame.height >= 500, `preview is ${frame.height} px tall`)
    await assertStyled(page, "emails")
    await page.locator('[data-testid="preview-frame"]').scrollIntoViewIfNeeded()
    await screenshot(page, "emails-preview", { fullPage: true })

    // "Send test email" really goes through the Notification Module and the
    // Resend provider, to the demo's mail catcher.
    const to = `preview-${Date.now()}@example.com`
    await page.fill('[data-testid="test-email-input"]', to)
    const [sent] = await Promise.all([
      page.waitForResponse((r) =>
        /\/admin\/notification-templates\/[^/]+\/send-test/.test(r.url())
      ),
      page.click('[data-testid="send-test-email"]'),
    ])
    assert.equal(sent.status(), 200, `test send: ${await sent.text()}`)
    let caught = null
    for (let i = 0; i < 50 && !caught; i++) {
      const res = await fetch(`${mailUrl}/emails`).then((r) => r.json())
      caught = (res.data ?? res.emails ?? []).find((m) =>
        JSON.stringify(m.to).includes(to)
      )
      if (!caught) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    if (!caught) {
      const toasts = await page
        .locator("[data-sonner-toast], [role=status], [role=alert]")
        .allTextContents()
      log(`  toasts: ${JSON.stringify(toasts)}`)
      const all = await fetch(`${mailUrl}/emails`).then((r) => r.json())
      log(`  catcher: ${JSON.stringify(all).slice(0, 400)}`)
    }
    assert.ok(caught, "the test email reached the mail catcher")
    await page.click('[data-testid="emails-tab-log"]')
    await page.waitForSelector('[data-testid="notifications-log"]')
    await screenshot(page, "emails-log")
    log("  returns, order widget and emails pages rendered")
  } finally {
    await browser.close()
  }
}
