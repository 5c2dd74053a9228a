import { Button, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import type {
  AdminReturnRequest,
  AdminReturnShipment,
} from "../../../types/http"
import { PICKUP_MAX_DAYS_AHEAD } from "../../../workflows/logistics/pickup"
import { useSetReturnMethod } from "../../hooks/api/return-requests"
import { formatDate } from "../../lib/format"
import { toastResult } from "../common/toasts"

/**
 * A calendar day `days` from today, "YYYY-MM-DD". The server counts days in
 * UTC (`pickupDateProblem`), so the picker's bounds do too.
 */
const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/**
 * What a CSR on the phone does with the hand-over of a parcel whose carrier
 * collects: book a pickup on a day (or move it), or switch to a drop-off.
 * Shown only until the carrier has the parcel; the server applies the same
 * rules as for the customer and records the booking as the admin's.
 */
export const ReturnMethodActions = ({
  requestId,
  shipment,
  onChanged,
}: {
  requestId: string
  shipment: AdminReturnShipment
  /** The request as the server answered, for a caller not on the query cache. */
  onChanged?: (request: AdminReturnRequest) => void
}) => {
  const min = dayFromToday(1)
  const max = dayFromToday(PICKUP_MAX_DAYS_AHEAD)
  const booked = shipment.method === "pickup" ? shipment.pickup_date : null
  const [day, setDay] = useState(booked ? booked.slice(0, 10) : min)
  const toasts = toastResult<{ return_request: AdminReturnRequest }>(
    ({ return_request }) => {
      const s = return_request.return_shipment
      return s?.method === "pickup" && s.pickup_date
        ? `Pickup booked for ${formatDate(s.pickup_date.slice(0, 10))}`
        : "Switched to drop-off"
    }
  )
  const setMethod = useSetReturnMethod(requestId, {
    onSuccess: (data) => {
      toasts.onSuccess(data)
      onChanged?.(data.return_request)
    },
    onError: toasts.onError,
  })
  const outOfRange = !day || day < min || day > max
  const inputId = `return-pickup-date-${requestId}`

  return (
    <div
      className="flex flex-wrap items-end gap-2"
      data-testid="return-method-actions"
    >
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={inputId} size="xsmall" className="text-ui-fg-subtle">
          Pickup date
        </Label>
        <div style={{ width: "11rem" }}>
          <Input
            id={inputId}
            type="date"
            size="small"
            min={min}
            max={max}
            value={day}
            aria-invalid={outOfRange}
            onChange={(e) => setDay(e.target.value)}
            data-testid="return-pickup-date"
          />
        </div>
      </div>
      <Button
        size="small"
        variant="secondary"
        type="button"
        disabled={outOfRange || setMethod.isPending}
        isLoading={
          setMethod.isPending && setMethod.variables?.method === "pickup"
        }
        onClick={() => setMethod.mutate({ method: "pickup", pickup_date: day })}
        data-testid="return-book-pickup"
      >
        {booked ? "Move the pickup" : "Book a pickup"}
      </Button>
      {shipment.method === "pickup" && (
        <Button
          size="small"
          variant="transparent"
          type="button"
          disabled={setMethod.isPending}
          isLoading={
            setMethod.isPending && setMethod.variables?.method === "drop_off"
          }
          onClick={() => setMethod.mutate({ method: "drop_off" })}
          data-testid="return-switch-drop-off"
        >
          Switch to drop-off
        </Button>
      )}
      {outOfRange && (
        <Text size="small" className="text-ui-fg-error basis-full" role="alert">
          Pick a day from {formatDate(min)} to {formatDate(max)}.
        </Text>
      )}
    </div>
  )
}
