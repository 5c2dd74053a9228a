import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createWebhookEndpointStep,
  type CreateWebhookEndpointStepInput,
} from "./steps/create-webhook-endpoint"
import { deleteWebhookEndpointsStep } from "./steps/delete-webhook-endpoints"
import {
  updateWebhookEndpointStep,
  type UpdateWebhookEndpointStepInput,
} from "./steps/update-webhook-endpoint"
import { validateWebhookUrlStep } from "./steps/validate-webhook-url"
import { rotateWebhookSecretStep } from "./steps/rotate-webhook-secret"

export const createWebhookEndpointWorkflowId = "create-webhook-endpoint"

/**
 * Creates an endpoint after checking its URL (https in production, no
 * private or loopback address unless allowed). The result holds the
 * secret, shown to staff this once.
 *
 * @example
 * await createWebhookEndpointWorkflow(container).run({
 *   input: { url: "https://hooks.example.com/rms", events: ["dispute.opened"] },
 * })
 */
export const createWebhookEndpointWorkflow = createWorkflow(
  createWebhookEndpointWorkflowId,
  (input: CreateWebhookEndpointStepInput) => {
    const url = validateWebhookUrlStep(input)
    const endpoint = createWebhookEndpointStep(
      transform({ input, url }, ({ input, url }) => ({ ...input, url: url! }))
    )
    return new WorkflowResponse(endpoint)
  }
)

export type UpdateWebhookEndpointWorkflowInput = {
  id: string
  url?: string
  events?: string[]
  description?: string | null
  active?: boolean
}

export const updateWebhookEndpointWorkflowId = "update-webhook-endpoint"

/**
 * Updates an endpoint, checking a new URL like on create. Turning an
 * endpoint back on clears its failure count and disabled notice; its
 * pending deliveries then resume.
 *
 * @example
 * await updateWebhookEndpointWorkflow(container).run({ input: { id: "whep_123", active: true } })
 */
export const updateWebhookEndpointWorkflow = createWorkflow(
  updateWebhookEndpointWorkflowId,
  (input: UpdateWebhookEndpointWorkflowInput) => {
    validateWebhookUrlStep(input)
    const changes = transform(
      { input },
      ({ input }): UpdateWebhookEndpointStepInput =>
        input.active === true
          ? {
              ...input,
              consecutive_failures: 0,
              disabled_at: null,
              disabled_reason: null,
            }
          : input
    )
    const endpoint = updateWebhookEndpointStep(changes)
    return new WorkflowResponse(endpoint)
  }
)

export const rotateWebhookSecretWorkflowId = "rotate-webhook-secret"

/**
 * Gives an endpoint a new secret; requests are signed with it from now on.
 *
 * @example
 * await rotateWebhookSecretWorkflow(container).run({ input: { id: "whep_123" } })
 */
export const rotateWebhookSecretWorkflow = createWorkflow(
  rotateWebhookSecretWorkflowId,
  (input: { id: string }) =>
    new WorkflowResponse(rotateWebhookSecretStep(input))
)

export const deleteWebhookEndpointsWorkflowId = "delete-webhook-endpoints"

/**
 * Deletes endpoints (soft): the log stays, nothing more is sent to them.
 *
 * @example
 * await deleteWebhookEndpointsWorkflow(container).run({ input: { ids: ["whep_123"] } })
 */
export const deleteWebhookEndpointsWorkflow = createWorkflow(
  deleteWebhookEndpointsWorkflowId,
  (input: { ids: string[] }) =>
    new WorkflowResponse(deleteWebhookEndpointsStep(input.ids))
)
