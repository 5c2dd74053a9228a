import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { syncOrderFactStep } from "./steps/sync-order-fact"
import { ORDER_FACT_FIELDS, orderFactOf } from "./utils/order-fact"

export type RecordOrderFactWorkflowInput = { order_id: string }

export const recordOrderFactWorkflowId = "record-order-fact"

/**
 * Records a placed customer order for the program report, apart from its
 * accrual: should `accrueOrderPointsWorkflow` fail and roll back, the order
 * still counts, as one without points (the report's accrual check lists
 * it). The accrual writes the same row again with its points and the
 * customer's tier. Runs on `order.placed`; idempotent.
 *
 * @example
 * await recordOrderFactWorkflow(container).run({ input: { order_id } })
 */
export const recordOrderFactWorkflow = createWorkflow(
  recordOrderFactWorkflowId,
  (input: RecordOrderFactWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_FACT_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    syncOrderFactStep(
      transform({ orders }, ({ orders }) => orderFactOf(orders[0]))
    )
    return new WorkflowResponse(undefined)
  }
)
