import { MedusaError } from "@medusajs/framework/utils"
import type { SqlManager } from "../../utils/sql"

/**
 * Takes one unit of a reward's stock, atomically, so two customers cannot
 * both take the last one. Unlimited rewards (null stock) are not touched.
 * Returns whether a unit was taken (for compensation).
 */
export const reserveRewardStock = async (
  manager: SqlManager,
  rewardId: string
): Promise<boolean> => {
  const taken = await manager.execute(
    `UPDATE loyalty_reward SET stock = stock - 1, updated_at = now()
     WHERE id = ? AND stock IS NOT NULL AND stock > 0 AND deleted_at IS NULL
     RETURNING id`,
    [rewardId]
  )
  if (taken.length) {
    return true
  }
  const [reward] = await manager.execute(
    `SELECT stock FROM loyalty_reward WHERE id = ? AND deleted_at IS NULL`,
    [rewardId]
  )
  if (reward && reward.stock !== null) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `reward_id: reward ${rewardId} is out of stock`
    )
  }
  return false
}

export const releaseRewardStock = async (
  manager: SqlManager,
  rewardId: string
): Promise<void> => {
  await manager.execute(
    `UPDATE loyalty_reward SET stock = stock + 1, updated_at = now() WHERE id = ? AND stock IS NOT NULL`,
    [rewardId]
  )
}
