// Issue 15, a guest: with an order number and its email, a customer without
// an account gets a one-time code by email (read from the mail catcher),
// asks to return an item (outcome shown before sending), sees the status
// page and cancels it; asks again for a damaged item with a photo, disputes
// it with a photo and replies. The store API keeps the guest to that order.
import assert from "node:assert/strict"
import { ADMIN, launch, screenshot } from "./lib.mjs"
import { assertPortalPage, photoPng, waitForMail } from "./portal-lib.mjs"

const PHOTO = photoPng(120, 80, [0xb4, 0x23, 0x18], [0xf5, 0xd5, 0x8a])

/** The demo's guest order (placed without an account), through the admin API. */
const guestOrder = async (baseUrl) => {
  const auth = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = await auth.json()
  const res = await fetch(
    `${baseUrl}/admin/orders?fields=id,display_id,email,*customer,*items&limit=100`,
    { headers: { authorization: `Bearer ${token}` } }
  )
  const { orders } = await res.json()
  const order = orders.find((o) => o.customer && !o.customer.has_account)
  assert.ok(order, "the demo seeds a guest order")
  return { order, adminToken: token }
}

export default async ({ baseUrl, mailUrl, log }) => {
  const { order, adminToken } = await guestOrder(baseUrl)
  const { browser, page } = await launch()
  await page.setViewportSize({ width: 1280, height: 900 })
  const errors = []
  page.on("pageerror", (e) => errors.push(e.message))
  try {
    await page.goto(`${baseUrl}/returns`)
    const guest = page.locator('[data-testid="guest-form"]')
    await guest.getByLabel("Order number").fill(String(order.display_id))
    await guest.getByLabel("Email address").fill(order.email)
    const askedAt = Date.now() - 1000
    await guest.getByRole("button", { name: "Email me a code" }).click()
    await guest.getByRole("status").waitFor()
    assert.match(await guest.innerText(), /6-digit code is on its way/)

    const mail = await waitForMail(mailUrl, order.email, /code/i, {
      after: askedAt,
    })
    const text = mail.html
      .replace(/<style[\s\S]*?<\/style>/g, "")
      .replace(/<[^>]+>/g, " ")
    const code = text.match(/\b(\d{6})\b/)?.[1]
    assert.ok(code, `a 6-digit code in "${mail.subject}"`)
    await guest.getByLabel("6-digit code").fill(code)
    await assertPortalPage(page, "guest code")
    await guest.getByRole("button", { name: "Continue" }).click()
    await page.getByRole("heading", { name: "Your returns" }).waitFor()
    const rows = page.locator('[data-testid="order-row"]')
    await rows.first().waitFor()
    assert.equal(await rows.count(), 1, "a guest sees their one order")
    assert.match(
      await page.locator("main").innerText(),
      new RegExp(`Signed in for order #${order.display_id} with ${order.email}`)
    )
    await assertPortalPage(page, "guest home")
    await screenshot(page, "portal-guest-home", { fullPage: true })
    log(`  guest signed in to order #${order.display_id} with the emailed code`)

    // A first request, approved at once, then canceled.
    const pick = async (reason) => {
      await page.goto(`${baseUrl}/returns#/`)
      await rows
        .first()
        .getByRole("link", { name: /Return items/ })
        .click()
      const item = page
        .locator('[data-testid="return-item"]')
        .filter({ hasText: "Organic Cotton Tee" })
      await item.waitFor()
      await item.getByLabel("Return this item").check()
      await item.getByLabel("Reason").selectOption({ label: reason })
      return item
    }
    await pick("Too small")
    await page.waitForSelector(
      '[data-testid="request-outcome"][data-outcome="auto_approve"]'
    )
    await page.click('[data-testid="request-submit"]')
    await page.waitForURL(/#\/requests\/rr/)
    await page.locator('[data-testid="request-status"]').waitFor()
    assert.equal(
      await page.locator('[data-testid="request-status"]').innerText(),
      "Approved"
    )
    assert.match(await page.locator("main").innerText(), /Send them by /)
    await assertPortalPage(page, "guest status")
    await screenshot(page, "portal-guest-status", { fullPage: true })
    await page.click('[data-testid="request-cancel"]')
    await page.click('[data-testid="request-cancel-confirm"]')
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="request-status"]')
          ?.textContent === "Canceled"
    )
    assert.match(
      await page.locator('[data-testid="request-timeline"]').innerText(),
      /Canceled/
    )
    log("  request approved at once, then canceled")

    // A damaged item: the reason asks for a photo, staff review it.
    const damaged = await pick("Arrived damaged")
    await page.waitForSelector(
      '[data-testid="request-outcome"][data-outcome="not_eligible"]'
    )
    assert.match(
      await page.locator('[data-testid="request-outcome"]').innerText(),
      /needs photos/
    )
    await damaged.getByLabel("Photo of the problem").setInputFiles({
      name: "damaged.png",
      mimeType: "image/png",
      buffer: PHOTO,
    })
    await page.waitForSelector(
      '[data-testid="request-outcome"][data-outcome="manual_review"]'
    )
    assert.match(
      await page.locator('[data-testid="request-outcome"]').innerText(),
      /Needs a review/
    )
    await screenshot(page, "portal-guest-request", { fullPage: true })
    await page.click('[data-testid="request-submit"]')
    await page.waitForURL(/#\/requests\/rr/)
    await page.locator('[data-testid="request-status"]').waitFor()
    assert.equal(
      await page.locator('[data-testid="request-status"]').innerText(),
      "Under review"
    )
    // The photo went with it, stored for staff on the request.
    const damagedId = page.url().split("#/requests/")[1]
    const staffView = await (
      await fetch(`${baseUrl}/admin/return-requests/${damagedId}`, {
        headers: { authorization: `Bearer ${adminToken}` },
      })
    ).json()
    assert.deepEqual(
      staffView.return_request.metadata.evidence.map((e) => e.filename),
      ["damaged.png"]
    )

    // ...and disputed, with a photo, then a reply.
    await page.click('[data-testid="request-open-dispute"]')
    const form = page.locator('[data-testid="dispute-form"]')
    await form.waitFor()
    await form
      .getByLabel("What is it about?")
      .selectOption({ label: "The item's condition" })
    await form
      .getByLabel("What happened?")
      .fill("The item arrived with a torn seam, photo attached.")
    await form.getByLabel("A photo (optional)").setInputFiles({
      name: "torn-strap.png",
      mimeType: "image/png",
      buffer: PHOTO,
    })
    await assertPortalPage(page, "new dispute")
    await form.getByRole("button", { name: "Send the dispute" }).click()
    await page.waitForURL(/#\/disputes\/dsp/)
    const photo = page.locator('[data-testid="dispute-evidence"] img').first()
    await photo.waitFor()
    await page.waitForFunction(
      (img) => img.complete && img.naturalWidth === 120,
      await photo.elementHandle()
    )
    await page
      .getByLabel("Your reply")
      .fill("Here is the order number on the box too: it is the same parcel.")
    await page.getByRole("button", { name: "Send reply" }).click()
    await page
      .locator('[data-testid="dispute-message"]')
      .filter({ hasText: "same parcel" })
      .waitFor()
    assert.match(
      await page.locator('[data-testid="dispute-status"]').innerText(),
      /Open/
    )
    await assertPortalPage(page, "guest dispute")
    await screenshot(page, "portal-guest-dispute", { fullPage: true })
    log("  dispute opened with a photo, reply sent")

    // The guest's token is scoped to this order: another order is not found.
    const other = await page.evaluate(async (base) => {
      const guest = JSON.parse(sessionStorage.getItem("rms_portal_guest"))
      const key = JSON.parse(
        document.getElementById("rms-portal-config").textContent
      ).publishable_key
      const res = await fetch(`${base}/store/return-portal/return-requests`, {
        headers: {
          "x-rms-guest-token": guest.token,
          "x-publishable-api-key": key,
        },
      })
      return (await res.json()).return_requests.map((r) => r.order_id)
    }, baseUrl)
    assert.ok(
      other.length >= 2 && other.every((id) => id === order.id),
      "only this order's requests"
    )
    assert.deepEqual(errors, [], "no script errors")
  } finally {
    await browser.close()
  }
}
