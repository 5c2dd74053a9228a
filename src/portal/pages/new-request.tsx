import {
  Fragment,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
} from "react"
import { call, messageOf } from "../api"
import { day, differenceText, money } from "../format"
import { t } from "../i18n"
import { navigate } from "../router"
import type {
  StoreExchangeVariantsResponse,
  StoreReturnEligibility,
  StoreReturnEligibilityItem,
  StoreReturnRequest,
  StoreReturnRequestPreview,
} from "../types"
import {
  ErrorBox,
  Field,
  Loading,
  PageTitle,
  Section,
  Thumb,
  useLoad,
} from "../ui"

type Choice = {
  selected: boolean
  quantity: number
  reason: string
  photo: File | null
  /**
   * Money back, another variant of the same product, or anything in stock
   * up to what the item was paid ("exchange for something else").
   */
  remedy: "refund" | "exchange" | "exchange_any"
  /** The variant chosen in exchange ("" until chosen). */
  variant: string
}

/** The exchange mode the store API takes for a line's remedy. */
const exchangeMode = (remedy: Choice["remedy"]) =>
  remedy === "exchange_any" ? ("any" as const) : ("same_product" as const)

type RefundMethod = "original_payment" | "store_credit"

type Body = {
  order_id: string
  /** Absent on an exchange: its difference is settled on the payment. */
  refund_method?: RefundMethod
  items: {
    line_item_id: string
    quantity: number
    reason_code: string
    has_evidence?: boolean
    exchange?: { variant_id: string; mode: "same_product" | "any" }
  }[]
}

/** Whether the chosen lines are exchanged: all, none, or a mix (refused). */
const remedyOf = (
  eligibility: StoreReturnEligibility,
  choices: Record<string, Choice>
): "refund" | "exchange" | "mixed" => {
  const remedies = new Set(
    eligibility.items
      .filter((item) => choices[item.line_item_id]?.selected)
      // Either kind of exchange is an exchange: they may be combined.
      .map((item) =>
        choices[item.line_item_id]!.remedy === "refund" ? "refund" : "exchange"
      )
  )
  return remedies.size > 1
    ? "mixed"
    : remedies.has("exchange")
      ? "exchange"
      : "refund"
}

/**
 * The request the form describes; null until every chosen line has a
 * reason (and, exchanged, its new variant), or when refunds and exchanges
 * are mixed: one request is one or the other.
 */
const requestBody = (
  orderId: string,
  eligibility: StoreReturnEligibility,
  choices: Record<string, Choice>,
  method: RefundMethod
): Body | null => {
  const chosen = eligibility.items.filter(
    (item) => choices[item.line_item_id]?.selected
  )
  const remedy = remedyOf(eligibility, choices)
  if (
    !chosen.length ||
    remedy === "mixed" ||
    chosen.some(
      (i) =>
        !choices[i.line_item_id]!.reason ||
        (remedy === "exchange" && !choices[i.line_item_id]!.variant)
    )
  ) {
    return null
  }
  return {
    order_id: orderId,
    ...(remedy === "refund" ? { refund_method: method } : {}),
    items: chosen.map((i) => {
      const choice = choices[i.line_item_id]!
      return {
        line_item_id: i.line_item_id,
        quantity: choice.quantity,
        reason_code: choice.reason,
        ...(choice.photo ? { has_evidence: true } : {}),
        ...(remedy === "exchange"
          ? {
              exchange: {
                variant_id: choice.variant,
                mode: exchangeMode(choice.remedy),
              },
            }
          : {}),
      }
    }),
  }
}

/**
 * The server's preview of the request as the form stands: the same policy
 * engine as the request itself, so what the customer sees is what sending
 * it does. Debounced; a late answer for an older form is dropped.
 */
