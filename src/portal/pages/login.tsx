import { useState, type FormEvent } from "react"
import {
  memberLogin,
  messageOf,
  requestGuestCode,
  startGuestSession,
  statusOf,
} from "../api"
import { t } from "../i18n"
import { Field, PageTitle } from "../ui"

/**
 * Sign-in: a guest finds their order (number + email → emailed code), a
 * member signs in with their account. Either way the page the customer
 * came for (an email link's hash) opens next.
 */
export const LoginPage = ({ onSignedIn }: { onSignedIn: () => void }) => (
  <>
    <PageTitle>{t("signin_title")}</PageTitle>
    <p className="lead">{t("signin_intro")}</p>
    <div className="columns">
      <GuestForm onSignedIn={onSignedIn} />
      <MemberForm onSignedIn={onSignedIn} />
    </div>
  </>
)

const GuestForm = ({ onSignedIn }: { onSignedIn: () => void }) => {
  const [orderNumber, setOrderNumber] = useState("")
  const [email, setEmail] = useState("")
  const [code, setCode] = useState("")
  const [codeSent, setCodeSent] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const sendCode = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await requestGuestCode(orderNumber.replace(/^#/, "").trim(), email.trim())
      setCodeSent(true)
    } catch (err) {
      setError(statusOf(err) === 429 ? t("rate_limited") : messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  const verify = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await startGuestSession(
        orderNumber.replace(/^#/, "").trim(),
        email.trim(),
        code.trim()
      )
      onSignedIn()
    } catch (err) {
      const status = statusOf(err)
      setError(
        status === 429
          ? t("rate_limited")
          : status === 401 || status === 400
            ? t("code_wrong")
            : messageOf(err)
      )
      setBusy(false)
    }
  }

  return (
    <section
      className="card"
      aria-labelledby="guest-heading"
      data-testid="guest-form"
    >
      <h2 id="guest-heading">{t("guest_title")}</h2>
      {!codeSent ? (
        <form onSubmit={sendCode}>
          <Field
            id="order-number"
            label={t("order_number")}
            hint={t("order_number_hint")}
          >
            <input
              id="order-number"
              name="order_number"
              inputMode="numeric"
              autoComplete="off"
              required
              value={orderNumber}
              aria-describedby="order-number-hint"
              onChange={(e) => setOrderNumber(e.target.value)}
            />
          </Field>
          <Field id="guest-email" label={t("email")}>
            <input
              id="guest-email"
              name="email"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          {error && (
            <p className="alert alert-error" role="alert">
              {error}
            </p>
          )}
          <button className="button" type="submit" disabled={busy}>
            {t("send_code")}
          </button>
        </form>
      ) : (
        <form onSubmit={verify}>
          <p className="alert alert-info" role="status">
            {t("code_sent", { email })}
          </p>
          <Field id="guest-code" label={t("code")}>
            <input
              id="guest-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ""))}
            />
          </Field>
          {error && (
            <p className="alert alert-error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button className="button" type="submit" disabled={busy}>
              {t("continue")}
            </button>
            <button
              className="button secondary"
              type="button"
              onClick={() => {
                setCodeSent(false)
                setCode("")
                setError(null)
              }}
            >
              {t("change_order")}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}

const MemberForm = ({ onSignedIn }: { onSignedIn: () => void }) => {
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await memberLogin(email.trim(), password)
      onSignedIn()
    } catch (err) {
      setError(statusOf(err) === 401 ? t("signin_wrong") : messageOf(err))
      setBusy(false)
    }
  }

  return (
    <section
      className="card"
      aria-labelledby="member-heading"
      data-testid="member-form"
    >
      <h2 id="member-heading">{t("member_title")}</h2>
      <form onSubmit={submit}>
        <Field id="member-email" label={t("email")}>
          <input
            id="member-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field id="member-password" label={t("password")}>
          <input
            id="member-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        {error && (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        )}
        <button className="button" type="submit" disabled={busy}>
          {t("sign_in")}
        </button>
      </form>
    </section>
  )
}
