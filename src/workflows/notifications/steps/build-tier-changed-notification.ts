import { getCustomerLoyalty } from "../../loyalty/steps/get-customer-loyalty"
import {
  RETURN_POLICY_MODULE,
  type ReturnPolicyModuleService,
} from "../../../modules/return-policy"
import type { ReturnPolicySnapshot } from "../../../modules/return-policy/engine"
import type { LoyaltyTierChangedData } from "../../../emails"
import { createBuildNotificationStep } from "../create-build-notification-step"

export type TierChangedEventData = {
  /** The `loyalty_tier_change` audit row. */
  id: string
  customer_id: string
  account_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  reason: string
  changed_by?: string
}

type TierRow = {
  id: string
  name: string
  rank: number
  points_multiplier?: number | null
  benefits?: Record<string, unknown> | null
}

const humanize = (key: string) =>
  key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, " ")

/**
 * A tier's benefits as short sentences for the email: the points
 * multiplier, the return window of the return policy that applies to the
 * tier (`policy`, from `retrieveApplicablePolicy`: the one rule for which
 * policy a tier's customers get), then the tier's own benefits. Those are
 * free-form JSON: known keys get a sentence, other `true` flags their
 * humanized name, other values `name: value`.
 *
 * @example
 * describeTierBenefits(gold, { return_window_days: 60 })
 * // ["2× points on every order", "60-day return window", "Free return shipping"]
 */
export const describeTierBenefits = (
  tier: TierRow | null,
  policy: Pick<ReturnPolicySnapshot, "return_window_days"> | null
): string[] => {
  if (!tier) {
    return []
  }
  const lines: string[] = []
  const multiplier = Number(tier.points_multiplier ?? 1)
  if (multiplier > 1) {
    lines.push(`${multiplier}× points on every order`)
  }
  if (policy) {
    lines.push(`${policy.return_window_days}-day return window`)
  }
  for (const [key, value] of Object.entries(tier.benefits ?? {})) {
    // The return policy decides the window; a `return_window_days` left in
    // an older tier's benefits would promise one the policy does not give.
    if (
      value === null ||
      value === undefined ||
      value === false ||
      key === "return_window_days"
    ) {
      continue
    }
    if (key === "free_return_shipping" && value === true) {
      lines.push("Free return shipping")
    } else if (value === true) {
      lines.push(humanize(key))
    } else if (Array.isArray(value)) {
      lines.push(...value.filter((v) => typeof v === "string"))
    } else if (typeof value === "string" || typeof value === "number") {
      lines.push(`${humanize(key)}: ${value}`)
    }
  }
  return lines
}

export const buildTierChangedNotificationStepId =
  "build-tier-changed-notification"

/**
 * Builds the `loyalty-tier-changed` email from the tiers as stored: names
 * (none for a first tier or a lost one), direction (by rank), the new
 * tier's benefits with the return window of the policy that applies to it,
 * and the points balance, available and pending.
 * Null when neither tier exists any more.
 *
 * @example
 * const message = buildTierChangedNotificationStep({ event, data })
 */
export const buildTierChangedNotificationStep = createBuildNotificationStep(
  buildTierChangedNotificationStepId,
  {
    entity_type: "loyalty_tier_change",
    template: "loyalty-tier-changed",
    transactional: false,
  },
  async (data: TierChangedEventData, { container, query, settings }) => {
    const ids = [data.from_tier_id, data.to_tier_id].filter(
      (id): id is string => !!id
    )
    const { data: tiers } = ids.length
      ? await query.graph({
          entity: "loyalty_tier",
          fields: ["id", "name", "rank", "points_multiplier", "benefits"],
          filters: { id: ids },
          withDeleted: true,
        })
      : { data: [] as TierRow[] }
    const from =
      (tiers as TierRow[]).find((t) => t.id === data.from_tier_id) ?? null
    const to =
      (tiers as TierRow[]).find((t) => t.id === data.to_tier_id) ?? null
    if (!from && !to) {
      return null
    }

    const account = await getCustomerLoyalty(container, data.customer_id)
    const { account_url } = await settings()
    const policy = to
      ? await container
          .resolve<ReturnPolicyModuleService>(RETURN_POLICY_MODULE)
          .retrieveApplicablePolicy(to.id)
      : null

    const templateData: Omit<LoyaltyTierChangedData, "store"> = {
      // No name for "no tier": a label like "Member" can be a real tier's
      // name, and "from Member to Member" is what a first tier then read.
      from_tier: from?.name ?? null,
      to_tier: to?.name ?? null,
      direction:
        !from || (to && Number(to.rank) > Number(from.rank)) ? "up" : "down",
      benefits: describeTierBenefits(to, policy),
      points_balance: account.account_id ? account.points_available : null,
      points_pending: account.account_id ? account.points_pending : null,
      account_url,
    }

    return {
      entity_id: data.id,
      customer_id: data.customer_id,
      data: templateData,
    }
  }
)
