import type { AdminDisputeReportResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import { MedusaError } from "@medusajs/framework/utils"
import { disputeReportWorkflow } from "../../../../workflows/disputes"
import type { AdminGetDisputeReportParamsType } from "../validators"

const DAY_MS = 86_400_000

/**
 * Dispute figures for disputes opened between `from` and `to` (default:
 * the last 90 days); open load and overdue count are as of now.
 */
export const GET: AdminRoute<
  AdminDisputeReportResponse,
  unknown,
  AdminGetDisputeReportParamsType
> = async (req, res) => {
  const q = req.validatedQuery as AdminGetDisputeReportParamsType
  const to = q.to ?? new Date()
  const from = q.from ?? new Date(to.getTime() - 90 * DAY_MS)
  if (from.getTime() > to.getTime()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "from must not be after to"
    )
  }
  const { result: report } = await disputeReportWorkflow(req.scope).run({
    input: { from, to },
  })
  res.json({ report })
}
