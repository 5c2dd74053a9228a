import type { AdminCsrReturnsReportResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import { csrReturnsReportWorkflow } from "../../../../workflows/return-policy"
import type { AdminGetCsrReportParamsType } from "../validators"

/**
 * Customer service figures: average initiation time of CSR returns, volume
 * per channel and per CSR, accuracy rate (CSR requests neither canceled
 * nor rejected later). `from`/`to` bound the requests' creation date.
 */
export const GET: AdminRoute<
  AdminCsrReturnsReportResponse,
  unknown,
  AdminGetCsrReportParamsType
> = async (req, res) => {
  const { from, to } = req.validatedQuery as AdminGetCsrReportParamsType
  const { result: report } = await csrReturnsReportWorkflow(req.scope).run({
    input: { from, to },
  })
  res.json({ report })
}
