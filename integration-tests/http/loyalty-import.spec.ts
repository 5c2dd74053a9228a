import { readFileSync } from "node:fs"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { LOYALTY_PROGRAM_MODULE } from "../../src/modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../src/modules/loyalty-program/service"
import { createAdminHeaders } from "../helpers/auth"
import { waitFor } from "../helpers/wait-for"
import { seedOncePerFile } from "../helpers/shop"

jest.setTimeout(180 * 1000)

const fixture = (name: string) =>
  readFileSync(join(__dirname, "../fixtures/loyalty-import", name), "utf8")

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: (options) => {
    const { api, getContainer } = options
    let admin: Record<string, any>
    let customers: Record<string, { id: string; email: string }>
    let service: LoyaltyProgramModuleService

    seedOncePerFile(options, async () => {
      const container = getContainer()
      ;({ headers: admin } = await createAdminHeaders(container, api))
      service = container.resolve(LOYALTY_PROGRAM_MODULE)
      await service.createLoyaltyTiers([
        { name: "Member", rank: 0 },
        { name: "Silver", rank: 1, min_points: 300 },
        { name: "Gold", rank: 2, min_lifetime_spend: 5000 },
      ])
      // Ben registered with capitals: files match him case-insensitively.
      // Chloé only ever checked out as a guest.
      const [ada, ben, chloe, dan] = await container
        .resolve(Modules.CUSTOMER)
        .createCustomers([
          { email: "ada@example.com", first_name: "Ada", has_account: true },
          { email: "Ben@Example.com", first_name: "Ben", has_account: true },
          { email: "chloe@example.com", first_name: "Chloé" },
          { email: "dan@example.com", first_name: "Dan", has_account: true },
        ])
      customers = { ada, ben, chloe, dan } as typeof customers
    })

    const post = (body: Record<string, unknown>) =>
      api
        .post("/admin/loyalty/imports", body, admin)
        .catch((e: any) => e.response)

    /** Starts an import and waits for it to finish; answers the record. */
    const runImport = async (body: Record<string, unknown>) => {
      const started = await post(body)
      expect(started.status).toEqual(202)
      return await waitFor(async () => {
        const { data } = await api.get(
          `/admin/loyalty/imports/${started.data.import.id}`,
          admin
        )
        return ["completed", "failed"].includes(data.import.status)
          ? data.import
          : null
      }, "the import to finish")
    }

    /** Each customer's balance and tier name, by first name. */
    const balances = async () => {
      const accounts = await service.listLoyaltyAccounts(
        {},
        { relations: ["tier"] }
      )
      return Object.fromEntries(
        Object.entries(customers).map(([name, c]) => {
          const a = accounts.find((x) => x.customer_id === c.id)
          return [
            name,
            a
              ? { points: a.points_available, tier: a.tier?.name ?? null }
              : null,
          ]
        })
      )
    }

    const ledgerCount = async () =>
      (await service.listLoyaltyPointsEntries({})).length

    const nobodyCustomers = async () =>
      (
        await getContainer()
          .resolve(Modules.CUSTOMER)
          .listCustomers({ email: "nobody@example.com" })
      ).length

    it.each([
      {
        file: "smile.csv",
        body: {},
        preview: {
          format: "smile",
          created: 4,
          skipped_by_reason: { no_customer: 1 },
          unknown_tiers: { Diamond: 1 },
          points_added: 1625,
        },
        after: {
          ada: { points: 1250, tier: "Gold" },
          ben: { points: 300, tier: "Silver" },
          chloe: { points: 0, tier: "Member" },
          dan: { points: 75, tier: "Member" },
        },
      },
      {
        file: "loyaltylion.csv",
        body: {},
        preview: {
          format: "loyaltylion",
          created: 3,
          skipped_by_reason: { no_customer: 1, invalid_row: 1 },
          unknown_tiers: {},
          points_added: 2945,
          pending_not_imported: 170,
        },
        after: {
          ada: { points: 2400, tier: "Gold" },
          ben: { points: 510, tier: "Silver" },
          chloe: { points: 35, tier: "Member" },
          dan: null,
        },
      },
      {
        file: "yotpo.csv",
        body: { tier_mapping: { Bronze: "Member" } },
        preview: {
          format: "yotpo",
          created: 3,
          skipped_by_reason: { no_customer: 1, duplicate_email: 1 },
          unknown_tiers: {},
          points_added: 1025,
        },
        after: {
          ada: { points: 860, tier: "Gold" },
          ben: { points: 120, tier: "Member" },
          chloe: { points: 45, tier: "Silver" },
          dan: null,
        },
      },
      {
        file: "plain.csv",
        body: {},
        preview: {
          format: "plain",
          created: 3,
          skipped_by_reason: { no_customer: 1, invalid_row: 1 },
          unknown_tiers: {},
          points_added: 2500,
        },
        after: {
          ada: { points: 500, tier: "Silver" },
          ben: { points: 0, tier: "Member" },
          chloe: null,
          dan: { points: 2000, tier: "Gold" },
        },
      },
    ])(
      "$file: dry run, import, and the same file again changes nothing",
      async ({ file, body, preview, after }) => {
        const csv = fixture(file)

        const dry = await post({ csv, dry_run: true, ...body })
        expect(dry.status).toEqual(200)
        const { summary } = dry.data.preview
        expect(dry.data.preview.format).toEqual(preview.format)
        expect(summary).toEqual(
          expect.objectContaining({
            rows: 5,
            created: preview.created,
            adjusted: 0,
            unchanged: 0,
            skipped: 5 - preview.created,
            unknown_tiers: preview.unknown_tiers,
            points_added: preview.points_added,
            pending_not_imported: preview.pending_not_imported ?? 0,
            skipped_by_reason: expect.objectContaining(
              preview.skipped_by_reason
            ),
          })
        )
        expect(summary.samples.skipped).toContainEqual(
          expect.objectContaining({
            email: "nobody@example.com",
            reason: "no_customer",
            message: "no customer with this email",
          })
        )
        // The dry run wrote nothing.
        expect(await ledgerCount()).toEqual(0)
        expect(Object.values(await balances()).every((b) => b === null)).toBe(
          true
        )

        const done = await runImport({ csv, ...body, filename: file })
        expect(done).toEqual(
          expect.objectContaining({
            status: "completed",
            total_rows: 5,
            processed_rows: 5,
            error: null,
          })
        )
        expect(done.summary.created).toEqual(preview.created)
        expect(await balances()).toEqual(after)
        expect(await nobodyCustomers()).toEqual(0)

        const entries = await service.listLoyaltyPointsEntries({})
        const ada = entries.find((e) => e.points === after.ada!.points)!
        expect(ada).toEqual(
          expect.objectContaining({
            type: "adjust",
            source_type: "loyalty_import",
            source_id: preview.format,
            note: expect.stringContaining(`(import ${done.id})`),
          })
        )

        // Twice: every matched member unchanged, no entry, same balances.
        const count = await ledgerCount()
        const again = await runImport({ csv, ...body })
        expect(again.summary).toEqual(
          expect.objectContaining({
            created: 0,
            adjusted: 0,
            unchanged: preview.created,
            points_added: 0,
          })
        )
        expect(await ledgerCount()).toEqual(count)
        expect(await balances()).toEqual(after)
        expect((await service.reconcileBalances()).mismatched).toEqual(0)
      }
    )

    it("a changed file adds only the difference, and the export reads it back", async () => {
      await runImport({ csv: fixture("smile.csv") })
      // Ada spends 250 of her imported points in the meantime.
      await service.recordPoints({
        customer_id: customers.ada.id,
        type: "redeem",
        points: -250,
        idempotency_key: "test-redeem-ada",
      })
      const before = await ledgerCount()

      const changed = fixture("smile.csv")
        .replace("ADA@Example.com,1250", "ADA@Example.com,1400")
        .replace("ben@example.com,300", "ben@example.com,260")
      const done = await runImport({ csv: changed })
      expect(done.summary).toEqual(
        expect.objectContaining({
          adjusted: 2,
          unchanged: 2,
          points_added: 150,
          points_removed: 40,
        })
      )
      expect(await ledgerCount()).toEqual(before + 2)
      const now = await balances()
      expect(now.ada).toEqual({ points: 1150, tier: "Gold" })
      expect(now.ben).toEqual({ points: 260, tier: "Silver" })
      expect((await service.reconcileBalances()).mismatched).toEqual(0)

      const members = await api.get(
        "/admin/loyalty/export?kind=members&format=smile",
        admin
      )
      expect(members.headers["content-type"]).toContain("text/csv")
      const lines = members.data.trim().split("\n")
      expect(lines[0]).toEqual(
        "Customer ID,First Name,Last Name,Email,Points Balance,VIP Tier,Member Status,Date Joined"
      )
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^${customers.ada.id},Ada,,ada@example.com,1150,Gold,member,`
          )
        )
      )
      // Read back as a Smile.io file: it is one, and nothing changes.
      const back = await post({ csv: members.data, dry_run: true })
      expect(back.data.preview.format).toEqual("smile")

      const ledger = await api.get(
        "/admin/loyalty/export?kind=ledger&format=loyaltylion",
        admin
      )
      const ledgerLines = ledger.data.trim().split("\n")
      expect(ledgerLines[0]).toEqual(
        "created_at,email,points,state,type,reason"
      )
      expect(ledgerLines).toContainEqual(
        expect.stringContaining(
          `,ada@example.com,150,approved,adjust,Imported from Smile.io (import ${done.id})`
        )
      )
      expect(ledgerLines.length - 1).toEqual(await ledgerCount())

      // The workflow's compensation: each import undone by inverse entries.
      // Undoing the changed file puts its difference back...
      await service.revertImport(done.id, "smile")
      expect((await balances()).ada).toEqual({ points: 1000, tier: "Gold" })
      expect((await balances()).ben).toEqual({ points: 300, tier: "Silver" })
      // ...and undoing the first import takes Ada's 1,250 imported points
      // back although she spent 250 of them: those become debt, and her
      // imported Gold goes with the import.
      const [firstImport] = await service.listLoyaltyImports(
        { id: { $ne: done.id } },
        { order: { created_at: "ASC" }, take: 1 }
      )
      await service.revertImport(firstImport.id, "smile")
      const [ada] = await service.listLoyaltyAccounts(
        { customer_id: customers.ada.id },
        { relations: ["tier"] }
      )
      expect(ada).toEqual(
        expect.objectContaining({
          points_available: 0,
          points_debt: 250,
          tier: null,
          tier_locked: false,
        })
      )
      expect((await service.reconcileBalances()).mismatched).toEqual(0)
    })

    it("refuses bad files with 400 naming the column or field", async () => {
      const missing = await post({
        csv: "Mail,Points Balance\nx@y.z,1\n",
        format: "smile",
      })
      expect(missing.status).toEqual(400)
      expect(missing.data.message).toContain(
        'csv: the Smile.io column "email" is missing'
      )

      const unknown = await post({ csv: "Email,Points Balance\nx@y.z,1\n" })
      expect(unknown.status).toEqual(400)
      expect(unknown.data.message).toContain(
        "format: these columns are not a known export"
      )

      const wrongFormat = await post({
        csv: "email,points\n",
        format: "shopify",
      })
      expect(wrongFormat.status).toEqual(400)
      expect(wrongFormat.data.message).toContain(
        "Expected: 'plain, smile, loyaltylion, yotpo' for field 'format'"
      )

      const oversized = await post({
        csv: "x".repeat(20_000_001),
        dry_run: true,
      })
      expect(oversized.status).toEqual(400)
      expect(oversized.data.message).toContain("field 'csv' too big")
      expect(await service.listLoyaltyImports({})).toEqual([])
    })
  },
})
