import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getCustomerLoyalty } from "../../loyalty/steps/get-customer-loyalty"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"
import type { LoyaltyTierChangedData } from "../../../emails"
import type { SendCustomerNotificationWorkflowInput } from "../send-customer-notification"

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
 * A tier's benefits as short sentences for the email. Tier benefits are
 * free-form JSON: known keys get a sentence, other `true` flags their
 * humanized name, other values `name: value`.
 */
export const describeTierBenefits = (tier: TierRow | null): string[] => {
  if (!tier) {
    return []
  }
  const lines: string[] = []
  const multiplier = Number(tier.points_multiplier ?? 1)
  if (multiplier > 1) {
    lines.push(`${multiplier}× points on every order`)
  }
  for (const [key, value] of Object.entries(tier.benefits ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue
    }
    if (key === "return_window_days" && typeof value === "number") {
      lines.push(`${value}-day return window`)
    } else if (key === "free_return_shipping" && value === true) {
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
 * tier's benefits and the points balance, available and pending.
 * Null when neither tier exists any more.
 *
 * @example
 * const message = buildTierChangedNotificationStep({ event, data })
 */
export const buildTierChangedNotificationStep = createStep(
  buildTierChangedNotificationStepId,
  async (
    { event, data }: { event: string; data: TierChangedEventData },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
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
      return new StepResponse<SendCustomerNotificationWorkflowInput | null>(
        null
      )
    }

    const account = await getCustomerLoyalty(container, data.customer_id)
    const { account_url } = await service.getSettings()

    const templateData: Omit<LoyaltyTierChangedData, "store"> = {
      // No name for "no tier": a label like "Member" can be a real tier's
      // name, and "from Member to Member" is what a first tier then read.
      from_tier: from?.name ?? null,
      to_tier: to?.name ?? null,
      direction:
        !from || (to && Number(to.rank) > Number(from.rank)) ? "up" : "down",
      benefits: describeTierBenefits(to),
      points_balance: account.account_id ? account.points_available : null,
      points_pending: account.account_id ? account.points_pending : null,
      account_url,
    }

    return new StepResponse<SendCustomerNotificationWorkflowInput | null>({
      event,
      entity_type: "loyalty_tier_change",
      entity_id: data.id,
      customer_id: data.customer_id,
      template: "loyalty-tier-changed",
      data: templateData,
      transactional: false,
    })
  }
)
