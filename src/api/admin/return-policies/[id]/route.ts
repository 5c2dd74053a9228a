import {
  deleteReturnPolicyWorkflow,
  updateReturnPolicyWorkflow,
} from "../../../../workflows/return-policy"
import { adminReturnPolicies } from "../query-config"

export const GET = adminReturnPolicies.retrieve()

/**
 * Edits the policy `:id` belongs to (any of its versions). Changed terms
 * write a new version, so the policy returned is the latest version and its
 * id differs from `:id`.
 */
export const POST = adminReturnPolicies.update(updateReturnPolicyWorkflow)

/** Deletes the policy `:id` belongs to, with all its versions. */
export const DELETE = adminReturnPolicies.remove(deleteReturnPolicyWorkflow)
