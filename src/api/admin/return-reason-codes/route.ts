import { createReasonCodeWorkflow } from "../../../workflows/return-policy"
import { adminReasonCodes } from "./query-config"

export const GET = adminReasonCodes.list()

export const POST = adminReasonCodes.create(createReasonCodeWorkflow)
