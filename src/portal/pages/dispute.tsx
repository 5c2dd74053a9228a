import { useEffect, useRef, useState, type FormEvent } from "react"
import { call, fileUrl, messageOf } from "../api"
import { day, moment, money } from "../format"
import { t, tOr } from "../i18n"
import type { StoreDisputeDetail } from "../types"
import {
  Badge,
  disputeTone,
  ErrorBox,
  Field,
  Loading,
  PageTitle,
  Section,
  useLoad,
} from "../ui"

type Evidence = StoreDisputeDetail["evidence"][number]

/** An evidence file, fetched with the customer's credentials. */
const EvidenceItem = ({ item }: { item: Evidence }) => {
  const [src, setSrc] = useState<string | null>(null)
  const isImage = /^image\//.test(item.mime_type ?? "")
  useEffect(() => {
    let url: string | null = null
    fileUrl(item.url).then(
      (u) => {
        url = u
        setSrc(u)
      },
      () => setSrc(null)
    )
    return () => {
      if (url) {
        URL.revokeObjectURL(url)
      }
    }
  }, [item.url])
  const label = item.description || item.filename || item.kind
  return (
    <li className="evidence" data-testid="dispute-evidence">
      {isImage && src ? (
        <img src={src} alt={label} className="evidence-img" />
      ) : (
        <span className="evidence-file" aria-hidden="true">
          PDF
        </span>
      )}
      {src ? (
        <a href={src} download={item.filename ?? undefined}>
          {label}
        </a>
      ) : (
        <span>{label}</span>
      )}
    </li>
  )
}

const RESOLUTION_KEY = {
  full_refund: "resolution_full_refund",
  partial_refund: "resolution_partial_refund",
  reversal: "resolution_reversal",
  rejected: "resolution_rejected",
} as const

/**
 * A dispute: the claim, the conversation (no internal notes), evidence, the
 * outcome; reply and upload while it is open, rate it once closed.
 */
export const DisputePage = ({ id, rate }: { id: string; rate: boolean }) => {
  const { data, error, loading, reload } = useLoad(
    () =>
      call<{ dispute: StoreDisputeDetail }>(`/store/disputes/${id}`).then(
        (r) => r.dispute
      ),
    [id]
  )
  if (loading && !data) {
    return <Loading />
  }
  if (error || !data) {
    return <ErrorBox error={error} onRetry={reload} />
  }
  const d = data
  return (
    <>
      <p>
        <a
          href={
            d.return_request_id ? `#/requests/${d.return_request_id}` : "#/"
          }
        >
          ← {t("back")}
        </a>
      </p>
      <PageTitle>{t("dispute_page_title", { number: d.number })}</PageTitle>
      <p className="lead">
        <Badge tone={disputeTone(d.status)}>
          <span data-testid="dispute-status">
            {tOr(`dispute_${d.status}`, d.status)}
          </span>
        </Badge>{" "}
        {d.can_reply &&
          d.sla_due_at &&
          t("respond_by", { date: day(d.sla_due_at) })}
      </p>
      <div className="columns">
        <div>
          <Section title={t("conversation")} id="conversation">
            <ol className="messages" data-testid="dispute-messages">
              <li className="message message-customer">
                <p className="muted small">
                  {t("your_claim")} · {moment(d.created_at)}
                </p>
                <p>{d.claim}</p>
              </li>
              {d.messages.map((m) => (
                <li
                  key={m.id}
                  className={`message message-${m.author_type}`}
                  data-testid="dispute-message"
                >
                  <p className="muted small">
                    {m.author_type === "customer"
                      ? t("you")
                      : m.author_type === "staff"
                        ? t("staff")
                        : t("system")}{" "}
                    · {moment(m.created_at)}
                  </p>
                  <p>{m.body}</p>
                </li>
              ))}
            </ol>
            {d.can_reply && <ReplyForm disputeId={d.id} onSent={reload} />}
          </Section>
        </div>
        <div>
          {d.resolution_kind && (
            <Section
              title={t("resolution_title")}
              id="resolution"
              className="highlight"
            >
              <p className="strong" data-testid="dispute-resolution">
                {t(RESOLUTION_KEY[d.resolution_kind], {
                  amount: money(d.resolution_amount ?? 0, d.currency_code),
                })}
              </p>
              {d.resolution_note && <p>{d.resolution_note}</p>}
            </Section>
          )}
          {(d.can_rate || d.rating !== null) && (
            <RatingSection dispute={d} focus={rate} onRated={reload} />
          )}
          <Section title={t("evidence_title")} id="evidence">
            {d.evidence.length === 0 ? (
              <p className="muted">{t("no_evidence")}</p>
            ) : (
              <ul className="evidence-list">
                {d.evidence.map((e) => (
                  <EvidenceItem key={e.id} item={e} />
                ))}
              </ul>
            )}
            {d.can_reply && <UploadForm disputeId={d.id} onUploaded={reload} />}
          </Section>
        </div>
      </div>
    </>
  )
}

