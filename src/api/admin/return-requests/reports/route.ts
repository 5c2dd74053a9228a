import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { RETURN_POLICY_MODULE } from "../../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../../modules/return-policy"
import type { AdminGetCsrReportParamsType } from "../validators"

/**
 * Customer service figures: average initiation time of CSR returns, volume
 * per channel and per CSR, accuracy rate (CSR requests neither canceled
 * nor rejected later). `from`/`to` bound the requests' creation date.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCsrReportParamsType>,
  res: MedusaResponse
) => {
  const { from, to } = req.validatedQuery as AdminGetCsrReportParamsType
  const service: ReturnPolicyModuleService =
    req.scope.resolve(RETURN_POLICY_MODULE)
  const report = await service.reportCsrReturns({ from, to })
  res.json({
    report: {
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      ...report,
    },
  })
}
