import {
  deleteTierWorkflow,
  updateTierWorkflow,
} from "../../../../../workflows/loyalty"
import { adminTiers } from "../query-config"

export const GET = adminTiers.retrieve()

export const POST = adminTiers.update(updateTierWorkflow)

export const DELETE = adminTiers.remove(deleteTierWorkflow)
