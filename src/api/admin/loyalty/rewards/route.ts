import { createRewardWorkflow } from "../../../../workflows/loyalty"
import { adminRewards } from "./query-config"

export const GET = adminRewards.list()

export const POST = adminRewards.create(createRewardWorkflow)
