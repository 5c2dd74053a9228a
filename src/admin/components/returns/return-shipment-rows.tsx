import { Badge } from "@medusajs/ui"
import type { ReturnShipment } from "../../../types/http"
import { formatDateTime } from "../../lib/format"
import { DetailRow } from "../common/detail-row"
import { ExternalLink } from "../common/links"

const STATUS: Record<
  ReturnShipment["status"],
  { label: string; color: "grey" | "blue" | "green" }
> = {
  label_created: { label: "Label created", color: "grey" },
  in_transit: { label: "In transit", color: "blue" },
  delivered: { label: "Delivered to warehouse", color: "green" },
}

/**
 * The parcel of an approved return, as rows of a detail panel: carrier and
 * tracking number (linked to the carrier's page), where the parcel is, how
 * it leaves the customer, and the label to print. Nothing without one.
 */
export const ReturnShipmentRows = ({
  shipment,
  labelWidth = "10rem",
}: {
  shipment?: ReturnShipment | null
  labelWidth?: string
}) => {
  if (!shipment) {
    return null
  }
  const status = STATUS[shipment.status]
  const row = (label: string, value: React.ReactNode) => (
    <DetailRow
      label={label}
      labelWidth={labelWidth}
      valueClassName="text-ui-fg-base"
    >
      {value}
    </DetailRow>
  )
  return (
    <div className="flex flex-col gap-y-2" data-testid="return-shipment">
      {row(
        "Tracking",
        <span data-testid="return-shipment-tracking">
          {shipment.carrier ? `${shipment.carrier} · ` : ""}
          {shipment.tracking_url ? (
            <ExternalLink href={shipment.tracking_url}>
              {shipment.tracking_number}
            </ExternalLink>
          ) : (
            shipment.tracking_number
          )}
        </span>
      )}
      {row(
        "Parcel",
        <span className="flex items-center gap-x-2">
          <Badge size="2xsmall" color={status.color}>
            {status.label}
          </Badge>
          {shipment.delivered_at
            ? formatDateTime(shipment.delivered_at)
            : shipment.in_transit_at
              ? formatDateTime(shipment.in_transit_at)
              : null}
        </span>
      )}
      {row(
        "Hand-over",
        shipment.method === "pickup"
          ? `Pickup${shipment.pickup_date ? ` on ${formatDateTime(shipment.pickup_date)}` : ""}`
          : `Drop-off${shipment.pickup_available ? " (pickup available)" : ""}`
      )}
      {shipment.label_url &&
        row(
          "Label",
          <ExternalLink
            href={shipment.label_url}
            data-testid="return-shipment-label"
          >
            Print the return label (PDF)
          </ExternalLink>
        )}
    </div>
  )
}
