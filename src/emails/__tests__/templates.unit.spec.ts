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
      // What comes back once the items are received.
      "What you get back once we have received your items",
      "€49.00",
      "-€4.95",
      "Restocking fee",
      "-€2.45",
      "Total refund",
      "€41.60",
    ],
  },
  "return-in-transit": {
    subject: "Your return RMA-1001 is on its way",
    values: [
      "RMA-1001",
      "Colissimo",
      "6A12345678901",
      "https://tracking.example.com/6A12345678901",
      "Linen shirt",
    ],
  },
  "return-delivered": {
    subject: "Your return RMA-1001 has reached our warehouse",
    values: ["RMA-1001", "6A12345678901", "delivered to our warehouse"],
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
  "exchange-approved": {
    subject: "Your exchange RMA-1004 is approved",
    values: [
      "Merino Crew Sweater L",
      "please pay the difference of €12.00",
      "We ship the new item now",
    ],
  },
  "exchange-shipped": {
    subject: "The new item for exchange RMA-1004 is on its way",
    values: ["Merino Crew Sweater L", "TRK123456"],
  },
  "exchange-received": {
    subject: "We received the item you sent back for exchange RMA-1004",
    values: ["Merino Crew Sweater", "Your new item is already on its way."],
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
    subject: "€46.75 in store credit has been added to your account",
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
      "Partly resolved in your favour",
      "Amount refunded",
      "€24.50",
      "We refunded €24.50.",
      "the scarf had the standard label after all",
      "/feedback/DSP-0007",
    ],
  },
  "loyalty-tier-changed": {
    subject: "Welcome to Gold!",
    values: [
      "Your membership tier changed from Silver to Gold.",
      "Free returns on every order",
      "2,450 points available and 300 pending",
    ],
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
  "guest-access-code": {
    subject: "Your return code for order #1042",
    values: ["482913", "#1042", "expires in 15 minutes"],
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
      "Un avoir de 46,75 € a été ajouté à votre compte"
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
    expect(approved.text).toContain("Frais de remise en stock")
    expect(spaces(approved.text)).toContain("41,60 €")
    expect(spaces(approved.text)).toContain("14 mars 2025")

    const received = await renderTemplate("return-request-received", {
      ...sampleData["return-request-received"],
      locale: "fr",
    })
    expect(received.subject).toBe(
      "Nous avons bien reçu votre demande de retour RMA-1001"
    )
    expect(received.text).toContain("Numéro de retour")

    const code = await renderTemplate("guest-access-code", {
      ...sampleData["guest-access-code"],
      locale: "fr",
    })
    expect(code.subject).toBe("Votre code de retour pour la commande #1042")
    expect(code.text).toContain("482913")
    expect(code.text).toContain("expire dans 15 minutes")
    expect(code.text).toContain("portail de retours avec cette adresse")
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
    // Why the customer gets it: a dispute, not "about a return".
    expect(opened.text).toContain(
      "because you opened a dispute with Maison Lumière."
    )

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

  describe("says what the customer gets (issue 12)", () => {
    it("store credit: the subject and body say the credited total, refund plus bonus", async () => {
      const email = await renderTemplate("refund-issued", {
        ...sampleData["refund-issued"],
        amount: 106.8,
        store_credit_bonus: 16.02,
      })
      expect(email.subject).toBe(
        "€122.82 in store credit has been added to your account"
      )
      expect(email.text).toContain("Refund amount")
      expect(email.text).toContain("€106.80")
      expect(email.text).toContain("Store credit bonus")
      expect(email.text).toContain("€16.02")
      expect(email.text).toContain("Total store credit")
      expect(email.text).toContain("€122.82")

      const card = await renderTemplate("refund-issued", {
        ...sampleData["refund-issued"],
        method: "original_payment",
        amount: 106.8,
        store_credit_bonus: 16.02,
      })
      expect(card.subject).toBe("Your refund of €106.80 is on its way")
      expect(card.text).not.toContain("€122.82")
    })

    it("dispute resolved: the amount and the outcome stay when staff add a note", async () => {
      const base = {
        ...sampleData["dispute-resolved"],
        outcome: "partially_accepted" as const,
        resolution: "We refunded €12.50.",
        refund_amount: 12.5,
        currency_code: "eur",
      }
      const withNote = await renderTemplate("dispute-resolved", {
        ...base,
        note: "Sorry for the wait, the warehouse confirmed the damage.",
      })
      const withoutNote = await renderTemplate("dispute-resolved", {
        ...base,
        note: null,
      })
      for (const email of [withNote, withoutNote]) {
        expect(email.text).toContain("Partly resolved in your favour")
        expect(email.text).toContain("We refunded €12.50.")
        expect(email.text).toMatch(/Amount refunded\s+€12\.50/)
        expect(email.text).toContain("5 to 10 business days")
      }
      expect(withNote.text).toContain(
        "A note from our team: Sorry for the wait, the warehouse confirmed the damage."
      )
      expect(withoutNote.text).not.toContain("A note from our team")

      const rejected = await renderTemplate("dispute-resolved", {
        ...sampleData["dispute-resolved"],
        outcome: "declined",
        resolution: "After reviewing your case, our original decision stands.",
        refund_amount: null,
        note: null,
      })
      expect(rejected.text).toContain("Original decision upheld")
      expect(rejected.text).not.toContain("Amount refunded")
      expect(rejected.text).not.toContain("business days")
    })

    it("tier: a first tier is reached, not changed from a made-up tier", async () => {
      const first = await renderTemplate("loyalty-tier-changed", {
        ...sampleData["loyalty-tier-changed"],
        from_tier: null,
        to_tier: "Member",
      })
      expect(first.subject).toBe("Welcome to Member!")
      expect(first.text).toContain("You have reached the Member tier.")
      expect(first.text).not.toMatch(/changed from/)

      const lost = await renderTemplate("loyalty-tier-changed", {
        ...sampleData["loyalty-tier-changed"],
        from_tier: "Gold",
        to_tier: null,
        direction: "down",
        benefits: [],
      })
      expect(lost.subject).toBe("Your membership tier has ended")
      expect(lost.text).toContain("Your Gold tier has ended")
      expect(lost.text).not.toMatch(/null|undefined/)
    })

    it("tier: the balance shows pending points next to the available ones", async () => {
      const pending = await renderTemplate("loyalty-tier-changed", {
        ...sampleData["loyalty-tier-changed"],
        points_balance: 0,
        points_pending: 1250,
      })
      expect(pending.text).toContain(
        "Your balance: 0 points available and 1,250 pending"
      )
      const none = await renderTemplate("loyalty-tier-changed", {
        ...sampleData["loyalty-tier-changed"],
        points_balance: 80,
        points_pending: 0,
      })
      expect(none.text).toContain("Your balance: 80 points.")
    })

    it("approved: no return address means no promise of one", async () => {
      const noAddress = {
        ...sampleData["return-approved"],
        return_shipping: {
          method: "Drop-off",
          label_url: null,
          tracking_url: null,
          address: null,
        },
      }
      const withSupport = await renderTemplate("return-approved", noAddress)
      expect(withSupport.text).not.toContain("return address")
      expect(withSupport.text).toContain(
        "Write to us at care@example.com and we will tell you where to send the parcel."
      )

      const noSupport = await renderTemplate("return-approved", {
        ...noAddress,
        store: { name: "Maison Lumière" },
      })
      expect(noSupport.text).not.toContain("return address")
      expect(noSupport.text).not.toContain("Write to us")

      const withAddress = await renderTemplate("return-approved", {
        ...noAddress,
        return_shipping: { label_url: null, address: "12 rue des Lilas" },
      })
      expect(withAddress.text).toContain(
        "No label is needed: send the parcel to the return address."
      )
      expect(withAddress.text).toMatch(/Return address\s+12 rue des Lilas/)
    })

    it("CSR receipt: the credited total of the PDF and the form, and no agent login", async () => {
      const email = await renderTemplate("csr-receipt", {
        ...sampleData["csr-receipt"],
        csr_name: null,
        refund: {
          currency_code: "eur",
          method: "store_credit",
          items_total: 89.4,
          return_shipping_fee: 6,
          restocking_fee: 0,
          store_credit_bonus: 8.34,
          total: 83.4,
          credited_total: 91.74,
        },
      })
      expect(email.text).toContain(
        "Our customer service team registered this return for you by phone."
      )
      expect(email.text).toMatch(/Refund\s+€83\.40/)
      expect(email.text).toMatch(/Store credit bonus\s+€8\.34/)
      expect(email.text).toMatch(/Total store credit\s+€91\.74/)
      expect(email.text).not.toContain("Total refund")

      // Without a credited_total (older data), refund plus bonus.
      const computed = await renderTemplate("csr-receipt", {
        ...sampleData["csr-receipt"],
        refund: {
          currency_code: "eur",
          method: "store_credit",
          items_total: 89.4,
          return_shipping_fee: 6,
          store_credit_bonus: 8.34,
          total: 83.4,
        },
      })
      expect(computed.text).toMatch(/Total store credit\s+€91\.74/)
    })

    it("staff reply without a storefront: the whole message, no sign-in hint", async () => {
      const message = `${"A long and careful answer. ".repeat(20)}The end.`
      const email = await renderTemplate("dispute-staff-reply", {
        ...sampleData["dispute-staff-reply"],
        message,
        dispute_url: null,
        store: { name: "Maison Lumière" },
      })
      expect(email.text).toContain("The end.")
      expect(email.text).not.toMatch(/sign in/i)
      expect(email.text).not.toContain("Read and reply")
      expect(email.html).not.toContain("<a")

      const linked = await renderTemplate("dispute-staff-reply", {
        ...sampleData["dispute-staff-reply"],
        message,
      })
      expect(linked.text).toContain("Sign in to your account")
      expect(linked.text).not.toContain("The end.")
    })
  })
})
