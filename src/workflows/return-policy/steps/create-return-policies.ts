import { createRecordsStep } from "../../utils/crud-steps"
import { type CreateReturnPolicyDTO } from "../../../modules/return-policy"
import { returnPolicyStep } from "../../utils/module-step"

export const createReturnPoliciesStepId = "create-return-policies"

/**
 * Creates return policies as their version 1; compensation deletes them.
 *
 * @example
 * createReturnPoliciesStep([{ name: "Standard", return_window_days: 30 }])
 */
export const createReturnPoliciesStep = createRecordsStep(
  createReturnPoliciesStepId,
  returnPolicyStep,
  {
    create: (service, input: CreateReturnPolicyDTO[]) =>
      service.createReturnPolicies(input),
    delete: (service, ids) => service.deleteReturnPolicies(ids),
  }
)