const usePreview = (body: Body | null) => {
  const [state, setState] = useState<{
    preview: StoreReturnRequestPreview | null
    error: unknown
  }>({ preview: null, error: null })
  const key = body ? JSON.stringify(body) : ""
  useEffect(() => {
    if (!body) {
      setState({ preview: null, error: null })
      return
    }
    let live = true
    const timer = setTimeout(() => {
      call<{ preview: StoreReturnRequestPreview }>(
        "/store/return-requests/preview",
        { method: "POST", body }
      ).then(
        ({ preview }) => live && setState({ preview, error: null }),
        (error) => live && setState({ preview: null, error })
      )
    }, 200)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [key])
  return state
}

const daysLeftText = (days: number) =>
  days <= 0
    ? t("last_day")
    : days === 1
      ? t("day_left")
      : t("days_left", { days })

/** Pick items, reasons and the refund method; see the outcome; send. */
export const NewRequestPage = ({ orderId }: { orderId: string }) => {
  const { data, error, loading, reload } = useLoad(
    () =>
      call<{ eligibility: StoreReturnEligibility }>(
        `/store/orders/${orderId}/return-eligibility`
      ).then((r) => r.eligibility),
    [orderId]
  )
  const [orderNumber, setOrderNumber] = useState<number | null>(null)
  useLoad(
    () =>
      call<{ order: { display_id: number } }>(`/store/orders/${orderId}`, {
        query: { fields: "id,display_id" },
      }).then((r) => setOrderNumber(r.order.display_id)),
    [orderId]
  )
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [method, setMethod] = useState<RefundMethod>("original_payment")
  const [note, setNote] = useState("")
  const [busy, setBusy] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)

  const body = useMemo(
    () => (data ? requestBody(orderId, data, choices, method) : null),
    [orderId, data, choices, method]
  )
  const { preview, error: previewError } = usePreview(body)
  const remedy = data ? remedyOf(data, choices) : "refund"
  const update = (id: string, patch: Partial<Choice>) =>
    setChoices((all) => ({
      ...all,
      [id]: {
        ...(all[id] ?? {
          selected: false,
          quantity: 1,
          reason: "",
          photo: null,
          remedy: "refund",
          variant: "",
        }),
        ...patch,
      },
    }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!data) {
      return
    }
    if (!body) {
      const anyUnchosen = data.items.some((item) => {
        const choice = choices[item.line_item_id]
        return (
          choice?.selected &&
          choice.remedy === "exchange_any" &&
          !choice.variant
        )
      })
      setFormError(
        remedy === "mixed"
          ? t("exchange_mixed")
          : remedy === "exchange"
            ? anyUnchosen
              ? t("fix_exchange_any")
              : t("fix_variant")
            : t("fix_reason")
      )
      return
    }
    setBusy(true)
    setFormError(null)
    try {
      const { return_request } = await call<{
        return_request: StoreReturnRequest
      }>("/store/return-requests", {
        method: "POST",
        body: { ...body, ...(note.trim() ? { note: note.trim() } : {}) },
      })
      // The photos the reasons asked for, stored on the request for staff.
      // The request exists now: a failed upload still opens its page.
      const photos = data.items.filter(
        (item) =>
          choices[item.line_item_id]?.selected &&
          choices[item.line_item_id]?.photo
      )
      const sent = await Promise.all(
        photos.map((item) => {
          const form = new FormData()
          form.append("description", item.title)
          form.append("file", choices[item.line_item_id]!.photo!)
          return call(`/store/return-requests/${return_request.id}/evidence`, {
            method: "POST",
            body: form,
          })
        })
      ).then(
        () => true,
        () => false
      )
      navigate(`/requests/${return_request.id}${sent ? "" : "?photo=failed"}`)
    } catch (err) {
      setFormError(messageOf(err))
      setBusy(false)
    }
  }

  return (
    <>
      <p>
        <a href="#/">← {t("back_home")}</a>
      </p>
      <PageTitle>{t("new_title", { order: orderNumber ?? "…" })}</PageTitle>
      {loading && !data && <Loading />}
      {error ? <ErrorBox error={error} onRetry={reload} /> : null}
      {data && (
        <form onSubmit={submit} noValidate data-testid="request-form">
          <Section title={t("step_items")} id="items">
            <ul className="list">
              {data.items.map((item) => (
                <ItemChoice
                  key={item.line_item_id}
                  orderId={orderId}
                  item={item}
                  eligibility={data}
                  choice={choices[item.line_item_id]}
                  onChange={(patch) => update(item.line_item_id, patch)}
                />
              ))}
            </ul>
          </Section>
          {remedy !== "refund" ? (
            <Section title={t("step_exchange")} id="refund">
              {remedy === "mixed" && (
                <p className="alert alert-error" role="alert">
                  {t("exchange_mixed")}
                </p>
              )}
              <p>{t("exchange_settle_text")}</p>
            </Section>
          ) : (
            <Section title={t("step_refund")} id="refund">
              <fieldset className="choices" aria-labelledby="refund-heading">
                {data.refund_methods.map((m) => (
                  <label key={m.method} className="choice">
                    <input
                      type="radio"
                      name="refund_method"
                      value={m.method}
                      checked={method === m.method}
                      onChange={() => setMethod(m.method)}
                    />
                    <span>
                      <span className="strong">
                        {m.method === "original_payment"
                          ? t("refund_original")
                          : m.bonus_percent > 0
                            ? t("refund_credit_bonus", {
                                percent: m.bonus_percent,
                              })
                            : t("refund_credit")}
                      </span>
                      {m.method === "store_credit" && (
                        <span className="hint">{t("refund_credit_hint")}</span>
                      )}
                    </span>
                  </label>
                ))}
              </fieldset>
            </Section>
          )}
          <Section title={t("step_outcome")} id="outcome">
            {previewError ? <ErrorBox error={previewError} /> : null}
            <OutcomePanel
              preview={body ? preview : null}
              currency={data.currency_code}
              method={method}
            />
            <Field id="request-note" label={t("note")}>
              <textarea
                id="request-note"
                rows={3}
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </Field>
            {formError && (
              <p className="alert alert-error" role="alert">
                {formError}
              </p>
            )}
            <button
              className="button"
              type="submit"
              disabled={
                busy || !body || !preview || preview.outcome === "not_eligible"
              }
              data-testid="request-submit"
            >
              {busy ? t("submitting") : t("submit")}
            </button>
          </Section>
        </form>
      )}
    </>
  )
}

