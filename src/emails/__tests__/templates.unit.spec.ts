import { renderTemplate, templateNames, templates, type TemplateName } from ".."
import { excerpt, safeUrl } from "../format"
import { resolveStrings } from "../i18n"
import { sampleData } from "../samples"

/** Intl puts narrow/no-break spaces in French amounts and dates. */
const spaces = (value: string) => value.replace(/[\u00a0\u202f]/g, " ")

const expectations: Record<
  TemplateName,
  { subject: string; values: string[] }
> = {
  "return-request-received": {
    subject: "We received your return request RMA-1001",
    values: [
      "RMA-1001",
      "#1042",
      "Linen shirt",
      "M / Sand",
      "Too small",
      "Pack the items",
    ],
  },
  "return-approved": {
    subject: "Your return RMA-1001 is approved",
    values: [
      "RMA-1001",
      "6A12345678901",
      "Colissimo",
      "March 14, 2025",
      "https://shop.example.com/returns/RMA-1001/label.pdf",
      "https://tracking.example.com/6A12345678901",
    ],
  },
  "return-pending-review": {
    subject: "Your return RMA-1002 is being reviewed",
    values: ["RMA-1002", "return window for one item", "March 10, 2025"],
  },
  "return-rejected": {
    subject: "Update on your return RMA-1003",
    values: [
      "RMA-1003",
      "Personalised items cannot be returned.",
      "March 21, 2025",
      "https://shop.example.com/account/returns/RMA-1003/dispute",
    ],
  },
  "return-items-received": {
    subject: "We received the items for return RMA-1001",
    values: [
      "RMA-1001",
      "Accepted",
      "1 of 2 accepted",
      "One tote shows ink stains",
    ],
  },
  "refund-issued": {
    subject: "€42.50 in store credit has been added to your account",
    values: ["RMA-1001", "€42.50", "€4.25", "€46.75", "Store credit"],
  },
  "dispute-opened": {
    subject: "We received your dispute about return RMA-1003",
    values: ["RMA-1003", "DSP-0007", "March 12, 2025", "standard label"],
  },
  "dispute-staff-reply": {
    subject: "New reply about your return RMA-1003",
    values: ["Léa from Customer Care replied", "Thank you for the photos"],
  },
  "dispute-resolved": {
    subject: "Your dispute about return RMA-1003 is resolved",
    values: [
      "Resolved in your favour",
      "prepaid label was sent",
      "/feedback/DSP-0007",
    ],
  },
  "loyalty-tier-changed": {
    subject: "Welcome to Gold!",
    values: ["Silver", "Gold", "Free returns on every order", "2,450"],
  },
  "reward-redeemed": {
    subject: "Your reward: €10 voucher",
    values: ["LUMI-7K2P-9QX", "€10.00", "June 30, 2025", "1,000 points"],
  },
  "points-expiring": {
    subject: "1,250 points expire on April 1, 2025",
    values: ["1,250", "April 1, 2025", "3,400"],
  },
  "csr-receipt": {
    subject: "Receipt for your return RMA-1004",
    values: [
      "RMA-1004",
      "Hugo Martin registered this return for you by phone.",
      "€39.00",
      "€12.50",
      "€51.50",
      "-€4.95",
      "€46.55",
      "Original payment method",
    ],
  },
}

