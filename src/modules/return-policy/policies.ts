import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { SqlManager } from "../../utils/sql"
import { POLICY_TERMS } from "./engine/defaults"
import type {
  CreateReturnPolicyDTO,
  ReturnPolicyDTO,
  ReturnPolicyTerms,
  UpdateReturnPolicyTermsDTO,
} from "./types"

export { POLICY_TERMS }

/**
 * A new policy as its version 1: its `policy_group_id`, the id shared by all
 * its versions, defaults to the row's own id.
 */
export const firstPolicyVersion = (policy: CreateReturnPolicyDTO) => {
  const id = policy.id ?? generateEntityId(undefined, "rpol")
  return { ...policy, id, policy_group_id: policy.policy_group_id ?? id }
}

/**
 * The row of the version after `previous`: its terms with `changes` applied,
 * `version + 1`, the same group, active when the latest version was.
 */
export const nextPolicyVersion = (
  previous: ReturnPolicyDTO,
  changes: UpdateReturnPolicyTermsDTO,
  active: boolean
) => {
  const terms: Record<string, unknown> = {}
  for (const key of POLICY_TERMS) {
    terms[key] = changes[key] !== undefined ? changes[key] : previous[key]
  }
  return {
    ...(terms as ReturnPolicyTerms),
    id: generateEntityId(undefined, "rpol"),
    policy_group_id: previous.policy_group_id,
    version: Number(previous.version) + 1,
    active,
  }
}

/**
 * Locks every version of the policy `idOrGroupId` (any version's id or the
 * group id) and returns the latest one's id and active flag.
 */
export const lockLatestPolicyVersion = async (
  manager: SqlManager,
  idOrGroupId: string
): Promise<{ id: string; active: boolean }> => {
  const [group] = await manager.execute(
    `SELECT policy_group_id FROM return_policy
     WHERE (id = ? OR policy_group_id = ?) AND deleted_at IS NULL
     LIMIT 1`,
    [idOrGroupId, idOrGroupId]
  )
  if (!group) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return policy with id: ${idOrGroupId} was not found`
    )
  }
  // Lock every version, then read the latest in a new statement: a
  // concurrent edit that committed meanwhile is seen, and its version is
  // built upon rather than forked.
  await manager.execute(
    `SELECT id FROM return_policy
     WHERE policy_group_id = ? AND deleted_at IS NULL FOR UPDATE`,
    [group.policy_group_id]
  )
  const [latest] = await manager.execute(
    `SELECT id, version, active FROM return_policy
     WHERE policy_group_id = ? AND deleted_at IS NULL
     ORDER BY version DESC LIMIT 1`,
    [group.policy_group_id]
  )
  return latest
}

/**
 * The previous version steps aside before the next is written: the partial
 * unique indexes allow one active policy per tier, checked statement by
 * statement.
 */
export const deactivatePolicyVersion = async (
  manager: SqlManager,
  id: string
): Promise<void> => {
  await manager.execute(
    `UPDATE return_policy SET active = false, updated_at = now() WHERE id = ?`,
    [id]
  )
}

/**
 * Deletes the version `newPolicyId` and gives the previous version back its
 * active flag; a no-op when the version is already gone.
 */
export const restorePolicyVersion = async (
  manager: SqlManager,
  newPolicyId: string
): Promise<void> => {
  const [created] = await manager.execute(
    `SELECT id, policy_group_id, version, active FROM return_policy
     WHERE id = ? FOR UPDATE`,
    [newPolicyId]
  )
  if (!created) {
    return
  }
  if (Number(created.version) < 2) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Return policy ${newPolicyId} is a first version: delete it instead`
    )
  }
  await manager.execute(`DELETE FROM return_policy WHERE id = ?`, [newPolicyId])
  await manager.execute(
    `UPDATE return_policy SET active = ?, updated_at = now()
     WHERE policy_group_id = ? AND version = ? AND deleted_at IS NULL`,
    [created.active, created.policy_group_id, Number(created.version) - 1]
  )
}
