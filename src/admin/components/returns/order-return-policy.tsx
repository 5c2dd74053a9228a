import { Badge, Skeleton, Text } from "@medusajs/ui"
import { useLoyaltyAccount } from "../../hooks/api/loyalty-accounts"
import type { ReturnEligibility } from "../../hooks/api/return-requests"
import { SectionRow } from "../common/detail-row"

/** The customer's loyalty tier today, from their loyalty account. */
const CurrentTier = ({ customerId }: { customerId: string }) => {
  const { data, isLoading, isError, error } = useLoyaltyAccount(customerId)
  if (isLoading) {
    return <Skeleton className="h-5 w-24" />
  }
  if (isError) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-error">
        {error.message}
      </Text>
    )
  }
  const tier = data?.account?.tier
  return tier ? (
    <Badge size="2xsmall">{tier.name}</Badge>
  ) : (
    <Text size="small" leading="compact">
      {data?.account ? "No tier" : "Not a loyalty member"}
    </Text>
  )
}

type OrderReturnPolicyProps = {
  customerId: string | null
  eligibility: ReturnEligibility | undefined
}

/** Tier and the policy terms that apply to this order's returns. */
export const OrderReturnPolicy = ({
  customerId,
  eligibility,
}: OrderReturnPolicyProps) => {
  const policy = eligibility?.policy
  return (
    <div className="flex flex-col py-1">
      <SectionRow className="py-3" label="Customer tier">
        {customerId ? (
          <CurrentTier customerId={customerId} />
        ) : (
          <Text size="small" leading="compact">
            Guest order
          </Text>
        )}
      </SectionRow>
      {eligibility && (
        <SectionRow className="py-3" label="Return policy">
          {policy ? (
            <div className="flex flex-col">
              <Text size="small" leading="compact">
                {policy.name}
                {/* Version 0 is the engine's built-in fallback, no row. */}
                {policy.version > 0 && ` · v${policy.version}`}
                {eligibility.tier
                  ? ` (tier ${eligibility.tier.name})`
                  : " (default)"}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {policy.return_window_days} days ·{" "}
                {policy.free_return_shipping
                  ? "free return shipping"
                  : "paid return shipping"}{" "}
                · {policy.restocking_fee_percent} % restocking fee
                {policy.store_credit_bonus_percent
                  ? ` · ${policy.store_credit_bonus_percent} % store credit bonus`
                  : ""}
              </Text>
            </div>
          ) : (
            <Text size="small" leading="compact">
              No active policy applies
            </Text>
          )}
        </SectionRow>
      )}
    </div>
  )
}