describe("resend email templates", () => {
  it("has sample data and expectations for every template", () => {
    expect(Object.keys(sampleData).sort()).toEqual([...templateNames].sort())
    expect(Object.keys(expectations).sort()).toEqual([...templateNames].sort())
  })

  describe.each(templateNames)("%s", (name) => {
    it("renders its sample data into subject, html and text", async () => {
      const email = await renderTemplate(name, sampleData[name])

      expect(email.subject).toBe(expectations[name].subject)
      expect(email.subject).toBe(
        templates[name].subject(sampleData[name] as never)
      )
      expect(email.html).toContain('<html dir="ltr" lang="en">')
      for (const value of [...expectations[name].values, "Maison Lumière"]) {
        expect(email.html).toContain(value)
        expect(email.text).toContain(value)
      }
      // Layout: greeting, logo, footer with the reason for the email.
      expect(email.text).toContain("Hi Camille,")
      expect(email.html).toContain(
        "https://cdn.example.com/maison-lumiere/logo.png"
      )
      expect(email.text).toMatch(/You are receiving this email because/)
      expect(email.text).toContain("care@example.com")
      expect(email.text).not.toMatch(/undefined|null|NaN|\[object Object\]/)
    })
  })

  it("translates layout and templates to French", async () => {
    const refund = await renderTemplate("refund-issued", {
      ...sampleData["refund-issued"],
      locale: "fr-FR",
    })
    expect(spaces(refund.subject)).toBe(
      "Un avoir de 42,50 € a été ajouté à votre compte"
    )
    expect(refund.html).toContain('lang="fr"')
    expect(spaces(refund.text)).toContain("Montant remboursé")
    expect(spaces(refund.text)).toContain("42,50 €")
    expect(spaces(refund.text)).toContain("46,75 €")
    expect(refund.text).toContain("Bonjour Camille,")
    expect(refund.text).toContain("Vous recevez cet e-mail parce que")
    expect(refund.text).not.toContain("Refund amount")

    const approved = await renderTemplate("return-approved", {
      ...sampleData["return-approved"],
      locale: "fr_FR",
    })
    expect(approved.subject).toBe("Votre retour RMA-1001 est accepté")
    expect(approved.text).toContain("Numéro de suivi")
    expect(approved.text).toContain("6A12345678901")
    expect(spaces(approved.text)).toContain("14 mars 2025")

    const received = await renderTemplate("return-request-received", {
      ...sampleData["return-request-received"],
      locale: "fr",
    })
    expect(received.subject).toBe(
      "Nous avons bien reçu votre demande de retour RMA-1001"
    )
    expect(received.text).toContain("Numéro de retour")
  })

  it("falls back to English, layout included, when a template is not translated", async () => {
    const email = await renderTemplate("points-expiring", {
      ...sampleData["points-expiring"],
      locale: "fr-FR",
    })
    expect(email.subject).toBe("1,250 points expire on April 1, 2025")
    expect(email.html).toContain('lang="en"')
    expect(email.text).toContain("Hi Camille,")

    const german = await renderTemplate("return-approved", {
      ...sampleData["return-approved"],
      locale: "de-DE",
    })
    expect(german.subject).toBe("Your return RMA-1001 is approved")
  })

  it("keeps English strings with the recipient's English locale for dates", () => {
    expect(resolveStrings("en-GB", "return-approved").locale).toBe("en-GB")
    expect(resolveStrings("not a locale!", "return-approved").locale).toBe("en")
  })

  it("throws a clear error for an unknown template", async () => {
    await expect(renderTemplate("order-placed", {})).rejects.toThrow(
      /unknown template "order-placed"\. Known templates: return-request-received/
    )
  })

  it("throws naming the missing data instead of rendering a broken email", async () => {
    await expect(
      renderTemplate("return-approved", { store: { name: "" }, locale: "en" })
    ).rejects.toThrow(
      'template "return-approved" is missing data: rma_number, store.name'
    )
  })

  it("drops non-http links and renders store name when there is no logo", async () => {
    const email = await renderTemplate("return-rejected", {
      ...sampleData["return-rejected"],
      store: { name: "Plain Store" },
      dispute_url: "javascript:alert(1)",
    })
    expect(email.html).not.toContain("javascript:")
    expect(email.text).toContain(
      "Reply to this email to dispute this decision."
    )
    expect(email.html).not.toContain("<img")
    expect(email.text).toContain("Plain Store")
  })

  it("words the next steps by whether the request was approved as made", async () => {
    const { instructions: _given, ...data } =
      sampleData["return-request-received"]
    const held = await renderTemplate("return-request-received", data)
    expect(held.text).toContain("as soon as your request is reviewed")
    const approved = await renderTemplate("return-request-received", {
      ...data,
      approved: true,
    })
    expect(approved.text).toContain("Your return is already approved")
    expect(approved.text).not.toContain("as soon as your request is reviewed")
  })

  it("gives a generic rejection reason when staff left none", async () => {
    const email = await renderTemplate("return-rejected", {
      ...sampleData["return-rejected"],
      reason: null,
    })
    expect(email.text).toContain("The request does not meet our return policy.")
  })

  it("names the order of a dispute without a return", async () => {
    const { rma_number: _rma, ...data } = sampleData["dispute-opened"]
    const opened = await renderTemplate("dispute-opened", {
      ...data,
      order_display_id: 1042,
    })
    expect(opened.subject).toBe("We received your dispute about order #1042")
    expect(opened.text).toContain("#1042")
    expect(opened.text).toContain("DSP-0007")

    const reply = await renderTemplate("dispute-staff-reply", {
      ...sampleData["dispute-staff-reply"],
      rma_number: null,
      order_display_id: 1042,
    })
    expect(reply.subject).toBe("New reply about your order #1042")

    const resolved = await renderTemplate("dispute-resolved", {
      ...sampleData["dispute-resolved"],
      rma_number: null,
      order_display_id: null,
    })
    expect(resolved.subject).toBe(
      "Your dispute about case DSP-0007 is resolved"
    )
  })

  it("shows the code of store credit issued as a promotion", async () => {
    const email = await renderTemplate("refund-issued", {
      ...sampleData["refund-issued"],
      store_credit_code: "RMA-CREDIT-7KQ2",
    })
    expect(email.text).toContain("Code to use at checkout")
    expect(email.text).toContain("RMA-CREDIT-7KQ2")
    const card = await renderTemplate("refund-issued", {
      ...sampleData["refund-issued"],
      method: "original_payment",
      store_credit_code: "RMA-CREDIT-7KQ2",
    })
    expect(card.text).not.toContain("RMA-CREDIT-7KQ2")
  })

  it("shortens long messages and rejects unsafe URLs", () => {
    const long = "word ".repeat(200)
    expect(excerpt(long).length).toBeLessThanOrEqual(281)
    expect(excerpt(long).endsWith("…")).toBe(true)
    expect(safeUrl("https://example.com/a")).toBe("https://example.com/a")
    expect(safeUrl("data:text/html,hi")).toBeUndefined()
  })
})
