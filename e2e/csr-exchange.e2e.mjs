// An exchange from the CSR form on the order page. The demo policies allow
// exchanges and the Merino S costs €99 today (M and L €89): the CSR picks
// Sam's Merino L, looks at "Exchange for something else" (a search of any
// product within the line's credit), chooses "Exchange", sees the other
// sizes with price and stock, picks the S and reads the difference the customer pays, live; the
// submit answers the RMA number, the new size, the payment due and Medusa's
// exchange, which the admin API lists for the order.
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

const euro = (n) => `€${n.toFixed(2)}`

export default async ({ baseUrl, log }) => {
  const { browser, page } = await launch()
  try {
    await login(page, baseUrl)
    const { orders } = await adminApi(
      page,
      baseUrl,
      "/admin/orders?limit=50&fields=id,display_id,customer_id,*items,items.detail.fulfilled_quantity"
    )
    // A returnable line with an option dearer than what was paid, so the
    // difference is not zero. Shipped lines only: Medusa returns nothing
    // unfulfilled, such as the new item of the seeded exchange.
    let target = null
    for (const order of orders.filter((o) => o.customer_id)) {
      const eligibility = await adminApi(
        page,
        baseUrl,
        `/admin/return-requests/eligibility?order_id=${order.id}`
      )
      assert.equal(eligibility.exchange.allowed, true, "demo allows exchanges")
      for (const line of eligibility.lines) {
        const item = order.items.find((i) => i.id === line.line_item_id)
        const option = (eligibility.exchange.options[line.line_item_id] ?? [])
          .filter((o) => o.unit_price > Number(item.unit_price))
          .at(0)
        const shipped = Number(item.detail?.fulfilled_quantity ?? 0) > 0
        if (
          line.eligible &&
          line.returnable_quantity > 0 &&
          shipped &&
          option
        ) {
          target ??= { order, line, item, option }
        }
      }
    }
    assert.ok(target, "a seeded order has a line with a dearer variant")
    const { order, line, item, option } = target
    const id = line.line_item_id
    log(
      `  order #${order.display_id}: ${item.title} ${item.variant_title} → ${option.title}`
    )

    // The server's figure for the same choice, to compare with the form.
    const previewRes = await page.request.post(
      `${baseUrl}/admin/return-requests/preview`,
      {
        data: {
          order_id: order.id,
          items: [
            {
              line_item_id: id,
              quantity: 1,
              reason_code: "TOO_SMALL",
              exchange: { variant_id: option.variant_id, mode: "same_product" },
            },
          ],
        },
      }
    )
    assert.ok(previewRes.ok(), `preview: ${previewRes.status()}`)
    const { exchange: planned } = (await previewRes.json()).preview
    assert.ok(
      planned.allowed && planned.difference > 0,
      JSON.stringify(planned)
    )
    const pays = `Customer pays ${euro(planned.difference)}`

    await page.goto(`${baseUrl}/app/orders/${order.id}`, {
      waitUntil: "domcontentloaded",
    })
    await page.click('[data-testid="csr-return-open"]')
    await page.waitForSelector('[data-testid="csr-form"]')
    await page.click(`[data-testid="csr-line-select-${id}"]`)
    await page.click(`[data-testid="csr-line-reason-${id}"]`)
    await page.click('[data-testid="csr-reason-option-TOO_SMALL"]')

    // Refund / Exchange, side by side, each a real radio with its label.
    const refundRadio = `[data-testid="csr-line-remedy-refund-${id}"]`
    const exchangeRadio = `[data-testid="csr-line-remedy-exchange-${id}"]`
    for (const radio of [refundRadio, exchangeRadio]) {
      const box = await sizeOf(page, radio)
      assert.ok(
        box.width >= 12 && box.height >= 12,
        `${radio}: ${JSON.stringify(box)}`
      )
    }
    const remedy = await page.textContent(
      `[data-testid="csr-line-remedy-${id}"]`
    )
    assert.match(
      remedy,
      /Refund.*Exchange for another variant.*Exchange for something else/
    )

    // Something else: a search of any product within the line's credit,
    // as the admin route answers it; then back to the other sizes.
    await page.click(`[data-testid="csr-line-remedy-exchange_any-${id}"]`)
    const anyOption = '[data-testid="csr-any-exchange-option"]'
    await page.waitForSelector(anyOption)
    const found = await adminApi(
      page,
      baseUrl,
      `/admin/return-requests/exchange-variants?order_id=${order.id}&line_item_id=${id}&limit=10`
    )
    assert.ok(found.exchange_variants.length > 0, JSON.stringify(found))
    const first = found.exchange_variants[0]
    assert.ok(first.unit_total <= found.credit, JSON.stringify(first))
    assert.equal(
      (await page.locator(anyOption).first().textContent()).trim(),
      `${first.product_title} ${first.title} · ${euro(first.unit_total)} · ${
        first.available === null
          ? "stock not tracked"
          : `${first.available} in stock`
      }`
    )
    const word = first.product_title.split(" ")[0]
    await page.fill(`[data-testid="csr-line-any-exchange-q-${id}"]`, word)
    await page.waitForFunction(
      ([selector, text]) =>
        [...document.querySelectorAll(selector)].every((el) =>
          el.textContent.toLowerCase().includes(text.toLowerCase())
        ),
      [anyOption, word]
    )
    const anyModal = '[data-testid="csr-return-modal"]'
    assert.deepEqual(await unstyledClasses(page, anyModal), [])
    assert.deepEqual(await crampedControls(page, anyModal), [])
    await page
      .locator(`[data-testid="csr-line-${id}"]`)
      .evaluate((el) => el.scrollIntoView({ block: "start" }))
    await screenshot(page, "csr-exchange-any")
    await page.click(exchangeRadio)

    // The variant select lists the other sizes with price and stock.
    const select = `[data-testid="csr-line-exchange-variant-${id}"]`
    await page.waitForSelector(select)
    const selectBox = await sizeOf(page, select)
    assert.ok(
      selectBox.width >= 200 && selectBox.height >= 28,
      `variant select: ${JSON.stringify(selectBox)}`
    )
    await page.click(select)
    const optionEl = `[data-testid="csr-exchange-option-${option.variant_id}"]`
    await page.waitForSelector(optionEl)
    const optionText = (await page.textContent(optionEl)).trim()
    assert.match(
      optionText,
      new RegExp(
        `^${option.title} · ${euro(option.unit_total).replace(".", "\\.")} · \\d+ in stock$`
      )
    )
    assert.ok(
      !(await page
        .locator(`[data-testid="csr-exchange-option-${item.variant_id}"]`)
        .count()),
      "the returned variant is not offered"
    )
    await page.click(optionEl)
    assert.match(
      await page.textContent(select),
      new RegExp(`^${option.title} · `)
    )

    await page.click('[data-testid="csr-contact-confirmed"]')
    // The live preview: the difference, per line and in total.
    await page.waitForFunction(
      (text) =>
        document
          .querySelector(`[data-testid="csr-line-amount-${text.id}"]`)
          ?.textContent.trim() === text.pays,
      { id, pays }
    )
    assert.match(
      await page.innerText('[data-testid="csr-exchange-difference"]'),
      new RegExp(
        `^Customer pays\\s+${euro(planned.difference).replace(".", "\\.")}$`
      )
    )
    assert.equal(
      (await page.textContent(`[data-testid="csr-line-amount-${id}"]`)).trim(),
      pays
    )
    const figures = await page.textContent(
      `[data-testid="csr-exchange-line-${id}"]`
    )
    assert.ok(
      figures.includes(`${item.variant_title} → ${option.title}`),
      figures
    )
    assert.match(
      await page.textContent('[data-testid="csr-preview-shipping"]'),
      /ships when the old one is received|Instant exchange/
    )
    assert.equal(
      await page.locator('[data-testid="csr-refund-method"]').count(),
      0
    )
    assert.equal(
      (await page.textContent('[data-testid="csr-submit"]')).trim(),
      "Create exchange"
    )
    const modal = '[data-testid="csr-return-modal"]'
    assert.deepEqual(await unstyledClasses(page, modal), [])
    assert.deepEqual(await crampedControls(page, modal), [])
    // Taller for the picture only: the line with its choice and the
    // preview's difference on one screen.
    await page.setViewportSize({ width: 1440, height: 1400 })
    await page
      .locator(`[data-testid="csr-line-${id}"]`)
      .evaluate((el) => el.scrollIntoView({ block: "start" }))
    await screenshot(page, "csr-exchange-form")
    await page.setViewportSize({ width: 1440, height: 1000 })

    await page.click('[data-testid="csr-submit"]')
    await page.waitForSelector('[data-testid="csr-result-rma"]')
    const rma = (
      await page.textContent('[data-testid="csr-result-rma"]')
    ).trim()
    assert.match(rma, /^RMA-\d{4}-\d{6}$/)
    const result = await page.textContent('[data-testid="csr-result-exchange"]')
    assert.ok(result.includes(`→ ${option.title}`), result)
    assert.match(
      await page.textContent('[data-testid="csr-result-settlement"]'),
      new RegExp(
        `Payment due: the customer pays ${euro(planned.difference).replace(".", "\\.")}`
      )
    )
    const exchangeIdText = await page.textContent(
      '[data-testid="csr-result-exchange-id"]'
    )
    log(`  created ${rma}: ${exchangeIdText}`)
    assert.equal(
      await page.locator('[data-testid="csr-result-receipt"]').count(),
      0
    )
    await screenshot(page, "csr-exchange-result")

    // Medusa's own exchange, on the order, with the new size.
    const { return_requests } = await adminApi(
      page,
      baseUrl,
      `/admin/return-requests?q=${rma}`
    )
    const exchangeId = return_requests[0].metadata.exchange.exchange_id
    assert.ok(exchangeIdText.includes(exchangeId), exchangeIdText)
    const { exchanges } = await adminApi(
      page,
      baseUrl,
      `/admin/exchanges?order_id=${order.id}&fields=id,order_id,*additional_items`
    )
    const native = exchanges.find((e) => e.id === exchangeId)
    assert.ok(native, `exchange ${exchangeId} on order ${order.id}`)
    assert.equal(native.additional_items.length, 1)
  } finally {
    await browser.close()
  }
}