const ItemChoice = ({
  orderId,
  item,
  eligibility,
  choice,
  onChange,
}: {
  orderId: string
  item: StoreReturnEligibilityItem
  eligibility: StoreReturnEligibility
  choice: Choice | undefined
  onChange: (patch: Partial<Choice>) => void
}) => {
  const id = item.line_item_id
  const reason = eligibility.reason_codes.find((r) => r.code === choice?.reason)
  // Another size/colour: when the policy allows exchanges and another
  // variant is in stock. Something else: whenever it allows them (the
  // search says when nothing fits).
  const canExchange =
    eligibility.exchange.allowed && item.exchange_options.length > 0
  const canExchangeAny = eligibility.exchange.allowed
  const remedies: Choice["remedy"][] = [
    "refund",
    ...(canExchange ? (["exchange"] as const) : []),
    ...(canExchangeAny ? (["exchange_any"] as const) : []),
  ]
  return (
    <li className="item" data-testid="return-item" data-line-id={id}>
      <Thumb src={item.thumbnail} alt={item.title} />
      <div className="grow">
        <p className="strong">{item.title}</p>
        {item.variant_title && (
          <p className="muted">
            {t("item_variant", { variant: item.variant_title })}
          </p>
        )}
        <p className="muted">
          {t("item_price", {
            price: money(item.unit_price, item.currency_code),
            quantity: item.quantity,
          })}
        </p>
        {item.eligible ? (
          <p className="deadline">
            {t("deadline", { date: day(item.return_deadline) })} ·{" "}
            <span className={item.days_left <= 3 ? "urgent" : undefined}>
              {daysLeftText(item.days_left)}
            </span>
          </p>
        ) : (
          <p className="not-eligible">
            {t("not_returnable", {
              reason: item.reasons_not_eligible.join("; ") || "—",
            })}
          </p>
        )}
        {item.eligible && item.returnable_quantity > 0 && (
          <>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={!!choice?.selected}
                onChange={(e) => onChange({ selected: e.target.checked })}
                aria-describedby={`${id}-title`}
              />
              <span id={`${id}-title`}>{t("return_this")}</span>
            </label>
            {choice?.selected && (
              <div className="item-fields">
                <Field id={`${id}-qty`} label={t("quantity")}>
                  <select
                    id={`${id}-qty`}
                    value={choice.quantity}
                    onChange={(e) =>
                      onChange({ quantity: Number(e.target.value) })
                    }
                  >
                    {Array.from(
                      { length: item.returnable_quantity },
                      (_, i) => (
                        <option key={i + 1} value={i + 1}>
                          {i + 1}
                        </option>
                      )
                    )}
                  </select>
                </Field>
                <Field id={`${id}-reason`} label={t("reason")}>
                  <select
                    id={`${id}-reason`}
                    value={choice.reason}
                    required
                    onChange={(e) => onChange({ reason: e.target.value })}
                  >
                    <option value="">{t("choose_reason")}</option>
                    {eligibility.reason_codes.map((r) => (
                      <option key={r.code} value={r.code}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                </Field>
                {remedies.length > 1 && (
                  <fieldset
                    className="choices remedy"
                    data-testid="item-remedy"
                  >
                    <legend className="strong">{t("remedy")}</legend>
                    {remedies.map((remedy) => (
                      <label key={remedy} className="choice">
                        <input
                          type="radio"
                          name={`${id}-remedy`}
                          value={remedy}
                          checked={choice.remedy === remedy}
                          // The chosen variant belongs to the other list.
                          onChange={() => onChange({ remedy, variant: "" })}
                        />
                        <span>
                          {remedy === "refund"
                            ? t("remedy_refund")
                            : remedy === "exchange"
                              ? t("remedy_exchange")
                              : t("remedy_exchange_any")}
                        </span>
                      </label>
                    ))}
                  </fieldset>
                )}
                {canExchange && choice.remedy === "exchange" && (
                  <Field id={`${id}-variant`} label={t("exchange_variant")}>
                    <select
                      id={`${id}-variant`}
                      value={choice.variant}
                      required
                      onChange={(e) => onChange({ variant: e.target.value })}
                    >
                      <option value="">{t("choose_variant")}</option>
                      {item.exchange_options.map((o) => (
                        <option key={o.variant_id} value={o.variant_id}>
                          {t("variant_option", {
                            title: o.title,
                            price: money(o.unit_total, item.currency_code),
                            stock:
                              o.available === null
                                ? t("in_stock")
                                : t("in_stock_n", { n: o.available }),
                          })}
                        </option>
                      ))}
                    </select>
                  </Field>
                )}
                {canExchangeAny && choice.remedy === "exchange_any" && (
                  <AnyExchangeSearch
                    orderId={orderId}
                    item={item}
                    value={choice.variant}
                    onChange={(variant) => onChange({ variant })}
                  />
                )}
                {reason?.requires_evidence && (
                  <Field
                    id={`${id}-photo`}
                    label={t("photo")}
                    hint={t("photo_required_hint")}
                  >
                    <input
                      id={`${id}-photo`}
                      type="file"
                      accept="image/jpeg,image/png,image/webp"
                      aria-describedby={`${id}-photo-hint`}
                      onChange={(e) =>
                        onChange({ photo: e.target.files?.[0] ?? null })
                      }
                    />
                  </Field>
                )}
              </div>
            )}
          </>
        )}
      </div>
    </li>
  )
}

const SEARCH_PAGE = 10

/**
 * "Exchange for something else": searches, by product title, what the line
 * can be swapped for (in stock, priced with the line's tax, up to what one
 * unit was paid) and lets the customer pick one. Debounced; an answer for
 * older text is dropped, and "Show more" appends the next page.
 */
const AnyExchangeSearch = ({
  orderId,
  item,
  value,
  onChange,
}: {
  orderId: string
  item: StoreReturnEligibilityItem
  value: string
  onChange: (variantId: string) => void
}) => {
  const id = item.line_item_id
  const path = `/store/orders/${orderId}/line-items/${id}/exchange-variants`
  const [q, setQ] = useState("")
  const [found, setFound] = useState<StoreExchangeVariantsResponse | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<unknown>(null)
  // Only the latest search may write: typing on while a page loads wins.
  const latest = useRef(0)

  const load = (offset: number) => {
    const mine = ++latest.current
    setLoading(true)
    const text = q.trim()
    return call<StoreExchangeVariantsResponse>(path, {
      query: { ...(text ? { q: text } : {}), limit: SEARCH_PAGE, offset },
    }).then(
      (page) => {
        if (latest.current !== mine) {
          return
        }
        setFound((prev) =>
          offset && prev
            ? {
                ...page,
                exchange_variants: [
                  ...prev.exchange_variants,
                  ...page.exchange_variants,
                ],
              }
            : page
        )
        setError(null)
        setLoading(false)
      },
      (err) => {
        if (latest.current === mine) {
          setError(err)
          setLoading(false)
        }
      }
    )
  }
  useEffect(() => {
    const timer = setTimeout(() => load(0), 250)
    return () => clearTimeout(timer)
  }, [path, q])

  const currency = found?.currency_code ?? item.currency_code
  return (
    <div className="any-exchange" data-testid="exchange-any">
      <Field
        id={`${id}-any-q`}
        label={t("exchange_any_search")}
        hint={
          found
            ? t("exchange_any_hint", { amount: money(found.credit, currency) })
            : undefined
        }
      >
        <input
          id={`${id}-any-q`}
          type="search"
          value={q}
          autoComplete="off"
          maxLength={200}
          aria-describedby={found ? `${id}-any-q-hint` : undefined}
          aria-controls={`${id}-any-results`}
          onChange={(e) => setQ(e.target.value)}
          data-testid="exchange-any-q"
        />
      </Field>
      {error ? <ErrorBox error={error} /> : null}
      <fieldset
        id={`${id}-any-results`}
        className="choices any-results"
        aria-busy={loading}
      >
        <legend className="sr-only">{t("exchange_any_results")}</legend>
        {found?.exchange_variants.map((o) => (
          <label
            key={o.variant_id}
            className="choice any-option"
            data-testid="exchange-any-option"
            data-variant-id={o.variant_id}
          >
            <input
              type="radio"
              name={`${id}-any`}
              value={o.variant_id}
              checked={value === o.variant_id}
              onChange={() => onChange(o.variant_id)}
            />
            <Thumb src={o.thumbnail} alt="" />
            <span>
              <span className="strong">{o.product_title}</span>
              <span className="muted">
                {t("item_variant", { variant: o.title })}
              </span>
              <span>
                {t("exchange_any_option", {
                  price: money(o.unit_total, currency),
                  stock:
                    o.available === null
                      ? t("in_stock")
                      : t("in_stock_n", { n: o.available }),
                })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="muted" role="status">
        {loading
          ? t("loading")
          : found && !found.exchange_variants.length
            ? t("exchange_any_none")
            : ""}
      </p>
      {found?.has_more && (
        <button
          type="button"
          className="button secondary small"
          disabled={loading}
          onClick={() => load(found.exchange_variants.length)}
        >
          {t("exchange_any_more")}
        </button>
      )}
    </div>
  )
}

/** An exchange's figures: the credit, the new items and the difference. */
const ExchangeTotals = ({
  exchange,
}: {
  exchange: NonNullable<StoreReturnRequestPreview["exchange"]>
}) => (
  <>
    <dl className="totals" data-testid="exchange-totals">
      <dt>{t("exchange_credit")}</dt>
      <dd>{money(exchange.credit_total, exchange.currency_code)}</dd>
      {exchange.lines.map((line) => (
        <Fragment key={line.line_item_id}>
          <dt>
            {line.quantity} × {line.product_title} {line.variant_title}
          </dt>
          <dd>{money(line.new_total, exchange.currency_code)}</dd>
        </Fragment>
      ))}
      <dt className="strong">{t("exchange_new")}</dt>
      <dd className="strong">
        {money(exchange.new_total, exchange.currency_code)}
      </dd>
    </dl>
    <p className="difference strong" data-testid="exchange-difference">
      {differenceText(exchange.difference, exchange.currency_code)}
    </p>
  </>
)

const OutcomePanel = ({
  preview,
  currency,
  method,
}: {
  preview: StoreReturnRequestPreview | null
  currency: string
  method: RefundMethod
}) => {
  if (!preview) {
    return <p className="muted">{t("outcome_none")}</p>
  }
  const tone = {
    auto_approve: "success",
    manual_review: "warning",
    not_eligible: "error",
  }[preview.outcome]
  const title = {
    auto_approve: t("outcome_auto_approve"),
    manual_review: t("outcome_review"),
    not_eligible: t("outcome_reject"),
  }[preview.outcome]
  const text = {
    auto_approve: t("outcome_auto_approve_text"),
    manual_review: t("outcome_review_text"),
    not_eligible: t("outcome_reject_text"),
  }[preview.outcome]
  const refund = preview.refund
  return (
    <div
      className={`outcome alert alert-${tone}`}
      role="status"
      aria-live="polite"
      data-testid="request-outcome"
      data-outcome={preview.outcome}
    >
      <p className="outcome-title">{title}</p>
      <p>{text}</p>
      {preview.reasons.length > 0 && (
        <ul>
          {preview.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {preview.outcome !== "not_eligible" && preview.exchange?.allowed && (
        <ExchangeTotals exchange={preview.exchange} />
      )}
      {preview.outcome !== "not_eligible" && !preview.exchange && (
        <dl className="totals">
          <dt>{t("refund_items")}</dt>
          <dd>{money(refund.items_total, currency)}</dd>
          {refund.restocking_fee_total > 0 && (
            <>
              <dt>{t("refund_fee")}</dt>
              <dd>−{money(refund.restocking_fee_total, currency)}</dd>
            </>
          )}
          <dt>{t("refund_shipping")}</dt>
          <dd>
            {refund.return_shipping > 0
              ? `−${money(refund.return_shipping, currency)}`
              : t("free")}
          </dd>
          <dt className="strong">{t("refund_total")}</dt>
          <dd className="strong">{money(refund.refund_total, currency)}</dd>
          {method === "store_credit" && refund.store_credit_bonus > 0 && (
            <>
              <dt>{t("refund_bonus")}</dt>
              <dd>+{money(refund.store_credit_bonus, currency)}</dd>
              <dt className="strong">{t("refund_credited")}</dt>
              <dd className="strong">
                {money(refund.credited_total, currency)}
              </dd>
            </>
          )}
        </dl>
      )}
    </div>
  )
}
