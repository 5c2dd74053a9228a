import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"

export const deleteReturnPoliciesStepId = "delete-return-policies"

/**
 * Deletes a policy: every version of its group is deactivated and
 * soft-deleted, so no version can be read, edited or picked any more, while
 * decisions made under them keep their rows. Compensation restores the
 * versions and reactivates the ones that were active.
 *
 * @example
 * deleteReturnPoliciesStep({ id: "rpol_123" })
 */
export const deleteReturnPoliciesStep = createStep(
  deleteReturnPoliciesStepId,
  async (input: { id: string }, { container }) => {
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    const { policy_group_id } = await service.retrieveReturnPolicy(input.id)
    const versions = await service.listReturnPolicies({ policy_group_id })
    const ids = versions.map((v) => v.id)
    const activeIds = versions.filter((v) => v.active).map((v) => v.id)

    if (activeIds.length) {
      await service.updateReturnPolicies({
        selector: { id: activeIds },
        data: { active: false },
      })
    }
    await service.softDeleteReturnPolicies(ids)
    return new StepResponse(void 0, { ids, activeIds })
  },
  async (deleted, { container }) => {
    if (!deleted?.ids.length) {
      return
    }
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    await service.restoreReturnPolicies(deleted.ids)
    if (deleted.activeIds.length) {
      await service.updateReturnPolicies({
        selector: { id: deleted.activeIds },
        data: { active: true },
      })
    }
  }
)
