import type { CustomerDTO, OrderDTO } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  CLOSED_DISPUTE_STATUSES,
  renderPolicyTemplate,
} from "../../../modules/return-dispute"
import type {
  DisputeResolutionKind,
  DisputeStatus,
} from "../../../modules/return-dispute"
import { formatMoney } from "../../../utils/money"
import {
  disputeTemplateValues,
  ORDER_REFUND_FIELDS,
  refundablePayment,
  type OrderForRefund,
} from "../utils"
import { returnDisputeStep } from "../../utils/module-step"

export type LoadResolutionContextStepInput = {
  dispute_id: string
  kind: DisputeResolutionKind
  amount?: number | null
  policy_template_id?: string | null
}

export type ResolutionContext = {
  dispute: {
    id: string
    number: string
    order_id: string
    customer_id: string
    return_request_id: string | null
    currency_code: string
  }
  /** The payment refunded and the amount, for the refund kinds. */
  refund: { payment_id: string; amount: number } | null
  /** The return request to approve, for a reversal. */
  request: { id: string; status: string; rma_number: string } | null
  /** The cited template rendered for this dispute. */
  template_message: string | null
}

export const loadResolutionContextStepId = "load-resolution-context"

/** The order's fields a resolution reads: its payments and the template values. */
type ResolutionOrder = Pick<OrderDTO, "id" | "display_id" | "currency_code"> &
  OrderForRefund & {
    customer?: Pick<CustomerDTO, "first_name" | "last_name"> | null
  }

const normalizeText = (text: string) => text.trim().replace(/\s+/g, " ")

/**
 * Matches a message that is the template with its placeholders filled in,
 * whatever the values (an amount may be written "€10.00" or "10.00 EUR").
 */
const templatePattern = (body: string) =>
  new RegExp(
    `^${normalizeText(body)
      .split(/\{\{\s*\w+\s*\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".+?")}$`,
    "i"
  )

const money = (amount: number, currency: string) =>
  formatMoney(amount, currency, "en")

/**
 * Checks that a resolution can be carried out and works out what it does:
 * the refund (amount within what the order's payment still has: captured −
 * refunded), the return request a reversal approves, the cited template
 * rendered. The dispute being closed is checked again under its lock when
 * the resolution is claimed.
 *
 * @example
 * const context = loadResolutionContextStep({ dispute_id, kind: "partial_refund", amount: 10 })
 */
export const loadResolutionContextStep = returnDisputeStep(
  loadResolutionContextStepId,
  async (input: LoadResolutionContextStepInput, service, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [dispute] = await service.listDisputes({ id: input.dispute_id })
    if (!dispute) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Dispute with id: ${input.dispute_id} was not found`
      )
    }
    if (CLOSED_DISPUTE_STATUSES.includes(dispute.status as DisputeStatus)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dispute ${dispute.number} is already ${dispute.status}`
      )
    }

    const {
      data: [order],
    }: { data: (ResolutionOrder | undefined)[] } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "currency_code",
        "customer.first_name",
        "customer.last_name",
        ...ORDER_REFUND_FIELDS,
      ],
      filters: { id: dispute.order_id },
    })
    if (!order) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id: ${dispute.order_id} was not found`
      )
    }
    const currency = dispute.currency_code

    let refund: ResolutionContext["refund"] = null
    if (input.kind === "full_refund" || input.kind === "partial_refund") {
      const { payment_id, refundable } = refundablePayment(order)
      if (!payment_id || refundable <= 0) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Order ${order.display_id} has nothing left to refund: its payment is not captured or already refunded`
        )
      }
      if (input.kind === "partial_refund") {
        const amount = Number(input.amount)
        if (!(amount > 0)) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            "amount: a partial refund needs an amount above 0"
          )
        }
        if (amount > refundable) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `amount: ${money(amount, currency)} is more than the refundable maximum of ${money(refundable, currency)}`
          )
        }
        refund = { payment_id, amount }
      } else {
        refund = { payment_id, amount: refundable }
      }
    }

    let request: ResolutionContext["request"] = null
    if (dispute.return_request_id) {
      const {
        data: [row],
      } = await query.graph({
        entity: "return_request",
        fields: ["id", "status", "rma_number"],
        filters: { id: dispute.return_request_id },
      })
      request = row ?? null
    }
    if (input.kind === "reversal") {
      if (!request) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `kind: dispute ${dispute.number} has no return request to reverse`
        )
      }
      if (!["rejected", "pending_review"].includes(request.status)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `kind: return request ${request.rma_number} is ${request.status}; only a rejected or pending request can be reversed`
        )
      }
    }

    if (input.kind === "rejected" && !input.policy_template_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "policy_template_id: a rejection must cite a policy template"
      )
    }
    let templateMessage: string | null = null
    if (input.policy_template_id) {
      const [template] = await service.listPolicyTemplates({
        id: input.policy_template_id,
      })
      if (!template) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `policy_template_id: no policy template with id ${input.policy_template_id}`
        )
      }
      if (!template.active) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `policy_template_id: policy template "${template.title}" is inactive`
        )
      }
      templateMessage = renderPolicyTemplate(
        template.body,
        disputeTemplateValues({
          dispute,
          customer: order.customer,
          order_display_id: order.display_id,
          rma_number: request?.rma_number,
          amount: refund?.amount,
        })
      )
      // A manager often sends the template as a reply first; posting it
      // again on resolution would show the customer the same text twice.
      const replies = await service.listDisputeMessages({
        dispute_id: dispute.id,
        author_type: "staff",
        internal: false,
      })
      const pattern = templatePattern(template.body)
      if (replies.some((m) => pattern.test(normalizeText(m.body)))) {
        templateMessage = null
      }
    }

    return new StepResponse<ResolutionContext>({
      dispute: {
        id: dispute.id,
        number: dispute.number,
        order_id: dispute.order_id,
        customer_id: dispute.customer_id,
        return_request_id: dispute.return_request_id ?? null,
        currency_code: currency,
      },
      refund,
      request,
      template_message: templateMessage,
    })
  }
)
