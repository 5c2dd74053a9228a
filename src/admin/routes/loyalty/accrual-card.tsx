import { Text } from "@medusajs/ui"
import { LoyaltyReport } from "../../hooks/api/loyalty-reports"
import { formatPoints, formatRate } from "../../lib/format"
import { ReportCard, Stat } from "../../components/reports/report-card"
import { AdminLink } from "../../components/common/links"

/** Customer orders of the range that earned points, and the ones that didn't. */
export const AccrualCard = ({
  accrual,
}: {
  accrual: NonNullable<LoyaltyReport["accrual"]>
}) => (
  <ReportCard
    title="Accrual accuracy"
    description="Customer orders in this range that earned points"
  >
    <div className="grid grid-cols-3 gap-4">
      <Stat label="Accuracy" value={formatRate(accrual.accuracy)} />
      <Stat
        label="Customer orders"
        value={formatPoints(accrual.customer_orders)}
      />
      <Stat label="With points" value={formatPoints(accrual.with_points)} />
    </div>
    {accrual.missing_order_ids.length > 0 && (
      <div className="flex flex-col gap-y-1">
        <Text size="small" className="text-ui-fg-subtle">
          Orders without points
        </Text>
        <div className="flex flex-wrap gap-2">
          {accrual.missing_order_ids.map((id) => (
            <AdminLink
              key={id}
              to={`/orders/${id}`}
              className="txt-compact-small"
            >
              {id}
            </AdminLink>
          ))}
        </div>
      </div>
    )}
  </ReportCard>
)
