import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminCustomer,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { AdjustPointsDrawer } from "../components/customer-loyalty/adjust-points-drawer"
import { LockTierDrawer } from "../components/customer-loyalty/lock-tier-drawer"
import { LoyaltySummary } from "../components/customer-loyalty/loyalty-summary"
import { PointsLedger } from "../components/customer-loyalty/points-ledger"
import { TierHistory } from "../components/customer-loyalty/tier-history"
import { UnlockTierButton } from "../components/customer-loyalty/unlock-tier-button"
import { useLoyaltyAccount } from "../hooks/api/loyalty-accounts"

const CustomerLoyaltyWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => {
  const customerId = data.id
  const {
    data: result,
    isLoading,
    isError,
    error,
  } = useLoyaltyAccount(customerId)
  const account = result?.account ?? null

  return (
    <Container className="divide-y p-0" data-testid="customer-loyalty">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">Loyalty</Heading>
        {!isLoading && !isError && (
          <div className="flex items-center gap-x-2">
            {account &&
              (account.tier_locked ? (
                <UnlockTierButton customerId={customerId} />
              ) : (
                <LockTierDrawer
                  customerId={customerId}
                  currentTierId={account.tier?.id ?? null}
                />
              ))}
            <AdjustPointsDrawer customerId={customerId} isMember={!!account} />
          </div>
        )}
      </div>
      {isLoading ? (
        <div className="px-6 py-4">
          <Skeleton className="h-20 w-full" />
        </div>
      ) : isError ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">
          {error.message}
        </Text>
      ) : account ? (
        <>
          <LoyaltySummary account={account} />
          <TierHistory changes={account.tier_changes ?? []} />
          <PointsLedger customerId={customerId} />
        </>
      ) : (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Not a member yet
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerLoyaltyWidget
