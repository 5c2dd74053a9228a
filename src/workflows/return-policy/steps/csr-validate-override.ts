import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"

export type CsrOverride = {
  outcome: "auto_approve" | "review"
  justification: string
}

export type CsrValidateOverrideStepInput = {
  override?: CsrOverride | null
  created_by_type: "customer" | "admin"
  /** The admin user asking for the override. */
  created_by: string
}

/** Shortest justification accepted: a word or two is not a reason. */
export const MIN_OVERRIDE_JUSTIFICATION = 10

/** The roles an admin user has, from `metadata.role` or `metadata.roles`. */
const userRoles = (metadata: Record<string, unknown> | null | undefined) => {
  const roles: string[] = []
  if (typeof metadata?.role === "string") {
    roles.push(metadata.role)
  }
  if (Array.isArray(metadata?.roles)) {
    roles.push(
      ...metadata.roles.filter((r): r is string => typeof r === "string")
    )
  }
  return roles
}

/**
 * Whether an admin user may override the policy's outcome: the plugin
 * option `returns.override_allowed` lists user ids, user emails and role
 * names (a role is read from the user's `metadata.role` or
 * `metadata.roles`). An empty list allows nobody.
 *
 * @example
 * const allowed = await canOverrideReturnPolicy(req.scope, req.auth_context.actor_id)
 */
export const canOverrideReturnPolicy = async (
  container: MedusaContainer,
  userId: string
): Promise<boolean> => {
  const service: ReturnPolicyModuleService =
    container.resolve(RETURN_POLICY_MODULE)
  const allowed = (await service.getReturnsSettings()).override_allowed ?? []
  if (!allowed.length || !userId) {
    return false
  }
  if (allowed.includes(userId)) {
    return true
  }
  const [user] = await container
    .resolve(Modules.USER)
    .listUsers({ id: userId }, { select: ["id", "email", "metadata"] })
  if (!user) {
    return false
  }
  return [user.email, ...userRoles(user.metadata)].some((name) =>
    allowed.includes(name)
  )
}

export const csrValidateOverrideStepId = "csr-validate-override"

/**
 * Refuses a policy override from anyone not allowed to make one (403), by
 * a customer, or without a justification (400). Read-only.
 *
 * @example
 * csrValidateOverrideStep({ override, created_by_type: "admin", created_by: userId })
 */
export const csrValidateOverrideStep = createStep(
  csrValidateOverrideStepId,
  async (input: CsrValidateOverrideStepInput, { container }) => {
    const { override } = input
    if (!override) {
      return new StepResponse(false)
    }
    if (input.created_by_type !== "admin") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "override: only customer service can override the return policy"
      )
    }
    if (
      (override.justification ?? "").trim().length < MIN_OVERRIDE_JUSTIFICATION
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `override.justification: an override needs a justification of at least ${MIN_OVERRIDE_JUSTIFICATION} characters`
      )
    }
    if (!(await canOverrideReturnPolicy(container, input.created_by))) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "override: you are not allowed to override the return policy (plugin option returns.override_allowed)"
      )
    }
    return new StepResponse(true)
  }
)
