// Issue 6: a manager opens Nina's dispute in the workspace, marks it in
// review, inserts a policy template into the reply, and resolves with a
// partial refund citing that template, which Medusa really records on the
// order's payment. The customer reads the template once, amounts read
// "€10.00", and the closed case offers no reply box or upload (issue 12).
import assert from "node:assert/strict"
import zlib from "node:zlib"
import {
  adminApi,
  crampedControls,
  launch,
  login,
  screenshot,
  unstyledClasses,
} from "./lib.mjs"

const assertLayout = async (page, where) => {
  assert.deepEqual(await unstyledClasses(page), [], `${where}: classes`)
  assert.deepEqual(await crampedControls(page), [], `${where}: controls`)
}

// A 1×1 PNG.
// A 96×64 two-tone photo stand-in, so the screenshot shows a real preview
// (a 1-pixel transparent PNG loads, but shows nothing).
const PNG = solidPng(96, 64, [0xd9, 0x77, 0x06], [0x3b, 0x82, 0xf6])

function solidPng(width, height, top, bottom) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const out = Buffer.alloc(8 + data.length + 4)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const rows = []
  for (let y = 0; y < height; y++) {
    const colour = y < height / 2 ? top : bottom
    rows.push(Buffer.from([0, ...Array(width).fill(colour).flat()]))
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

export default async ({ baseUrl, log }) => {
  const { browser, page } = await launch()
  try {
    await login(page, baseUrl)
    await page.goto(`${baseUrl}/app/disputes`)
    await page.waitForSelector('[data-testid="dispute-row"]')
    await assertLayout(page, "disputes queue")
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
    // The rejection she disputes is on the case's timeline, its note said
    // once (a person's decision also lists it among its reasons).
    const rejection = page.locator('[data-testid="dispute-timeline-entry"]', {
      hasText: "rejected by",
    })
    await rejection.waitFor()
    const rejectionText = await rejection.innerText()
    assert.equal(
      rejectionText.split("The tee has been worn and washed").length - 1,
      1,
      `the rejection's note once: ${rejectionText}`
    )
    const thumbnail = page.locator(
      '[data-testid="dispute-evidence-item"] img[alt="Box as received"]'
    )
    await thumbnail.waitFor()
    await page.waitForFunction(
      (img) => img.complete && img.naturalWidth > 0,
      await thumbnail.elementHandle()
    )
    log("  evidence photo shown through the admin file route")

    // The current status is the pressed button.
    await page.click('[data-testid="dispute-status-in-review"]')
    await page.waitForSelector(
      '[data-testid="dispute-status-in-review"][aria-pressed="true"]'
    )
    assert.equal(
      await page.getAttribute(
        '[data-testid="dispute-status-awaiting-customer"]',
        "aria-pressed"
      ),
      "false"
    )
    await page
      .locator('[data-testid="dispute-evidence-dropzone"]')
      .scrollIntoViewIfNeeded()
    await assertLayout(page, "dispute workspace")
    await screenshot(page, "dispute-evidence-upload")

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
    // The server fills the template: wait for its answer in the box.
    await page.waitForFunction(() =>
      /Dear/.test(
        document.querySelector('[data-testid="dispute-reply-textarea"]')
          ?.value ?? ""
      )
    )
    const reply = await page.inputValue(
      '[data-testid="dispute-reply-textarea"]'
    )
    assert.match(reply, /Dear Nina/)
    assert.match(reply, /€10\.00/)
    assert.doesNotMatch(reply, /\{\{/)
    assert.doesNotMatch(reply, /\{\{customer_name\}\}/)
    await screenshot(page, "dispute-workspace-template")
    await page.click('[data-testid="dispute-reply-send"]')
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="dispute-reply-textarea"]')?.value
    )

    await page.click('[data-testid="dispute-resolution-template"]')
    await page.getByRole("option", { name: "Goodwill partial refund" }).click()
    await page.click('[data-testid="dispute-resolve"]')
    await page.waitForSelector('[data-testid="dispute-resolve-prompt"]')
    const prompt = await page.textContent(
      '[data-testid="dispute-resolve-description"]'
    )
    assert.match(prompt, /Refund €10\.00/)
    await screenshot(page, "dispute-resolve-confirm")
    await page.click('[data-testid="dispute-resolve-confirm"]')
    await page.waitForSelector('[data-testid="dispute-resolution-summary"]')
    await page.waitForSelector('[data-testid="dispute-reply-textarea"]', {
      state: "detached",
    })
    assert.equal(
      await page.locator('[data-testid="dispute-evidence-dropzone"]').count(),
      0
    )
    const summary = await page.textContent(
      '[data-testid="dispute-resolution-summary"]'
    )
    assert.match(summary, /Refunded\s*€10\.00/)
    await screenshot(page, "dispute-workspace-resolved")

    const after = await adminApi(page, baseUrl, `/admin/disputes/${open.id}`)
    assert.equal(after.dispute.status, "resolved")
    assert.equal(after.dispute.resolution_kind, "partial_refund")
    assert.equal(Number(after.dispute.resolution_amount), 10)
    assert.equal(
      Number(after.case_file.order.refunded_total) - refundedBefore,
      10
    )
    // The reply carried the template; resolving citing it posts no copy.
    assert.equal(
      after.dispute.messages.filter((m) => /Dear Nina/.test(m.body)).length,
      1,
      JSON.stringify(after.dispute.messages.map((m) => m.body))
    )
  } finally {
    await browser.close()
  }
}
