import { useState, type FormEvent } from "react"
import { call, messageOf } from "../api"
import { t } from "../i18n"
import { navigate } from "../router"
import type { StoreDispute, StoreReturnRequest } from "../types"
import { ErrorBox, Field, Loading, PageTitle, Section, useLoad } from "../ui"

const CATEGORIES = [
  "rejected_return",
  "item_condition",
  "refund_amount",
  "missing_item",
  "late_refund",
  "other",
] as const

type Target = { orderId: string; requestId: string | null; title: string }

const loadTarget = async (props: {
  requestId?: string
  orderId?: string
}): Promise<Target> => {
  if (props.requestId) {
    const { return_request } = await call<{
      return_request: StoreReturnRequest
    }>(`/store/return-requests/${props.requestId}`)
    return {
      orderId: return_request.order_id,
      requestId: return_request.id,
      title: t("new_dispute_title", { rma: return_request.rma_number }),
    }
  }
  const { order } = await call<{ order: { id: string; display_id: number } }>(
    `/store/orders/${props.orderId}`,
    { query: { fields: "id,display_id" } }
  )
  return {
    orderId: order.id,
    requestId: null,
    title: t("new_dispute_order_title", { order: order.display_id }),
  }
}

/** A dispute about a return request (or an order): why, what happened, a photo. */
export const NewDisputePage = (props: {
  requestId?: string
  orderId?: string
}) => {
  const { data, error, loading, reload } = useLoad(
    () => loadTarget(props),
    [props.requestId, props.orderId]
  )
  const [category, setCategory] = useState<string>(
    props.requestId ? "rejected_return" : "item_condition"
  )
  const [claim, setClaim] = useState("")
  const [photo, setPhoto] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!data || !claim.trim()) {
      return
    }
    setBusy(true)
    setFormError(null)
    try {
      const { dispute } = await call<{ dispute: StoreDispute }>(
        "/store/disputes",
        {
          method: "POST",
          body: {
            order_id: data.orderId,
            ...(data.requestId ? { return_request_id: data.requestId } : {}),
            reason_category: category,
            claim: claim.trim(),
          },
        }
      )
      if (photo) {
        const form = new FormData()
        form.append("kind", "photo")
        form.append("description", photo.name)
        form.append("file", photo)
        await call(`/store/disputes/${dispute.id}/evidence`, {
          method: "POST",
          body: form,
        })
      }
      navigate(`/disputes/${dispute.id}`)
    } catch (err) {
      setFormError(messageOf(err))
      setBusy(false)
    }
  }

  if (loading && !data) {
    return <Loading />
  }
  if (error || !data) {
    return <ErrorBox error={error} onRetry={reload} />
  }
  return (
    <>
      <p>
        <a href={props.requestId ? `#/requests/${props.requestId}` : "#/"}>
          ← {t("back")}
        </a>
      </p>
      <PageTitle>{data.title}</PageTitle>
      <Section title={t("dispute_text")} id="new-dispute">
        <form onSubmit={submit} data-testid="dispute-form">
          <Field id="dispute-category" label={t("category")}>
            <select
              id="dispute-category"
              value={category}
              onChange={(e) => setCategory(e.target.value)}
            >
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`cat_${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="dispute-claim" label={t("claim")} hint={t("claim_hint")}>
            <textarea
              id="dispute-claim"
              rows={5}
              required
              maxLength={5000}
              aria-describedby="dispute-claim-hint"
              value={claim}
              onChange={(e) => setClaim(e.target.value)}
            />
          </Field>
          <Field
            id="dispute-photo"
            label={t("photo_optional")}
            hint={t("photo_hint")}
          >
            <input
              id="dispute-photo"
              type="file"
              accept="image/jpeg,image/png,image/webp,application/pdf"
              aria-describedby="dispute-photo-hint"
              onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
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
            disabled={busy || !claim.trim()}
          >
            {busy ? t("submitting") : t("send_dispute")}
          </button>
        </form>
      </Section>
    </>
  )
}
