import { createReturnPolicyWorkflow } from "../../../workflows/return-policy"
import { adminReturnPolicies } from "./query-config"

export const GET = adminReturnPolicies.list()

export const POST = adminReturnPolicies.create(createReturnPolicyWorkflow)
