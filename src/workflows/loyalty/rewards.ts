import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type {
  CreateRewardDTO,
  UpdateRewardDTO,
} from "../../modules/loyalty-program/types"
import { createRewardsStep } from "./steps/create-rewards"
import { updateRewardStep } from "./steps/update-reward"
import { deleteRewardsStep } from "./steps/delete-rewards"

export const createRewardWorkflowId = "create-loyalty-reward"

/**
 * Adds a reward to the catalogue. Hook: `rewardCreated`.
 *
 * @example
 * await createRewardWorkflow(container).run({
 *   input: { name: "€10 off", points_cost: 1000, kind: "amount_off", value: 10, currency_code: "eur" },
 * })
 */
export const createRewardWorkflow = createWorkflow(
  createRewardWorkflowId,
  (input: CreateRewardDTO) => {
    const rewards = createRewardsStep([input])
    const reward = transform({ rewards }, ({ rewards }) => rewards[0])
    const rewardCreated = createHook("rewardCreated", { reward })
    return new WorkflowResponse(reward, { hooks: [rewardCreated] })
  }
)

export const updateRewardWorkflowId = "update-loyalty-reward"

/**
 * Changes a reward; codes already issued keep their terms. Hook:
 * `rewardUpdated`.
 *
 * @example
 * await updateRewardWorkflow(container).run({ input: { id: "lrwd_123", active: false } })
 */
export const updateRewardWorkflow = createWorkflow(
  updateRewardWorkflowId,
  (input: UpdateRewardDTO) => {
    const reward = updateRewardStep(input)
    const rewardUpdated = createHook("rewardUpdated", { reward })
    return new WorkflowResponse(reward, { hooks: [rewardUpdated] })
  }
)

export const deleteRewardWorkflowId = "delete-loyalty-reward"

/**
 * Removes a reward from the catalogue; issued codes stay valid. Hook:
 * `rewardDeleted`.
 *
 * @example
 * await deleteRewardWorkflow(container).run({ input: { id: "lrwd_123" } })
 */
export const deleteRewardWorkflow = createWorkflow(
  deleteRewardWorkflowId,
  (input: { id: string }) => {
    const ids = transform({ input }, ({ input }) => [input.id])
    deleteRewardsStep(ids)
    const rewardDeleted = createHook("rewardDeleted", { id: input.id })
    return new WorkflowResponse(input.id, { hooks: [rewardDeleted] })
  }
)
