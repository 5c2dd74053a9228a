import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { fillPolicyTemplate } from "../../../modules/return-dispute"
import { disputeTemplateValues } from "../utils"
import { returnDisputeStep } from "../../utils/module-step"

export type RenderDisputeTemplateStepInput = {
  dispute_id: string
  policy_template_id: string
  /**
   * The amount of the resolution being drafted, for `{{amount}}`; the
   * dispute's resolved amount when absent.
   */
  amount?: number | null
}

export type RenderedDisputeTemplate = {
  policy_template: { id: string; title: string }
  /** The template's body with this case's values. */
  body: string
  /** Variables the case has no value for yet; left as `{{name}}` in `body`. */
  missing: string[]
}

export const renderDisputeTemplateStepId = "render-dispute-template"

/**
 * Fills a policy template with one dispute's values (customer name, order
 * and RMA numbers, amount, dispute number) for a reply. Placeholders the
 * case has no value for stay in the text and are listed in `missing`; the
 * message routes refuse to send them. Read-only.
 *
 * @example
 * const rendered = renderDisputeTemplateStep({ dispute_id, policy_template_id, amount: 12.5 })
 */
export const renderDisputeTemplateStep = returnDisputeStep(
  renderDisputeTemplateStepId,
  async (input: RenderDisputeTemplateStepInput, service, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [[dispute], [template]] = await Promise.all([
      service.listDisputes({ id: input.dispute_id }),
      service.listPolicyTemplates({ id: input.policy_template_id }),
    ])
    if (!dispute) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Dispute with id: ${input.dispute_id} was not found`
      )
    }
    if (!template) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Policy template with id: ${input.policy_template_id} was not found`
      )
    }

    const [{ data: orders }, { data: customers }, { data: requests }] =
      await Promise.all([
        query.graph({
          entity: "order",
          fields: ["display_id"],
          filters: { id: dispute.order_id },
        }),
        query.graph({
          entity: "customer",
          fields: ["first_name", "last_name"],
          filters: { id: dispute.customer_id },
        }),
        dispute.return_request_id
          ? query.graph({
              entity: "return_request",
              fields: ["rma_number"],
              filters: { id: dispute.return_request_id },
            })
          : Promise.resolve({ data: [] as { rma_number: string }[] }),
      ])
    const resolved =
      dispute.resolution_amount === null ||
      dispute.resolution_amount === undefined
        ? null
        : Number(dispute.resolution_amount)

    const { body, missing } = fillPolicyTemplate(
      template.body,
      disputeTemplateValues({
        dispute,
        customer: customers[0],
        order_display_id: orders[0]?.display_id,
        rma_number: requests[0]?.rma_number,
        amount: input.amount ?? resolved,
      })
    )
    return new StepResponse<RenderedDisputeTemplate>({
      policy_template: { id: template.id, title: template.title },
      body,
      missing,
    })
  }
)
