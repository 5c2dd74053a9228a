import { Fragment, useState, type FormEvent } from "react"
import { call, messageOf } from "../api"
import { day, differenceText, moment, money } from "../format"
import { t, tOr } from "../i18n"
import type {
  StoreDispute,
  StoreReturnRequest,
  StoreReturnShipping,
} from "../types"
import {
  Badge,
  ErrorBox,
  Field,
  Loading,
  PageTitle,
  requestTone,
  Section,
  Thumb,
  useLoad,
} from "../ui"

type Data = { request: StoreReturnRequest; dispute: StoreDispute | null }

const load = async (id: string): Promise<Data> => {
  const [{ return_request }, { disputes }] = await Promise.all([
    call<{ return_request: StoreReturnRequest }>(
      `/store/return-requests/${id}`
    ),
    call<{ disputes: StoreDispute[] }>("/store/return-portal/disputes", {
      query: { limit: 100 },
    }),
  ])
  return {
    request: return_request,
    dispute: disputes.find((d) => d.return_request_id === id) ?? null,
  }
}

/**
 * An exchange: the returned items' value, the new items and the
 * difference to pay or to get back; when the new item ships.
 */
const ExchangeSection = ({
  exchange,
}: {
  exchange: NonNullable<StoreReturnRequest["exchange"]>
}) => {
  const currency = exchange.currency_code
  return (
    <Section title={t("exchange_title")} id="exchange">
      <dl className="totals" data-testid="request-exchange">
        <dt>{t("exchange_credit")}</dt>
        <dd>{money(exchange.credit_total, currency)}</dd>
        {exchange.lines.map((line) => (
          <Fragment key={line.line_item_id}>
            <dt>
              {line.quantity} × {line.product_title} {line.variant_title}
            </dt>
            <dd>{money(line.new_total, currency)}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="difference strong">
        {differenceText(exchange.difference, currency)}
      </p>
      <p>
        {exchange.instant && exchange.return_due_at
          ? t("exchange_instant", { date: day(exchange.return_due_at) })
          : t("exchange_after")}
      </p>
    </Section>
  )
}

const TIMELINE_LABEL: Record<string, Parameters<typeof t>[0]> = {
  requested: "tl_created",
  in_review: "tl_review",
  approved: "tl_approved",
  rejected: "tl_rejected",
  canceled: "tl_canceled",
  received: "tl_received",
  refunded: "tl_refunded",
  credited: "tl_credited",
}

/**
 * A return request: where it stands (timeline), what comes back, how to
 * send it and by when, the store credit once issued, and what the customer
 * can still do (cancel, dispute).
 */
export const RequestPage = ({ id }: { id: string }) => {
  const { data, error, loading, reload } = useLoad(() => load(id), [id])
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const cancel = async () => {
    setBusy(true)
    setActionError(null)
    try {
      await call(`/store/return-requests/${id}/cancel`, {
        method: "POST",
        body: {},
      })
      setConfirming(false)
      setNotice(t("canceled_ok"))
      reload()
    } catch (err) {
      setActionError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  if (loading && !data) {
    return <Loading />
  }
  if (error || !data) {
    return <ErrorBox error={error} onRetry={reload} />
  }
  const { request: r, dispute } = data
  const currency = r.currency_code
  return (
    <>
      <p>
        <a href="#/">← {t("back_home")}</a>
      </p>
      <PageTitle>{t("request_title", { rma: r.rma_number })}</PageTitle>
      <p className="lead">
        <Badge tone={requestTone(r.status)}>
          <span data-testid="request-status">
            {tOr(`status_${r.status}`, r.status)}
          </span>
        </Badge>{" "}
        {r.order_display_id !== null &&
          t("request_for_order", { order: r.order_display_id })}
      </p>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <div className="columns">
        <div>
          <Section title={t("timeline")} id="timeline">
            <ol className="timeline" data-testid="request-timeline">
              {r.timeline.map((event, i) => (
                <li
                  key={`${event.type}-${i}`}
                  className={`tl tl-${event.type}`}
                >
                  <p className="strong">
                    {TIMELINE_LABEL[event.type]
                      ? tOr(TIMELINE_LABEL[event.type], event.type)
                      : event.type}
                    {event.amount !== null &&
                      ` · ${money(event.amount, currency)}`}
                  </p>
                  <p className="muted small">{moment(event.at)}</p>
                  {event.note && <p className="small">{event.note}</p>}
                </li>
              ))}
            </ol>
          </Section>
          <Section title={t("items_title")} id="items">
            <ul className="list">
              {r.items.map((item) => (
                <li key={item.id} className="item">
                  <Thumb src={item.thumbnail} alt={item.title} />
                  <div className="grow">
                    <p className="strong">
                      {item.quantity} × {item.title}
                    </p>
                    {item.variant_title && (
                      <p className="muted">
                        {t("item_variant", { variant: item.variant_title })}
                      </p>
                    )}
                    <p className="muted">
                      {item.reason_label}
                      {/* An exchange refunds nothing per item: its
                          difference is in the Exchange section. */}
                      {!r.exchange &&
                        ` · ${money(item.refund_amount, currency)}`}
                    </p>
                    {r.exchange?.lines
                      .filter((l) => l.line_item_id === item.line_item_id)
                      .map((l) => (
                        <p key={l.variant_id} className="strong">
                          {t("exchanged_for", {
                            variant: `${l.product_title} ${l.variant_title}`,
                            price: money(l.new_total, currency),
                          })}
                        </p>
                      ))}
                  </div>
                </li>
              ))}
            </ul>
          </Section>
        </div>
        <div>
          <ShippingSection
            request={r}
            shipping={r.return_shipping}
            onChanged={reload}
          />
          {r.exchange ? (
            <ExchangeSection exchange={r.exchange} />
          ) : (
            <Section title={t("refund_title")} id="refund">
              <p>
                {r.refund_method === "store_credit"
                  ? t("refund_method_credit")
                  : t("refund_method_original")}
              </p>
              <dl className="totals">
                <dt>{t("refund_items")}</dt>
                <dd>{money(r.refund_estimate.items_total, currency)}</dd>
                {r.refund_estimate.restocking_fee_total > 0 && (
                  <>
                    <dt>{t("refund_fee")}</dt>
                    <dd>
                      −{money(r.refund_estimate.restocking_fee_total, currency)}
                    </dd>
                  </>
                )}
                <dt>{t("refund_shipping")}</dt>
                <dd>
                  {r.refund_estimate.return_shipping > 0
                    ? `−${money(r.refund_estimate.return_shipping, currency)}`
                    : t("free")}
                </dd>
                <dt className="strong">{t("refund_total")}</dt>
                <dd className="strong">
                  {money(r.refund_estimate.refund_total, currency)}
                </dd>
                {r.refund_method === "store_credit" &&
                  r.refund_estimate.store_credit_bonus > 0 && (
                    <>
                      <dt>{t("refund_bonus")}</dt>
                      <dd>
                        +{money(r.refund_estimate.store_credit_bonus, currency)}
                      </dd>
                      <dt className="strong">{t("refund_credited")}</dt>
                      <dd className="strong">
                        {money(r.refund_estimate.credited_total, currency)}
                      </dd>
                    </>
                  )}
              </dl>
            </Section>
          )}
          {r.store_credit && (
            <Section
              title={t("credit_title")}
              id="credit"
              className="highlight"
            >
              <dl className="totals">
                {r.store_credit.code && (
                  <>
                    <dt>{t("credit_code")}</dt>
                    <dd>
                      <code data-testid="store-credit-code">
                        {r.store_credit.code}
                      </code>
                    </dd>
                  </>
                )}
                <dt>{t("credit_amount")}</dt>
                <dd>
                  {money(r.store_credit.amount, r.store_credit.currency_code)}
                </dd>
              </dl>
            </Section>
          )}
          {["pending_review", "approved"].includes(r.status) && (
            <PhotoSection requestId={r.id} />
          )}
          {r.can_cancel && (
            <Section title={t("cancel_title")} id="cancel">
              <p>{t("cancel_text")}</p>
              {actionError && (
                <p className="alert alert-error" role="alert">
                  {actionError}
                </p>
              )}
              {!confirming ? (
                <button
                  type="button"
                  className="button danger-outline"
                  onClick={() => setConfirming(true)}
                  data-testid="request-cancel"
                >
                  {t("cancel")}
                </button>
              ) : (
                <div role="group" aria-labelledby="cancel-confirm-text">
                  <p id="cancel-confirm-text" className="strong">
                    {t("cancel_confirm")}
                  </p>
                  <div className="actions">
                    <button
                      type="button"
                      className="button danger"
                      disabled={busy}
                      onClick={cancel}
                      data-testid="request-cancel-confirm"
                    >
                      {t("cancel")}
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => setConfirming(false)}
                    >
                      {t("back")}
                    </button>
                  </div>
                </div>
              )}
            </Section>
          )}
          {r.status !== "canceled" && (
            <Section title={t("dispute_title")} id="dispute">
              {dispute ? (
                <p>
                  <a
                    href={`#/disputes/${dispute.id}`}
                    data-testid="request-dispute-link"
                  >
                    {t("dispute_page_title", { number: dispute.number })}
                  </a>{" "}
                  · {tOr(`dispute_${dispute.status}`, dispute.status)}
                </p>
              ) : (
                <>
                  <p>{t("dispute_text")}</p>
                  <a
                    className="button secondary"
                    href={`#/requests/${r.id}/dispute`}
                    data-testid="request-open-dispute"
                  >
                    {t("open_dispute")}
                  </a>
                </>
              )}
            </Section>
          )}
        </div>
      </div>
    </>
  )
}

type Shipment = NonNullable<StoreReturnRequest["return_shipment"]>

/** The day after today (UTC), as a date input's value. */
const tomorrow = () =>
  new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)

/**
 * How the parcel leaves: a drop-off, or a pickup on a day when the carrier
 * collects; it can be changed until the carrier has the parcel.
 */
const HandOver = ({
  requestId,
  shipment,
  onChanged,
}: {
  requestId: string
  shipment: Shipment
  onChanged: () => void
}) => {
  const [date, setDate] = useState(tomorrow())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const choose = async (method: "drop_off" | "pickup") => {
    setBusy(true)
    setError(null)
    try {
      await call(`/store/return-requests/${requestId}/return-method`, {
        method: "POST",
        body: method === "pickup" ? { method, pickup_date: date } : { method },
      })
      onChanged()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  const open = shipment.status === "label_created"
  return (
    <div data-testid="request-hand-over">
      <p>
        <span className="strong">{t("hand_over")}: </span>
        {shipment.method === "pickup" && shipment.pickup_date
          ? t("hand_over_pickup", { date: day(shipment.pickup_date) })
          : t("hand_over_drop_off")}
        {shipment.method_chosen_by_type === "admin" &&
          ` (${t("hand_over_booked_by_staff")})`}
      </p>
      {open && shipment.pickup_available && shipment.method !== "pickup" && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault()
            void choose("pickup")
          }}
        >
          <label>
            {t("pickup_date")}{" "}
            <input
              type="date"
              value={date}
              min={tomorrow()}
              onChange={(e) => setDate(e.target.value)}
            />
          </label>{" "}
          <button className="button secondary" disabled={busy} type="submit">
            {t("pickup_book")}
          </button>
        </form>
      )}
      {open && shipment.method === "pickup" && (
        <button
          className="button secondary"
          disabled={busy}
          onClick={() => void choose("drop_off")}
        >
          {t("pickup_cancel")}
        </button>
      )}
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

const PARCEL_STATUS = {
  label_created: "parcel_label_created",
  in_transit: "parcel_in_transit",
  delivered: "parcel_delivered",
} as const

const ShippingSection = ({
  request,
  shipping,
  onChanged,
}: {
  request: StoreReturnRequest
  shipping: StoreReturnShipping
  onChanged: () => void
}) => {
  if (!["approved", "pending_review"].includes(request.status)) {
    return null
  }
  const address = shipping.address
  return (
    <Section title={t("shipping_title")} id="shipping">
      {request.status === "pending_review" ? (
        <p>{t("no_shipping_yet")}</p>
      ) : (
        <>
          {request.send_by && (
            <p className="strong" data-testid="request-send-by">
              {t("send_by", { date: day(request.send_by) })}
            </p>
          )}
          {shipping.method && (
            <p>
              <span className="strong">{t("ship_how")}: </span>
              {shipping.method} ·{" "}
              {shipping.free || shipping.amount === 0
                ? t("free")
                : money(shipping.amount, request.currency_code)}
            </p>
          )}
          {address && (
            <div>
              <p className="strong">{t("ship_to")}</p>
              <address data-testid="request-return-address">
                {[
                  address.name,
                  address.address_1,
                  address.address_2,
                  [address.postal_code, address.city].filter(Boolean).join(" "),
                  address.province,
                  address.country_code?.toUpperCase(),
                ]
                  .filter(Boolean)
                  .map((line) => (
                    <span key={line} className="address-line">
                      {line}
                    </span>
                  ))}
              </address>
            </div>
          )}
          {shipping.tracking_number && (
            <p>
              {shipping.tracking_url ? (
                <a href={shipping.tracking_url}>{shipping.tracking_number}</a>
              ) : (
                shipping.tracking_number
              )}
            </p>
          )}
          {request.return_shipment && (
            <p data-testid="request-parcel-status">
              <span className="strong">{t("parcel_status")}: </span>
              {[
                request.return_shipment.carrier,
                t(PARCEL_STATUS[request.return_shipment.status]),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          )}
          {shipping.label_url && (
            <a className="button secondary" href={shipping.label_url}>
              {t("label_download")}
            </a>
          )}
          {request.return_shipment && (
            <HandOver
              requestId={request.id}
              shipment={request.return_shipment}
              onChanged={onChanged}
            />
          )}
        </>
      )}
    </Section>
  )
}

/**
 * Photos for staff (a damaged item): sent with the request when its reason
 * asks for one, or added here while the request is reviewed or approved.
 */
const PhotoSection = ({ requestId }: { requestId: string }) => {
  const failed = /[?&]photo=failed/.test(window.location.hash)
  const [file, setFile] = useState<File | null>(null)
  const [sent, setSent] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(
    failed ? t("photo_failed") : null
  )
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!file) {
      return
    }
    setBusy(true)
    setError(null)
    try {
      const form = new FormData()
      form.append("file", file)
      await call(`/store/return-requests/${requestId}/evidence`, {
        method: "POST",
        body: form,
      })
      setSent((names) => [...names, file.name])
      setFile(null)
      ;(e.target as HTMLFormElement).reset()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Section title={t("photos_title")} id="photos">
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {sent.length > 0 && (
        <p className="alert alert-success" role="status">
          {t("photo_sent", { names: sent.join(", ") })}
        </p>
      )}
      <form onSubmit={submit} data-testid="request-photo-form">
        <Field id="request-photo" label={t("add_file")} hint={t("photo_hint")}>
          <input
            id="request-photo"
            type="file"
            accept="image/jpeg,image/png,image/webp,application/pdf"
            aria-describedby="request-photo-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <button
          className="button secondary"
          type="submit"
          disabled={busy || !file}
        >
          {t("upload")}
        </button>
      </form>
    </Section>
  )
}
