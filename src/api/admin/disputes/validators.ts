import { z } from "@medusajs/framework/zod"
import {
  DISPUTE_PRIORITIES,
  DISPUTE_STATUSES,
} from "../../../modules/return-dispute/models/dispute"
import {
  boundedDate,
  boundedString,
  idFilter,
  idString,
  listParams,
  MAX_LENGTH,
  moneyAmount,
  requiredString,
} from "../../utils/validators"

const STATUSES = DISPUTE_STATUSES
const PRIORITIES = DISPUTE_PRIORITIES

const listOf = (words: readonly string[]) => words.join(", ")

const oneOrMany = <T extends readonly [string, ...string[]]>(
  name: string,
  values: T
) => {
  const value = z.enum(values, {
    error: `${name} must be one of ${listOf(values)}`,
  })
  return z
    .union([value, z.array(value)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional()
}

// The queue has a fixed order: overdue first, then by SLA due date.
export const AdminGetDisputesParams = listParams({
  limit: 50,
  sortable: [],
}).extend({
  status: oneOrMany("status", STATUSES),
  priority: oneOrMany("priority", PRIORITIES),
  // "none" lists unassigned disputes.
  assignee_id: idFilter("assignee_id").optional(),
  overdue: z
    .enum(["true", "false"], { error: "overdue must be true or false" })
    .transform((v) => v === "true")
    .optional(),
  tier_id: idFilter("tier_id").optional(),
  customer_id: idFilter("customer_id").optional(),
  order_id: idFilter("order_id").optional(),
  q: boundedString("q", MAX_LENGTH.query).optional(),
})
export type AdminGetDisputesParamsType = z.infer<typeof AdminGetDisputesParams>

export {
  CreateDispute as AdminCreateDispute,
  type CreateDisputeType as AdminCreateDisputeType,
} from "../../utils/dispute-validators"

export const AdminAssignDispute = z.strictObject({
  assignee_id: idString("assignee_id").nullable(),
})
export type AdminAssignDisputeType = z.infer<typeof AdminAssignDispute>

export const AdminUpdateDisputeStatus = z.strictObject({
  status: z.enum(["open", "in_review", "awaiting_customer"], {
    error:
      "status must be open, in_review or awaiting_customer (resolve to close)",
  }),
})
export type AdminUpdateDisputeStatusType = z.infer<
  typeof AdminUpdateDisputeStatus
>

export const AdminCreateDisputeMessage = z.strictObject({
  body: requiredString("body", MAX_LENGTH.body),
  internal: z.boolean({ error: "internal must be true or false" }).optional(),
  channel: z
    .enum(["email", "phone", "chat", "admin"], {
      error: "channel must be email, phone, chat or admin",
    })
    .optional(),
})
export type AdminCreateDisputeMessageType = z.infer<
  typeof AdminCreateDisputeMessage
>

export { DisputeEvidenceFields } from "../../utils/dispute-validators"
export type { DisputeEvidenceFieldsType } from "../../utils/dispute-validators"

export const AdminResolveDispute = z
  .strictObject({
    kind: z.enum(["full_refund", "partial_refund", "reversal", "rejected"], {
      error: "kind must be full_refund, partial_refund, reversal or rejected",
    }),
    amount: moneyAmount("amount")
      .positive({ error: "amount must be above 0" })
      .optional(),
    policy_template_id: idString("policy_template_id").optional(),
    note: boundedString("note", MAX_LENGTH.claim).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === "partial_refund" && body.amount === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: "amount is required for a partial_refund",
      })
    }
    if (body.kind !== "partial_refund" && body.amount !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: `amount is only for a partial_refund, not ${body.kind}`,
      })
    }
    if (body.kind === "rejected" && !body.policy_template_id) {
      ctx.addIssue({
        code: "custom",
        path: ["policy_template_id"],
        message: "policy_template_id is required to reject a dispute",
      })
    }
  })
export type AdminResolveDisputeType = z.infer<typeof AdminResolveDispute>

export const AdminGetDisputeReportParams = z.object({
  from: boundedDate("from").optional(),
  to: boundedDate("to").optional(),
})
export type AdminGetDisputeReportParamsType = z.infer<
  typeof AdminGetDisputeReportParams
>

export const AdminRenderDisputeTemplateParams = z.strictObject({
  // A query string carries text: coerced, then held to the same bounds as a body amount.
  amount: z.coerce
    .number({ error: "amount must be a number" })
    .pipe(moneyAmount("amount"))
    .optional(),
})
export type AdminRenderDisputeTemplateParamsType = z.infer<
  typeof AdminRenderDisputeTemplateParams
>
