import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { RefundMethod } from "../../modules/return-policy/engine"
import {
  requestReturnWorkflow,
  type ReturnRequestItemInput,
} from "./request-return"
import { loadAndEvaluateReturn } from "./load-and-evaluate-return"
import { csrFindByIdempotencyKeyStep } from "./steps/csr-find-by-idempotency-key"
import { csrPreviewEvaluationStep } from "./steps/csr-preview-evaluation"
import {
  requestExchangeWorkflow,
  type ExchangeRequestItemInput,
} from "../exchanges/request-exchange"
import type { CsrOverride } from "./steps/csr-validate-override"

export type CsrReturnChannel = "phone" | "email" | "chat" | "in_store"

export type CsrReturnItemInput = ReturnRequestItemInput & {
  /** Exchanged instead of refunded (every line or none). */
  exchange?: ExchangeRequestItemInput["exchange"]
}

export type CreateCsrReturnWorkflowInput = {
  order_id: string
  items: CsrReturnItemInput[]
  channel: CsrReturnChannel
  /** The admin user (CSR) entering the return. */
  created_by: string
  refund_method?: RefundMethod
  return_shipping_option_id?: string
  note?: string
  override?: CsrOverride | null
  /** From the form: a second submit with the same key returns the same request. */
  idempotency_key?: string | null
  /** When the CSR opened the form. */
  opened_at?: string | Date | null
}

export const createCsrReturnWorkflowId = "create-csr-return"

// A double submit arrives within milliseconds; the second waits for the
// first to finish (creating a native return can take a few seconds).
const IDEMPOTENCY_LOCK_TIMEOUT_S = 30
const IDEMPOTENCY_LOCK_TTL_S = 60

/**
 * A return entered by customer service on the customer's behalf, through
 * `requestReturnWorkflow` (the same ownership, eligibility and policy
 * rules as the storefront) with the channel, the CSR, each item's
 * condition and, for a CSR allowed to, an override of the outcome recorded
 * in the decision trail. The PDF receipt is stored with the File module.
 *
 * With an `idempotency_key` the work runs under a lock on the key and a
 * request already created with it is returned as is (`replayed: true`),
 * so a double-clicked submit makes one request and one native return.
 *
 * @example
 * const { result } = await createCsrReturnWorkflow(container).run({
 *   input: {
 *     order_id, channel: "phone", created_by: "user_123", idempotency_key: "form_abc",
 *     items: [{ line_item_id, quantity: 1, reason_code: "TOO_SMALL", condition: "new" }],
 *   },
 * })
 */
export const createCsrReturnWorkflow = createWorkflow(
  createCsrReturnWorkflowId,
  (input: CreateCsrReturnWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) =>
      input.idempotency_key ? `csr-return:${input.idempotency_key}` : null
    )
    when("lock-idempotency-key", { lockKey }, ({ lockKey }) => !!lockKey).then(
      () => {
        acquireLockStep(
          transform({ lockKey }, ({ lockKey }) => ({
            key: lockKey as string,
            timeout: IDEMPOTENCY_LOCK_TIMEOUT_S,
            ttl: IDEMPOTENCY_LOCK_TTL_S,
          }))
        )
      }
    )

    const existing = when(
      "find-by-idempotency-key",
      { input },
      ({ input }) => !!input.idempotency_key
    ).then(() =>
      csrFindByIdempotencyKeyStep(
        transform({ input }, ({ input }) => ({
          idempotency_key: input.idempotency_key as string,
        }))
      )
    )

    const isExchange = transform({ input }, ({ input }) =>
      input.items.some((i) => !!i.exchange)
    )
    const created = when(
      "not-created-yet",
      { existing, isExchange },
      ({ existing, isExchange }) => !existing && !isExchange
    ).then(() => {
      const requestInput = transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        items: input.items,
        refund_method: input.refund_method,
        return_shipping_option_id: input.return_shipping_option_id,
        channel: input.channel,
        created_by_type: "admin" as const,
        created_by: input.created_by,
        note: input.note,
        override: input.override ?? null,
        idempotency_key: input.idempotency_key ?? null,
        opened_at: input.opened_at ?? null,
        generate_receipt: true,
      }))
      return requestReturnWorkflow.runAsStep({ input: requestInput })
    })

    // Lines to exchange: the same CSR fields, through the exchange flow.
    const createdExchange = when(
      "csr-exchange-not-created-yet",
      { existing, isExchange },
      ({ existing, isExchange }) => !existing && isExchange
    ).then(() =>
      requestExchangeWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          order_id: input.order_id,
          items: input.items as ExchangeRequestItemInput[],
          return_shipping_option_id: input.return_shipping_option_id,
          channel: input.channel,
          created_by_type: "admin" as const,
          created_by: input.created_by,
          note: input.note,
          override: input.override ?? null,
          idempotency_key: input.idempotency_key ?? null,
          opened_at: input.opened_at ?? null,
        })),
      })
    )

    when(
      "unlock-idempotency-key",
      { lockKey },
      ({ lockKey }) => !!lockKey
    ).then(() => {
      releaseLockStep(
        transform({ lockKey }, ({ lockKey }) => ({ key: lockKey as string }))
      )
    })

    const result = transform(
      { existing, created, createdExchange },
      ({ existing, created, createdExchange }) => ({
        id: (existing?.id ??
          (created as { id: string } | undefined)?.id ??
          (createdExchange as { id: string } | undefined)?.id) as string,
        replayed: !!existing,
      })
    )
    return new WorkflowResponse(result)
  }
)

export type PreviewCsrReturnWorkflowInput = {
  order_id: string
  items: CsrReturnItemInput[]
  refund_method?: RefundMethod
  return_shipping_option_id?: string
}

export const previewCsrReturnWorkflowId = "preview-csr-return"

/**
 * What a CSR return would give, without writing anything: per item its
 * eligibility, deadline, fee and refund, the refund breakdown, the outcome
 * and every reason. The same context and engine as the request itself.
 *
 * @example
 * const { result } = await previewCsrReturnWorkflow(container).run({ input: { order_id, items } })
 */
export const previewCsrReturnWorkflow = createWorkflow(
  previewCsrReturnWorkflowId,
  (input: PreviewCsrReturnWorkflowInput) => {
    const { evaluation } = loadAndEvaluateReturn(
      input,
      csrPreviewEvaluationStep
    )
    return new WorkflowResponse(evaluation)
  }
)
