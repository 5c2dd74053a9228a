import { DEFAULT_POLICY_TERMS } from "./defaults"
import type { ReturnPolicySnapshot } from "./types"

/**
 * Applies when the merchant has not configured any policy yet: returns are
 * possible within the default window and a person looks at every one.
 * Version 0 marks it as no stored policy.
 */
export const BUILTIN_POLICY: ReturnPolicySnapshot = {
  id: "builtin_default",
  version: 0,
  tier_id: null,
  ...DEFAULT_POLICY_TERMS,
  excluded_product_tags: [...DEFAULT_POLICY_TERMS.excluded_product_tags],
  excluded_category_ids: [...DEFAULT_POLICY_TERMS.excluded_category_ids],
}

/** What staff and customers read as the built-in policy's name. */
export const BUILTIN_POLICY_NAME = `Built-in default (${BUILTIN_POLICY.return_window_days} days, always reviewed)`

/** Whether a policy is the built-in one rather than a stored policy. */
export const isBuiltinPolicy = (
  policy: Pick<ReturnPolicySnapshot, "version">
) => policy.version === 0

/**
 * The return policy that applies to a customer: the active policy of their
 * loyalty tier, else the active default policy (the one without a tier),
 * else the built-in policy. `activePolicies` are the store's active
 * policies (any superset of the tier's and the default one); `tierId` is
 * the customer's tier, null without one.
 *
 * @example
 * const policy = applicablePolicy(activePolicies, tier?.id ?? null)
 */
export const applicablePolicy = (
  activePolicies: ReturnPolicySnapshot[],
  tierId: string | null
): ReturnPolicySnapshot =>
  (tierId ? activePolicies.find((p) => p.tier_id === tierId) : undefined) ??
  activePolicies.find((p) => p.tier_id === null) ??
  BUILTIN_POLICY
