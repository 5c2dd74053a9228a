// Issue 6: a manager opens Nina's dispute in the workspace, inserts a
// policy template into the reply, and resolves with a partial refund that
// Medusa really records on the order's payment.
import assert from "node:assert/strict"
import { adminApi, launch, login, screenshot } from "./lib.mjs"

// A 1×1 PNG.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex"
)

export default async ({ baseUrl, log }) => {
  const { browser, page } = await launch()
  try {
    await login(page, baseUrl)
    await page.goto(`${baseUrl}/app/disputes`)
    await page.waitForSelector('[data-testid="dispute-row"]')
    await screenshot(page, "disputes-queue")

    const { disputes } = await adminApi(
      page,
      baseUrl,
      "/admin/disputes?status[]=open&status[]=in_review&status[]=awaiting_customer"
    )
    const open = disputes.find((d) => d.reason_category === "rejected_return")
    assert.ok(open, "the demo seeds Nina's open dispute")
    const before = await adminApi(page, baseUrl, `/admin/disputes/${open.id}`)
    const refundedBefore = Number(before.case_file.order.refunded_total ?? 0)

    // A photo added by staff: the gallery shows it through the admin route
    // that streams the private file, authenticated by the session cookie.
    const uploaded = await page.request.post(
      `${baseUrl}/admin/disputes/${open.id}/evidence`,
      {
        multipart: {
          kind: "photo",
          description: "Box as received",
          file: { name: "box.png", mimeType: "image/png", buffer: PNG },
        },
      }
    )
    assert.equal(uploaded.status(), 200, await uploaded.text())
    const { evidence } = await uploaded.json()
    assert.equal(
      evidence.url,
      `/admin/disputes/${open.id}/evidence/${evidence.id}/file`
    )

    await page.click(
      `[data-testid="dispute-row"][data-dispute-id="${open.id}"]`
    )
    await page.waitForSelector('[data-testid="dispute-workspace"]')
    log(`  workspace of ${open.number} open`)
    const thumbnail = page.locator(
      '[data-testid="dispute-evidence-item"] img[alt="Box as received"]'
    )
    await thumbnail.waitFor()
    await page.waitForFunction(
      (img) => img.complete && img.naturalWidth > 0,
      await thumbnail.elementHandle()
    )
    log("  evidence photo shown through the admin file route")

    await page.click('[data-testid="dispute-resolution-kind"]')
    await page.click('[data-testid="dispute-resolution-kind-partial_refund"]')
    await page.fill('[data-testid="dispute-resolution-amount"]', "10")

    await page.click('[data-testid="dispute-template-select"]')
    await page
      .locator('[data-testid="dispute-template-option"]', {
        hasText: "Goodwill partial refund",
      })
      .click()
    await page.click('[data-testid="dispute-template-insert"]')
    const reply = await page.inputValue(
      '[data-testid="dispute-reply-textarea"]'
    )
    assert.match(reply, /Dear Nina/)
    assert.match(reply, /10\.00/)
    assert.doesNotMatch(reply, /\{\{customer_name\}\}/)
    await screenshot(page, "dispute-workspace-template")
    await page.click('[data-testid="dispute-reply-send"]')
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="dispute-reply-textarea"]')?.value
    )

    await page.click('[data-testid="dispute-resolve"]')
    await page.waitForSelector('[data-testid="dispute-resolve-prompt"]')
    const prompt = await page.textContent(
      '[data-testid="dispute-resolve-description"]'
    )
    assert.match(prompt, /Refund EUR 10\.00/)
    await screenshot(page, "dispute-resolve-confirm")
    await page.click('[data-testid="dispute-resolve-confirm"]')
    await page.waitForSelector('[data-testid="dispute-resolution-summary"]')
    await screenshot(page, "dispute-workspace-resolved")

    const after = await adminApi(page, baseUrl, `/admin/disputes/${open.id}`)
    assert.equal(after.dispute.status, "resolved")
    assert.equal(after.dispute.resolution_kind, "partial_refund")
    assert.equal(Number(after.dispute.resolution_amount), 10)
    assert.equal(
      Number(after.case_file.order.refunded_total) - refundedBefore,
      10
    )
    assert.ok(
      after.dispute.messages.some((m) => /Dear Nina/.test(m.body)),
      "the reply with the template was sent"
    )
  } finally {
    await browser.close()
  }
}
