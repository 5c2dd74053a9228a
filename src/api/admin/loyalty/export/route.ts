import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  LOYALTY_PROGRAM_MODULE,
  type LoyaltyProgramModuleService,
} from "../../../../modules/loyalty-program"
import type { AdminRoute } from "../../../utils/http"
import { startCsvDownload, writeCsvPage } from "../../../utils/csv"
import {
  LEDGER_LAYOUTS,
  MEMBER_LAYOUTS,
  type ExportCustomer,
} from "../../../utils/loyalty-export"
import type { AdminGetLoyaltyExportParamsType } from "./validators"

/** Rows read and written per page of a streamed export. */
const PAGE = 2000

/**
 * Members (balances, tier) or the whole ledger as CSV in the columns of
 * `format` (plain, smile, loyaltylion, yotpo), streamed page by page so a
 * program of any size exports without being held in memory.
 */
export const GET: AdminRoute<
  string,
  unknown,
  AdminGetLoyaltyExportParamsType
> = async (req, res) => {
  const { kind, format } = req.validatedQuery
  const service = req.scope.resolve<LoyaltyProgramModuleService>(
    LOYALTY_PROGRAM_MODULE
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customersOf = async (ids: string[]) => {
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: [...new Set(ids)] },
    })
    return new Map((data as ExportCustomer[]).map((c) => [c.id, c]))
  }

  startCsvDownload(
    res,
    `loyalty-${kind}-${format}-${new Date().toISOString().slice(0, 10)}.csv`
  )
  let after: string | null = null
  let first = true
  for (;;) {
    if (kind === "members") {
      const layout = MEMBER_LAYOUTS[format]
      const page = await service.exportMembersPage({ after, limit: PAGE })
      const customers = await customersOf(page.map((m) => m.customer_id))
      writeCsvPage(res, {
        keys: layout.keys,
        rows: page.map((m) => layout.row(m, customers.get(m.customer_id))),
        first,
      })
      after = page.at(-1)?.account_id ?? null
      if (page.length < PAGE) {
        break
      }
    } else {
      const layout = LEDGER_LAYOUTS[format]
      const page = await service.exportLedgerPage({ after, limit: PAGE })
      const customers = await customersOf(page.map((e) => e.customer_id))
      writeCsvPage(res, {
        keys: layout.keys,
        rows: page.map((e) => layout.row(e, customers.get(e.customer_id))),
        first,
      })
      after = page.at(-1)?.id ?? null
      if (page.length < PAGE) {
        break
      }
    }
    first = false
  }
  res.end()
}
