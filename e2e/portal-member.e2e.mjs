// Issue 15, a member: Vera signs in to the return portal (keyboard only),
// sees her orders, picks a sweater with its picture, deadline and days
// left, sees the outcome (approved at once, store credit with her tier's
// bonus) before sending, and lands on the status page with the send-by date
// and return address. The email's link opens that page; she rates her
// resolved dispute from the rating link; the page works on a phone and in
// French. Issue 16: she exchanges a sweater for another size instead.
import assert from "node:assert/strict"
import { ADMIN, launch, screenshot } from "./lib.mjs"
import { assertPortalPage, linksOf, waitForMail } from "./portal-lib.mjs"

const VERA = { email: "vera.vip@example.com", password: "supersecret" }

export default async ({ baseUrl, mailUrl, log }) => {
  const { browser, page } = await launch()
  await page.setViewportSize({ width: 1280, height: 900 })
  const errors = []
  page.on("pageerror", (e) => errors.push(e.message))
  try {
    await page.goto(`${baseUrl}/returns`)
    await page
      .getByRole("heading", { name: "Return or exchange an item" })
      .waitFor()
    await assertPortalPage(page, "sign-in")
    await screenshot(page, "portal-signin")

    // Keyboard only: the fields are labelled, Enter submits.
    await page.getByLabel("Password").focus()
    await page.keyboard.press("Shift+Tab")
    await page.keyboard.type(VERA.email)
    await page.keyboard.press("Tab")
    await page.keyboard.type(VERA.password)
    await page.keyboard.press("Enter")
    await page.getByRole("heading", { name: "Your returns" }).waitFor()
    const orders = page.locator('[data-testid="order-row"]')
    await orders.first().waitFor()
    assert.ok((await orders.count()) >= 3, "Vera's three orders are listed")
    assert.match(await orders.first().innerText(), /Order #\d+/)
    await assertPortalPage(page, "orders")
    await screenshot(page, "portal-member-orders", { fullPage: true })
    log("  member signed in, orders listed")

    await orders
      .filter({ hasText: "Merino Crew Sweater" })
      .getByRole("link", { name: /Return items/ })
      .click()
    const item = page.locator('[data-testid="return-item"]').first()
    await item.waitFor()
    const image = item.locator("img.thumb")
    await page.waitForFunction(
      (img) => img.complete && img.naturalWidth > 0,
      await image.elementHandle()
    )
    const itemText = await item.innerText()
    assert.match(itemText, /Merino Crew Sweater/)
    assert.match(itemText, /Variant: /)
    assert.match(itemText, /€\d+\.\d\d each/)
    assert.match(itemText, /Return by .+ · \d+ days left/)

    await item.getByLabel("Return this item").check()
    await item.getByLabel("Reason").selectOption({ label: "Too small" })
    const outcome = page.locator('[data-testid="request-outcome"]')
    await page.waitForSelector(
      '[data-testid="request-outcome"][data-outcome="auto_approve"]'
    )
    assert.match(await outcome.innerText(), /Approved at once/)
    await page.getByLabel(/Store credit, with a 5% bonus/).check()
    await page.waitForFunction(() =>
      /Store credit bonus/.test(
        document.querySelector('[data-testid="request-outcome"]')
          ?.textContent ?? ""
      )
    )
    const summary = await outcome.innerText()
    assert.match(summary, /Refund\s+€\d+\.\d\d/)
    assert.match(summary, /Store credit bonus\s+\+€\d+\.\d\d/)
    await assertPortalPage(page, "new request")
    await screenshot(page, "portal-member-request", { fullPage: true })

    const sentAt = Date.now() - 1000
    await page.click('[data-testid="request-submit"]')
    await page.waitForURL(/#\/requests\/rr/)
    const status = page.locator('[data-testid="request-status"]')
    await status.waitFor()
    assert.equal(await status.innerText(), "Approved")
    const rma = (await page.locator("h1").innerText()).replace("Return ", "")
    assert.match(rma, /^RMA-/)
    assert.match(
      await page.locator('[data-testid="request-send-by"]').innerText(),
      /Send them by /
    )
    assert.ok(
      (
        await page.locator('[data-testid="request-return-address"]').innerText()
      ).trim().length > 5
    )
    assert.match(
      await page.locator('[data-testid="request-timeline"]').innerText(),
      /Request sent[\s\S]*Approved/
    )
    await page.locator('[data-testid="request-cancel"]').waitFor()
    await assertPortalPage(page, "request status")
    await screenshot(page, "portal-member-status", { fullPage: true })
    const requestUrl = page.url()
    log(`  ${rma} sent and approved at once`)

    // The email about it links to this page of the portal.
    const mail = await waitForMail(
      mailUrl,
      VERA.email,
      new RegExp(`received your return request ${rma}`),
      {
        after: sentAt,
      }
    )
    const requestId = requestUrl.split("#/requests/")[1]
    const link = linksOf(mail.html).find((href) => href.includes("/returns#/"))
    assert.equal(link, `${baseUrl}/returns#/requests/${requestId}`)
    await page.goto(`${baseUrl}/returns#/`)
    await page.goto(link)
    await page.getByRole("heading", { name: `Return ${rma}` }).waitFor()
    log("  the email's link opens the request page")

    // Her resolved dispute, opened from the rating link of its email.
    await page.goto(`${baseUrl}/returns#/`)
    const resolved = page
      .locator('[data-testid="dispute-row"]')
      .filter({ hasText: "Resolved" })
    await resolved.first().waitFor()
    const disputeHref = await resolved
      .first()
      .getByRole("link")
      .getAttribute("href")
    await page.goto(`${baseUrl}/returns${disputeHref}/rate`)
    const rating = page.locator('[data-testid="dispute-rating-form"]')
    await rating.waitFor()
    assert.match(
      await page.locator('[data-testid="dispute-resolution"]').innerText(),
      /Partial refund of €15\.00/
    )
    await rating.locator("label.star").nth(3).click()
    assert.ok(await rating.getByLabel("4 out of 5").isChecked())
    await rating
      .getByLabel("Comment (optional)")
      .fill("Quick and fair, thank you.")
    await assertPortalPage(page, "rate dispute")
    await screenshot(page, "portal-member-rate", { fullPage: true })
    await rating.getByRole("button", { name: "Send rating" }).click()
    await page.locator('[data-testid="dispute-rated"]').waitFor()
    assert.match(
      await page.locator('[data-testid="dispute-rated"]').innerText(),
      /4 out of 5/
    )
    log("  resolved dispute rated 4/5")

    // A phone: one column, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(requestUrl)
    await status.waitFor()
    await assertPortalPage(page, "status on a phone")
    await screenshot(page, "portal-mobile", { fullPage: true })

    // French, as `?lang=fr` or a French browser asks.
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${baseUrl}/returns?lang=fr#/`)
    await page.getByRole("heading", { name: "Vos retours" }).waitFor()
    await page.locator('[data-testid="order-row"]').first().waitFor()
    assert.match(await page.locator("main").innerText(), /Commande n° \d+/)
    await assertPortalPage(page, "French")
    await screenshot(page, "portal-fr")

    await exchange(page, baseUrl, log)
    assert.deepEqual(errors, [], "no script errors")
  } finally {
    await browser.close()
  }
}

/**
 * Issue 16: Vera exchanges her last Merino M for an S instead of a refund,
 * after a look at "Exchange for something else" (a search within what
 * she paid).
 * The merchant has just lowered the S to €79 (€94.80 with VAT), so the
 * €106.80 she paid leaves €12.00 to refund: the portal shows the S with
 * its price and stock, the difference from the preview, and the request
 * page shows the exchange. The S's price goes back afterwards.
 */
const exchange = async (page, baseUrl, log) => {
  // The admin API with a token: the dashboard's pages are not needed here.
  const auth = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = await auth.json()
  const adminFetch = async (path, body) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: body ? "POST" : "GET",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    assert.ok(res.ok, `${path}: ${res.status} ${await res.clone().text()}`)
    return await res.json()
  }
  const {
    products: [merino],
  } = await adminFetch(
    "/admin/products?handle=merino-crew&fields=id,variants.id,variants.title"
  )
  const small = merino.variants.find((v) => v.title === "S")
  const setPrice = (amount) =>
    adminFetch(`/admin/products/${merino.id}/variants/${small.id}`, {
      prices: [{ currency_code: "eur", amount }],
    })
  await setPrice(79)
  try {
    await page.goto(`${baseUrl}/returns#/`)
    await page
      .locator('[data-testid="order-row"]')
      .filter({ hasText: "Merino Crew Sweater" })
      .getByRole("link", { name: /Return items/ })
      .click()
    const item = page
      .locator('[data-testid="return-item"]')
      .filter({ hasText: "Variant: M" })
    await item.waitFor()
    await item.getByLabel("Return this item").check()
    await item.getByLabel("Reason").selectOption({ label: "Too small" })

    // Something else first: a search of anything in stock up to what she
    // paid (€106.80), each result with its price with tax and stock.
    await item.getByLabel("Exchange for something else").check()
    const results = item.locator('[data-testid="exchange-any-option"]')
    await results.first().waitFor()
    assert.match(
      await item.locator('[data-testid="exchange-any"]').innerText(),
      /up to €106\.80 per item/
    )
    for (const text of await results.allInnerTexts()) {
      const price = Number(/€(\d+\.\d\d)/.exec(text)?.[1])
      assert.ok(price > 0 && price <= 106.8, text)
      assert.match(text, /Variant: .+\n.*€\d+\.\d\d · \d+ in stock/)
    }
    await item.getByLabel("Search our products").fill("merino")
    await page.waitForFunction(
      () =>
        [
          ...document.querySelectorAll('[data-testid="exchange-any-option"]'),
        ].every((el) => /Merino/.test(el.textContent)),
      undefined,
      { timeout: 10_000 }
    )
    await assertPortalPage(page, "exchange for something else")
    await screenshot(page, "portal-exchange-any", { fullPage: true })

    await item.getByLabel("Exchange for another size/colour").check()
    const select = item.getByLabel("New size or colour")
    const option = select.locator("option", { hasText: /^S · / })
    assert.match(await option.innerText(), /^S · €94\.80 · \d+ in stock$/)
    await select.selectOption(await option.getAttribute("value"))

    await page.waitForSelector('[data-testid="exchange-difference"]')
    const outcome = page.locator('[data-testid="request-outcome"]')
    assert.equal(await outcome.getAttribute("data-outcome"), "auto_approve")
    const summary = await outcome.innerText()
    assert.match(summary, /Value of the returned items\s+€106\.80/)
    assert.match(summary, /1 × Merino Crew Sweater S\s+€94\.80/)
    assert.equal(
      await page.locator('[data-testid="exchange-difference"]').innerText(),
      "We refund €12.00"
    )
    assert.match(
      await page.locator("#refund").innerText(),
      /difference in your favour goes back to your original payment method/
    )
    await assertPortalPage(page, "exchange request")
    await screenshot(page, "portal-exchange", { fullPage: true })

    await page.click('[data-testid="request-submit"]')
    await page.waitForURL(/#\/requests\/rr/)
    const status = page.locator('[data-testid="request-status"]')
    await status.waitFor()
    assert.equal(await status.innerText(), "Approved")
    const items = await page.locator("#items").innerText()
    assert.match(items, /Exchanged for Merino Crew Sweater S · €94\.80/)
    assert.doesNotMatch(items, /Too small · €/, "no per-item refund")
    const shown = await page.locator("#exchange").innerText()
    assert.match(shown, /1 × Merino Crew Sweater S\s+€94\.80/)
    assert.match(shown, /We refund €12\.00/)
    assert.match(shown, /ships once we receive the returned one/)
    await assertPortalPage(page, "exchange status")
    await screenshot(page, "portal-exchange-status", { fullPage: true })
    log("  Merino M exchanged for an S, €12.00 to refund")
  } finally {
    await setPrice(89)
  }
}
