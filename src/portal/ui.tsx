import { useCallback, useEffect, useRef, useState, type ReactNode } from "react"
import { messageOf } from "./api"
import { t } from "./i18n"

/** Loads data on mount and when `deps` change; `reload` refetches. */
export const useLoad = <T,>(load: () => Promise<T>, deps: unknown[]) => {
  const [state, setState] = useState<{
    data?: T
    error?: unknown
    loading: boolean
  }>({ loading: true })
  const run = useCallback(() => {
    let live = true
    setState((s) => ({ ...s, loading: true, error: undefined }))
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false })
    )
    return () => {
      live = false
    }
  }, deps)
  useEffect(run, [run])
  return { ...state, reload: run }
}

/** The page's heading, focused on arrival so screen readers announce the page. */
export const PageTitle = ({ children }: { children: ReactNode }) => {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  )
}

export const Loading = () => (
  <p className="muted" role="status">
    {t("loading")}
  </p>
)

export const ErrorBox = ({
  error,
  onRetry,
}: {
  error: unknown
  onRetry?: () => void
}) => (
  <div className="alert alert-error" role="alert">
    <p>{t("error_generic", { message: messageOf(error) })}</p>
    {onRetry && (
      <button type="button" className="button secondary" onClick={onRetry}>
        {t("retry")}
      </button>
    )}
  </div>
)

export const Section = ({
  title,
  children,
  id,
  className,
}: {
  title: ReactNode
  children: ReactNode
  id?: string
  className?: string
}) => {
  const headingId = `${id ?? String(title).replace(/\W+/g, "-")}-heading`
  return (
    <section
      className={`card ${className ?? ""}`}
      aria-labelledby={headingId}
      id={id}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  )
}

/** A label, its control and an optional hint, tied together for assistive tech. */
export const Field = ({
  id,
  label,
  hint,
  children,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  children: ReactNode
}) => (
  <div className="field">
    <label htmlFor={id}>{label}</label>
    {children}
    {hint && (
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    )}
  </div>
)

export const Badge = ({
  tone,
  children,
}: {
  tone: string
  children: ReactNode
}) => <span className={`badge badge-${tone}`}>{children}</span>

export const requestTone = (status: string) =>
  ({
    approved: "green",
    completed: "green",
    pending_review: "amber",
    rejected: "red",
    canceled: "grey",
  })[status] ?? "grey"

export const disputeTone = (status: string) =>
  ({
    resolved: "green",
    rejected: "grey",
    awaiting_customer: "amber",
  })[status] ?? "blue"

export const Thumb = ({ src, alt }: { src?: string | null; alt: string }) =>
  src ? (
    <img className="thumb" src={src} alt={alt} width={64} height={64} />
  ) : (
    <span className="thumb thumb-empty" aria-hidden="true" />
  )
