import { useMemo, useState, type FormEvent } from "react"
import { call, messageOf } from "../api"
import { day, money } from "../format"
import { t } from "../i18n"
import { navigate } from "../router"
import type {
  StoreReturnEligibility,
  StoreReturnEligibilityItem,
  StoreReturnRequest,
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
}

type RefundMethod = "original_payment" | "store_credit"

type Expected = {
  outcome: "auto_approve" | "manual_review" | "not_eligible"
  reasons: string[]
  items_total: number
  restocking_fee_total: number
  return_shipping: number
  refund_total: number
  bonus: number
}

const round = (n: number) => Math.round(n * 100) / 100

/**
 * What sending the chosen lines would do, from the eligibility answer: each
 * line's predicted outcome (for that line alone), the refund of the chosen
 * units, and the policy's auto-approval ceiling for their sum. A reason that
 * asks for evidence is checked by staff, so it is reviewed. The server
 * decides on submit; the status page shows what it decided.
 */
export const expectedOutcome = (
  eligibility: StoreReturnEligibility,
  choices: Record<string, Choice>,
  method: RefundMethod
): Expected | null => {
  const chosen = eligibility.items.filter(
    (item) => choices[item.line_item_id]?.selected
  )
  if (!chosen.length) {
    return null
  }
  const reasonOf = (code: string) =>
    eligibility.reason_codes.find((r) => r.code === code)
  let itemsTotal = 0
  let fees = 0
  const refused: string[] = []
  const reviewed: string[] = []
  for (const item of chosen) {
    const choice = choices[item.line_item_id]!
    if (!item.eligible) {
      refused.push(
        ...(item.reasons_not_eligible.length
          ? item.reasons_not_eligible
          : [item.title])
      )
      continue
    }
    const units = Math.max(1, item.returnable_quantity)
    itemsTotal += (item.refund_amount / units) * choice.quantity
    fees += (item.restocking_fee / units) * choice.quantity
    const reason = reasonOf(choice.reason)
    if (reason?.requires_evidence) {
      if (!choice.photo) {
        refused.push(t("fix_photo", { item: item.title }))
      } else {
        reviewed.push(`${reason.label}: ${item.title}`)
      }
    }
    if (item.predicted_outcome.outcome === "manual_review") {
      reviewed.push(...item.predicted_outcome.reasons)
    }
    if (item.predicted_outcome.outcome === "not_eligible") {
      refused.push(...item.predicted_outcome.reasons)
    }
  }
  const shipping = eligibility.return_shipping.free
    ? 0
    : eligibility.return_shipping.amount
  const refund = Math.max(0, itemsTotal - fees - shipping)
  const ceiling = eligibility.policy.auto_approve_max_amount
  if (!refused.length && ceiling !== null && refund > ceiling) {
    reviewed.push(
      `${money(refund, eligibility.currency_code)} > ${money(ceiling, eligibility.currency_code)}`
    )
  }
  const bonus =
    method === "store_credit"
      ? (refund * eligibility.policy.store_credit_bonus_percent) / 100
      : 0
  return {
    outcome: refused.length
      ? "not_eligible"
      : reviewed.length || ceiling === null
        ? "manual_review"
        : "auto_approve",
    reasons: [...new Set(refused.length ? refused : reviewed)],
    items_total: round(itemsTotal),
    restocking_fee_total: round(fees),
    return_shipping: round(shipping),
    refund_total: round(refund),
    bonus: round(bonus),
  }
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

  const expected = useMemo(
    () => (data ? expectedOutcome(data, choices, method) : null),
    [data, choices, method]
  )
  const update = (id: string, patch: Partial<Choice>) =>
    setChoices((all) => ({
      ...all,
      [id]: {
        ...(all[id] ?? {
          selected: false,
          quantity: 1,
          reason: "",
          photo: null,
        }),
        ...patch,
      },
    }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!data) {
      return
    }
    const chosen = data.items.filter((i) => choices[i.line_item_id]?.selected)
    if (chosen.some((i) => !choices[i.line_item_id]!.reason)) {
      setFormError(t("fix_reason"))
      return
    }
    const missingPhoto = chosen.find(
      (i) =>
        data.reason_codes.find(
          (r) => r.code === choices[i.line_item_id]!.reason
        )?.requires_evidence && !choices[i.line_item_id]!.photo
    )
    if (missingPhoto) {
      setFormError(t("fix_photo", { item: missingPhoto.title }))
      return
    }
    setBusy(true)
    setFormError(null)
    try {
      const { return_request } = await call<{
        return_request: StoreReturnRequest
      }>("/store/return-requests", {
        method: "POST",
        body: {
          order_id: orderId,
          refund_method: method,
          ...(note.trim() ? { note: note.trim() } : {}),
          items: chosen.map((i) => {
            const choice = choices[i.line_item_id]!
            return {
              line_item_id: i.line_item_id,
              quantity: choice.quantity,
              reason_code: choice.reason,
              ...(choice.photo ? { has_evidence: true } : {}),
            }
          }),
        },
      })
      navigate(`/requests/${return_request.id}`)
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
                  item={item}
                  eligibility={data}
                  choice={choices[item.line_item_id]}
                  onChange={(patch) => update(item.line_item_id, patch)}
                />
              ))}
            </ul>
          </Section>
          <Section title={t("step_refund")} id="refund">
            <fieldset className="choices">
              <legend className="sr-only">{t("step_refund")}</legend>
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
          <Section title={t("step_outcome")} id="outcome">
            <OutcomePanel
              expected={expected}
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
                busy || !expected || expected.outcome === "not_eligible"
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
  item,
  eligibility,
  choice,
  onChange,
}: {
  item: StoreReturnEligibilityItem
  eligibility: StoreReturnEligibility
  choice: Choice | undefined
  onChange: (patch: Partial<Choice>) => void
}) => {
  const id = item.line_item_id
  const reason = eligibility.reason_codes.find((r) => r.code === choice?.reason)
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
                {reason?.requires_evidence && (
                  <Field
                    id={`${id}-photo`}
                    label={t("photo")}
                    hint={t("photo_hint")}
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

const OutcomePanel = ({
  expected,
  currency,
  method,
}: {
  expected: Expected | null
  currency: string
  method: RefundMethod
}) => {
  if (!expected) {
    return <p className="muted">{t("outcome_none")}</p>
  }
  const tone = {
    auto_approve: "success",
    manual_review: "warning",
    not_eligible: "error",
  }[expected.outcome]
  const title = {
    auto_approve: t("outcome_auto_approve"),
    manual_review: t("outcome_review"),
    not_eligible: t("outcome_reject"),
  }[expected.outcome]
  const text = {
    auto_approve: t("outcome_auto_approve_text"),
    manual_review: t("outcome_review_text"),
    not_eligible: t("outcome_reject_text"),
  }[expected.outcome]
  return (
    <div
      className={`outcome alert alert-${tone}`}
      role="status"
      aria-live="polite"
      data-testid="request-outcome"
      data-outcome={expected.outcome}
    >
      <p className="outcome-title">{title}</p>
      <p>{text}</p>
      {expected.reasons.length > 0 && (
        <ul>
          {expected.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {expected.outcome !== "not_eligible" && (
        <dl className="totals">
          <dt>{t("refund_items")}</dt>
          <dd>{money(expected.items_total, currency)}</dd>
          {expected.restocking_fee_total > 0 && (
            <>
              <dt>{t("refund_fee")}</dt>
              <dd>−{money(expected.restocking_fee_total, currency)}</dd>
            </>
          )}
          <dt>{t("refund_shipping")}</dt>
          <dd>
            {expected.return_shipping > 0
              ? `−${money(expected.return_shipping, currency)}`
              : t("free")}
          </dd>
          <dt className="strong">{t("refund_total")}</dt>
          <dd className="strong">{money(expected.refund_total, currency)}</dd>
          {method === "store_credit" && expected.bonus > 0 && (
            <>
              <dt>{t("refund_bonus")}</dt>
              <dd>+{money(expected.bonus, currency)}</dd>
              <dt className="strong">{t("refund_credited")}</dt>
              <dd className="strong">
                {money(expected.refund_total + expected.bonus, currency)}
              </dd>
            </>
          )}
        </dl>
      )}
    </div>
  )
}
