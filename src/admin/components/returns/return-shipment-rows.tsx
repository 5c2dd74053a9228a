import { Badge } from "@medusajs/ui"
import type {
  AdminReturnRequest,
  AdminReturnShipment,
  ReturnShipment,
} from "../../../types/http"
import { formatDate, formatDateTime } from "../../lib/format"
import { DetailRow } from "../common/detail-row"
import { ExternalLink } from "../common/links"
import { useStaffName } from "../disputes/use-staff-name"
import { ReturnMethodActions } from "./return-method-actions"

const STATUS: Record<
  ReturnShipment["status"],
  { label: string; color: "grey" | "blue" | "green" }
> = {
  label_created: { label: "Label created", color: "grey" },
  in_transit: { label: "In transit", color: "blue" },
  delivered: { label: "Delivered to warehouse", color: "green" },
}

/** Who chose the hand-over, in the CSR's words. */
const chosenBy = (
  shipment: AdminReturnShipment,
  staffName: (id: string, fallback: string) => string
) => {
  const verb = shipment.method === "pickup" ? "booked" : "chosen"
  if (shipment.method_chosen_by_type === "customer") {
    return `${verb} by the customer`
  }
  const by = shipment.method_chosen_by
  return `${verb} by customer service${by ? ` (${staffName(by, by)})` : ""}`
}

/**
 * The parcel of an approved return, as rows of a detail panel: carrier and
 * tracking number (linked to the carrier's page), where the parcel is, how
 * it leaves the customer and who chose that, and the label to print.
 * Nothing without one. With `requestId`, a CSR can book the pickup or
 * switch to a drop-off while the carrier can still collect.
 */
export const ReturnShipmentRows = ({
  shipment,
  labelWidth = "10rem",
  requestId,
  onChanged,
}: {
  shipment?: AdminReturnShipment | null
  labelWidth?: string
  /** The request the parcel belongs to: shows the hand-over actions. */
  requestId?: string
  /** Called with the request once the hand-over changed. */
  onChanged?: (request: AdminReturnRequest) => void
}) => {
  const staffName = useStaffName()
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
        <div className="flex flex-col gap-y-2">
          <span data-testid="return-shipment-method">
            {shipment.method === "pickup"
              ? // A calendar day: the same day in every time zone.
                `Pickup${shipment.pickup_date ? ` on ${formatDate(shipment.pickup_date.slice(0, 10))}` : ""}`
              : `Drop-off${shipment.pickup_available ? " (pickup available)" : ""}`}
            {shipment.method_chosen_by_type && (
              <span className="text-ui-fg-subtle">
                {" · "}
                {chosenBy(shipment, staffName)}
              </span>
            )}
          </span>
          {requestId &&
            shipment.pickup_available &&
            shipment.status === "label_created" && (
              <ReturnMethodActions
                requestId={requestId}
                shipment={shipment}
                onChanged={onChanged}
              />
            )}
        </div>
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
