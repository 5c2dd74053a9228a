import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createReasonCodeWorkflow } from "../../../workflows/return-policy"
import { refetchReasonCode } from "./helpers"
import type {
  AdminCreateReasonCodeType,
  AdminGetReasonCodesParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReasonCodesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields

  const { data: reason_codes, metadata } = await query.graph({
    entity: "return_reason_code",
    fields: req.queryConfig.fields,
    filters: q ? { ...filters, q } : filters,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    reason_codes,
    count: metadata?.count ?? reason_codes.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? reason_codes.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateReasonCodeType>,
  res: MedusaResponse
) => {
  const { result } = await createReasonCodeWorkflow(req.scope).run({
    input: req.validatedBody,
  })

  const reason_code = await refetchReasonCode(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(200).json({ reason_code })
}
