// Shared pieces of the browser tests: Debian's Chromium driven by
// playwright-core (never a downloaded browser), the demo admin's login, and
// screenshots into docs/screenshots.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright-core"

export const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  ".."
)
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
export const ADMIN = { email: "admin@medusa-test.com", password: "supersecret" }

export const launch = async () => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      // This machine has no outside network: Chromium's own background
      // traffic would only fail, many connections at a time.
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
  })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  return { browser, page }
}

export const login = async (page, baseUrl) => {
  await page.goto(`${baseUrl}/app/login`, { waitUntil: "domcontentloaded" })
  await page.fill('input[name="email"]', ADMIN.email)
  await page.fill('input[name="password"]', ADMIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), {
    timeout: 120_000,
  })
}

export const screenshot = async (page, name, { fullPage = false } = {}) => {
  const dir = path.join(root, "docs", "screenshots")
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.png`)
  await page.screenshot({ path: file, fullPage })
  return file
}

/** Calls the admin API with the browser's session cookie. */
export const adminApi = async (page, baseUrl, pathAndQuery) => {
  const res = await page.request.get(`${baseUrl}${pathAndQuery}`)
  if (!res.ok()) {
    throw new Error(`${pathAndQuery}: ${res.status()} ${await res.text()}`)
  }
  return await res.json()
}

/**
 * Class names on the page that no stylesheet rule uses. The dashboard's CSS
 * ships only the utility classes it uses itself, so a plugin class outside
 * that set (h-56, h-[560px], grid-cols-[8rem_1fr]) silently does nothing.
 */
export const unstyledClasses = async (page, root = "main") =>
  page.evaluate((rootSelector) => {
    const known = new Set()
    const walk = (rules) => {
      for (const rule of rules) {
        if (rule.selectorText) {
          for (const m of rule.selectorText.matchAll(/\.((?:\\.|[\w-])+)/g)) {
            known.add(m[1].replace(/\\(.)/g, "$1"))
          }
        }
        if (rule.cssRules) {
          walk(rule.cssRules)
        }
      }
    }
    for (const sheet of document.styleSheets) {
      try {
        walk(sheet.cssRules)
      } catch {
        // a cross-origin sheet: not the dashboard's
      }
    }
    const missing = new Set()
    for (const el of document.querySelectorAll(`${rootSelector} [class]`)) {
      for (const c of el.classList) {
        // Markers, not utilities (group/peer names), and @medusajs/ui's own
        // pseudo-element and arbitrary-variant classes this parser skips.
        if (/^(group|peer)(\/|$)|after:|^\[&/.test(c)) {
          continue
        }
        if (!known.has(c)) {
          missing.add(c)
        }
      }
    }
    return [...missing]
  }, root)

/** The rendered size of the first element matching `selector`. */
export const sizeOf = async (page, selector) => {
  const box = await page.locator(selector).first().boundingBox()
  if (!box) {
    throw new Error(`${selector} is not rendered`)
  }
  return box
}

/**
 * Controls that don't fit: buttons and select triggers whose label wraps
 * onto a second line or is cut, and inputs whose placeholder is cut.
 */
export const crampedControls = async (page, root = "main") =>
  page.evaluate((rootSelector) => {
    const canvas = document.createElement("canvas").getContext("2d")
    const problems = []
    for (const el of document.querySelectorAll(
      `${rootSelector} button, ${rootSelector} [role=combobox]`
    )) {
      const text = el.textContent.trim()
      const box = el.getBoundingClientRect()
      if (!text || box.width === 0) {
        continue
      }
      // A button laid out in lines on purpose (a title over a subtitle)
      // is only checked for being cut.
      const stacked = [...el.querySelectorAll("*")].some(
        (child) =>
          ["block", "flex", "grid"].includes(getComputedStyle(child).display) &&
          child.textContent.trim()
      )
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20
      const contentHeight = el.clientHeight - 2
      if (
        (!stacked && contentHeight > lineHeight * 1.8) ||
        el.scrollWidth > el.clientWidth + 1
      ) {
        problems.push(`button "${text}" (${Math.round(box.width)} px)`)
      }
    }
    for (const input of document.querySelectorAll(
      `${rootSelector} input[placeholder]`
    )) {
      const style = getComputedStyle(input)
      if (!input.placeholder || input.value || input.clientWidth === 0) {
        continue
      }
      canvas.font = style.font
      const needed =
        canvas.measureText(input.placeholder).width +
        parseFloat(style.paddingLeft) +
        parseFloat(style.paddingRight)
      if (needed > input.clientWidth + 1) {
        problems.push(`placeholder "${input.placeholder}"`)
      }
    }
    return problems
  }, root)
