import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createReasonCodeWorkflow } from "../../../workflows/return-policy"
import type {
  AdminReturnReasonCodeListResponse,
  AdminReturnReasonCodeResponse,
} from "../../../types/http"
import { listEntities } from "../../utils/query"
import { refetchReasonCode } from "./query-config"
import type {
  AdminCreateReasonCodeType,
  AdminGetReasonCodesParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReasonCodesParamsType>,
  res: MedusaResponse<AdminReturnReasonCodeListResponse>
) => {
  const { q, ...filters } = req.filterableFields
  const { data: reason_codes, ...page } = await listEntities(req, {
    entity: "return_reason_code",
    filters: q ? { ...filters, q } : filters,
  })
  res.json({ reason_codes, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateReasonCodeType>,
  res: MedusaResponse<AdminReturnReasonCodeResponse>
) => {
  const { result } = await createReasonCodeWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const reason_code = await refetchReasonCode(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ reason_code })
}