const ReplyForm = ({
  disputeId,
  onSent,
}: {
  disputeId: string
  onSent: () => void
}) => {
  const [body, setBody] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await call(`/store/disputes/${disputeId}/messages`, {
        method: "POST",
        body: { body: body.trim() },
      })
      setBody("")
      onSent()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={submit} className="reply" data-testid="dispute-reply-form">
      <Field id="reply-body" label={t("reply")}>
        <textarea
          id="reply-body"
          rows={4}
          required
          maxLength={5000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <button className="button" type="submit" disabled={busy || !body.trim()}>
        {t("send_reply")}
      </button>
    </form>
  )
}

const UploadForm = ({
  disputeId,
  onUploaded,
}: {
  disputeId: string
  onUploaded: () => void
}) => {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!file) {
      return
    }
    setBusy(true)
    setError(null)
    try {
      const form = new FormData()
      form.append(
        "kind",
        file.type === "application/pdf" ? "document" : "photo"
      )
      form.append("description", file.name)
      form.append("file", file)
      await call(`/store/disputes/${disputeId}/evidence`, {
        method: "POST",
        body: form,
      })
      setFile(null)
      if (input.current) {
        input.current.value = ""
      }
      onUploaded()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form
      onSubmit={submit}
      className="upload"
      data-testid="dispute-upload-form"
    >
      <Field id="evidence-file" label={t("add_file")} hint={t("photo_hint")}>
        <input
          ref={input}
          id="evidence-file"
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          aria-describedby="evidence-file-hint"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </Field>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <button
        className="button secondary"
        type="submit"
        disabled={busy || !file}
      >
        {t("upload")}
      </button>
    </form>
  )
}

const RatingSection = ({
  dispute,
  focus,
  onRated,
}: {
  dispute: StoreDisputeDetail
  focus: boolean
  onRated: () => void
}) => {
  const [rating, setRating] = useState(0)
  const [comment, setComment] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    if (focus) {
      ref.current?.scrollIntoView({ block: "center" })
      ref.current?.querySelector<HTMLInputElement>("input")?.focus()
    }
  }, [focus])
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await call(`/store/disputes/${dispute.id}/rating`, {
        method: "POST",
        body: {
          rating,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        },
      })
      onRated()
    } catch (err) {
      setError(messageOf(err))
      setBusy(false)
    }
  }
  return (
    <section
      className="card"
      aria-labelledby="rate-heading"
      ref={ref}
      id="rate"
    >
      <h2 id="rate-heading">{t("rate_title")}</h2>
      {dispute.rating !== null ? (
        <p className="strong" data-testid="dispute-rated">
          {t("rated", { n: dispute.rating })}
        </p>
      ) : (
        <form onSubmit={submit} data-testid="dispute-rating-form">
          <fieldset className="stars">
            <legend>{t("rate_text")}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="star">
                <input
                  type="radio"
                  name="rating"
                  value={n}
                  checked={rating === n}
                  onChange={() => setRating(n)}
                />
                <span
                  aria-hidden="true"
                  className={n <= rating ? "on" : undefined}
                >
                  ★
                </span>
                <span className="sr-only">{t("stars", { n })}</span>
              </label>
            ))}
          </fieldset>
          <Field id="rating-comment" label={t("rating_comment")}>
            <textarea
              id="rating-comment"
              rows={3}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </Field>
          {error && (
            <p className="alert alert-error" role="alert">
              {error}
            </p>
          )}
          <button
            className="button"
            type="submit"
            disabled={busy || rating === 0}
          >
            {t("send_rating")}
          </button>
        </form>
      )}
    </section>
  )
}
