import { createTierWorkflow } from "../../../../workflows/loyalty"
import { adminTiers } from "./query-config"

export const GET = adminTiers.list()

export const POST = adminTiers.create(createTierWorkflow)
