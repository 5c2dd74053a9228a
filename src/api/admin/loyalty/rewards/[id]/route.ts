import {
  deleteRewardWorkflow,
  updateRewardWorkflow,
} from "../../../../../workflows/loyalty"
import { adminRewards } from "../query-config"

export const GET = adminRewards.retrieve()

export const POST = adminRewards.update(updateRewardWorkflow)

export const DELETE = adminRewards.remove(deleteRewardWorkflow)
