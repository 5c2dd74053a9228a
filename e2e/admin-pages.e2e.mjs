// Screenshots of the plugin's admin pages on the seeded demo, with checks
// that each shows its seeded data: the Returns queue and a request's
// decision trail (issue 4), the order widget, and the Emails preview
// (issue 7).
import assert from "node:assert/strict"
import { adminApi, launch, login, screenshot } from "./lib.mjs"

export default async ({ baseUrl, mailUrl, log }) => {
  const { browser, page } = await launch()
  try {
    await login(page, baseUrl)

    await page.goto(`${baseUrl}/app/returns`)
    await page
      .getByText(/RMA-\d{4}-\d{6}/)
      .first()
      .waitFor()
    await screenshot(page, "returns-queue")
    await page
      .getByText(/RMA-\d{4}-\d{6}/)
      .first()
      .click()
    await page
      .getByText(/Decision/i)
      .first()
      .waitFor()
    await screenshot(page, "returns-request-drawer")
    await page.keyboard.press("Escape")

    await page.goto(`${baseUrl}/app/returns?tab=policies`)
    await page.getByText("Gold returns").first().waitFor()
    await screenshot(page, "returns-policies")
    await page.goto(`${baseUrl}/app/returns?tab=reports`)
    await page.waitForLoadState("networkidle")
    await screenshot(page, "returns-reports")

    const { return_requests } = await adminApi(
      page,
      baseUrl,
      "/admin/return-requests?limit=1&status=completed"
    )
    assert.equal(return_requests.length, 1, "the demo completes a request")
    await page.goto(`${baseUrl}/app/orders/${return_requests[0].order_id}`)
    await page.getByText(return_requests[0].rma_number).first().waitFor()
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
