import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { recordActions } from "../../../utils/record-actions"

export const adminAccountFields = [
  "id",
  "customer_id",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "tier.id",
  "tier.name",
  "tier.rank",
  "points_available",
  "points_pending",
  "points_debt",
  "lifetime_spend",
  "orders_in_period",
  "tier_evaluated_at",
  "tier_locked",
  "tier_lock_reason",
  "tier_lock_expires_at",
  "tier_locked_by",
  "created_at",
]

/** 404 unless the customer exists: ids are not probed through accounts. */
export const assertCustomerExists = async (
  customerId: string,
  scope: MedusaContainer
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { id: customerId },
  })
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${customerId} was not found`
    )
  }
}

/**
 * A customer's account with its tier-change history (tier names resolved),
 * or null when they have not earned or been given anything yet.
 */
export const refetchAccount = async (
  customerId: string,
  scope: MedusaContainer
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [account],
  } = await query.graph({
    entity: "loyalty_account",
    fields: [
      ...adminAccountFields,
      "tier_changes.id",
      "tier_changes.from_tier_id",
      "tier_changes.to_tier_id",
      "tier_changes.changed_by",
      "tier_changes.reason",
      "tier_changes.created_at",
    ],
    filters: { customer_id: customerId },
  })
  if (!account) {
    return null
  }
  const { data: tiers } = await query.graph({
    entity: "loyalty_tier",
    fields: ["id", "name"],
    withDeleted: true,
  })
  const names = new Map(tiers.map((t) => [t.id, t.name]))
  const tierChanges = [...(account.tier_changes ?? [])]
    .filter((c) => !!c)
    .sort(
      (a, b) =>
        new Date(b!.created_at).getTime() - new Date(a!.created_at).getTime()
    )
    .map((c) => ({
      ...c!,
      from_tier_name: c!.from_tier_id
        ? (names.get(c!.from_tier_id) ?? null)
        : null,
      to_tier_name: c!.to_tier_id ? (names.get(c!.to_tier_id) ?? null) : null,
    }))
  return { ...account, tier_changes: tierChanges }
}

/** Staff actions on the account of the customer `:customer_id`, answered with it. */
export const accountAction = recordActions({
  param: "customer_id",
  idField: "customer_id",
  check: assertCustomerExists,
  respond: async (customerId, scope) => ({
    account: await refetchAccount(customerId, scope),
  }),
})
