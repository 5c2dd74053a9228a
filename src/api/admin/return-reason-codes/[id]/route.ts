import {
  deleteReasonCodeWorkflow,
  updateReasonCodeWorkflow,
} from "../../../../workflows/return-policy"
import { adminReasonCodes } from "../query-config"

export const GET = adminReasonCodes.retrieve()

export const POST = adminReasonCodes.update(updateReasonCodeWorkflow)

export const DELETE = adminReasonCodes.remove(deleteReasonCodeWorkflow)
