// Shared pieces of the return portal's browser tests: what every page must
// be (rendered, readable, fits the screen), the mail catcher, and a photo.
import assert from "node:assert/strict"
import zlib from "node:zlib"
import { sizeOf } from "./lib.mjs"

/**
 * Every portal page: a heading of real size, no text under WCAG AA contrast
 * (4.5:1) and nothing wider than the screen.
 */
export const assertPortalPage = async (page, where) => {
  const heading = await sizeOf(page, "h1")
  assert.ok(heading.height >= 20 && heading.width >= 100, `${where}: h1 size`)
  const problems = await page.evaluate(() => {
    const rgb = (value) => {
      const m = value.match(/rgba?\(([^)]+)\)/)
      if (!m) {
        return null
      }
      const [r, g, b, a = 1] = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number)
      return { r, g, b, a }
    }
    const luminance = ({ r, g, b }) => {
      const c = [r, g, b].map((v) => {
        v /= 255
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    }
    const background = (el) => {
      for (let node = el; node; node = node.parentElement) {
        const bg = rgb(getComputedStyle(node).backgroundColor)
        if (bg && bg.a > 0.5) {
          return bg
        }
      }
      return { r: 255, g: 255, b: 255, a: 1 }
    }
    const found = []
    for (const el of document.querySelectorAll("main *, header *")) {
      const own = [...el.childNodes].some(
        (n) => n.nodeType === 3 && n.textContent.trim()
      )
      const box = el.getBoundingClientRect()
      if (!own || box.width === 0 || getComputedStyle(el).opacity < 0.9) {
        continue
      }
      if (el.closest("button:disabled")) {
        continue
      }
      const fg = rgb(getComputedStyle(el).color)
      const [l1, l2] = [luminance(fg), luminance(background(el))].sort(
        (a, b) => b - a
      )
      const ratio = (l1 + 0.05) / (l2 + 0.05)
      if (ratio < 4.5) {
        found.push(
          `"${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`
        )
      }
    }
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(
        `page ${document.documentElement.scrollWidth}px wide on a ${width}px screen`
      )
    }
    for (const control of document.querySelectorAll(
      "main input, main select, main textarea"
    )) {
      if (control.type === "hidden" || control.closest(".star")) {
        continue
      }
      const labelled =
        control.labels?.length || control.getAttribute("aria-label")
      if (!labelled) {
        found.push(`control without a label: ${control.outerHTML.slice(0, 60)}`)
      }
    }
    return found
  })
  assert.deepEqual(problems, [], `${where}: contrast, width, labels`)
}

/** The newest caught email to `to` whose subject matches, with its HTML. */
export const waitForMail = async (mailUrl, to, subject, { after = 0 } = {}) => {
  for (let i = 0; i < 60; i++) {
    const { data } = await (await fetch(`${mailUrl}/emails`)).json()
    const hit = data.find(
      (m) =>
        m.to.includes(to) &&
        subject.test(m.subject) &&
        new Date(m.created_at).getTime() >= after
    )
    if (hit) {
      const html = await (await fetch(`${mailUrl}/emails/${hit.id}`)).text()
      return { ...hit, html }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no email to ${to} matching ${subject}`)
}

/** The hrefs of an email's links, `&amp;` decoded. */
export const linksOf = (html) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"))

/** A `width`×`height` PNG, `top` colour over `bottom`: a photo stand-in. */
export const photoPng = (width, height, top, bottom) => {
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
  header.set([8, 2, 0, 0, 0], 8)
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
