// Issue 17: the Webhooks page on the seeded demo. The endpoint on the demo
// receiver is listed; "Send test" delivers a signed event and says so; the
// delivery log shows the seeded deliveries with status, attempts, response
// code and latency. Both tabs are checked for classes without CSS.
import assert from "node:assert/strict"
import {
  adminApi,
  crampedControls,
  launch,
  login,
  screenshot,
  unstyledClasses,
} from "./lib.mjs"

const assertStyled = async (page, where) => {
  assert.deepEqual(await unstyledClasses(page), [], `${where}: classes`)
  assert.deepEqual(await crampedControls(page), [], `${where}: controls`)
}

export default async ({ baseUrl, mailUrl }) => {
  const { browser, page } = await launch()
  try {
    await login(page, baseUrl)
    await page.goto(`${baseUrl}/app/webhooks`)
    const endpoints = page.locator('[data-testid="webhook-endpoints"]')
    await endpoints.getByText(`${mailUrl}/webhooks`).waitFor()
    await endpoints.getByText("Active", { exact: true }).waitFor()
    await assertStyled(page, "webhook endpoints")
    await screenshot(page, "webhooks-endpoints")

    // Send test from the row's menu: delivered to the demo receiver.
    await endpoints
      .locator("table tbody tr")
      .first()
      .locator("button")
      .last()
      .click()
    await page.getByRole("menuitem", { name: "Send test" }).click()
    await page.getByText("Test event delivered").waitFor()

    await page.goto(`${baseUrl}/app/webhooks?tab=deliveries`)
    const log = page.locator('[data-testid="webhook-deliveries"]')
    // Earlier browser tests open disputes too: at least the seeded one.
    await log.getByText("dispute.opened").first().waitFor()
    const { deliveries } = await adminApi(
      page,
      baseUrl,
      "/admin/webhooks/deliveries?status=succeeded"
    )
    assert.ok(deliveries.length >= 4, JSON.stringify(deliveries))
    const text = await log.textContent()
    for (const expected of [
      "dispute.resolved",
      "webhook.test",
      "succeeded",
      "200",
    ]) {
      assert.ok(text.includes(expected), `log shows ${expected}: ${text}`)
    }
    await assertStyled(page, "webhook deliveries")
    await screenshot(page, "webhooks-deliveries")

    const received = await (await fetch(`${mailUrl}/webhooks`)).json()
    assert.ok(
      received.data.some((w) => w.type === "webhook.test"),
      "the demo receiver got the test event"
    )
  } finally {
    await browser.close()
  }
}
