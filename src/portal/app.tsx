import { useCallback, useEffect, useState } from "react"
import { currentSession, signOut, type Session } from "./api"
import { config } from "./config"
import { t } from "./i18n"
import { DisputePage } from "./pages/dispute"
import { HomePage } from "./pages/home"
import { LoginPage } from "./pages/login"
import { NewDisputePage } from "./pages/new-dispute"
import { NewRequestPage } from "./pages/new-request"
import { RequestPage } from "./pages/request"
import { useRoute } from "./router"
import { Loading, PageTitle } from "./ui"

const languageHref = (lang: string) => {
  const url = new URL(window.location.href)
  url.searchParams.set("lang", lang)
  return url.toString()
}

const Header = ({
  session,
  onSignOut,
}: {
  session: Session | null
  onSignOut: () => void
}) => (
  <header className="header">
    <div className="header-inner">
      <a className="brand" href="#/">
        {config.logo_url && (
          <img src={config.logo_url} alt="" className="logo" height={32} />
        )}
        <span>{config.name}</span>
      </a>
      <nav className="header-actions" aria-label={t("language")}>
        {(["en", "fr"] as const).map((lang) => (
          <a
            key={lang}
            href={languageHref(lang)}
            lang={lang}
            aria-current={config.locale === lang ? "true" : undefined}
            className="lang"
          >
            {lang.toUpperCase()}
          </a>
        ))}
        {session && session.kind !== "none" && (
          <button
            type="button"
            className="button secondary small"
            onClick={onSignOut}
          >
            {t("sign_out")}
          </button>
        )}
      </nav>
    </div>
  </header>
)

/**
 * The portal: sign-in until there is a session, then the page the hash
 * names, so an email link opens its page right after signing in.
 */
export const App = () => {
  const route = useRoute()
  const [session, setSession] = useState<Session | null>(null)
  const refresh = useCallback(() => {
    currentSession().then(setSession)
  }, [])
  useEffect(refresh, [refresh])

  const page = () => {
    if (!session) {
      return <Loading />
    }
    if (session.kind === "none") {
      return <LoginPage onSignedIn={refresh} />
    }
    switch (route.name) {
      case "home":
        return <HomePage session={session} />
      case "new-request":
        return <NewRequestPage orderId={route.orderId} />
      case "request":
        return <RequestPage id={route.id} />
      case "new-dispute":
        return (
          <NewDisputePage requestId={route.requestId} orderId={route.orderId} />
        )
      case "dispute":
        return <DisputePage id={route.id} rate={route.rate} />
      default:
        return (
          <>
            <PageTitle>{t("not_found")}</PageTitle>
            <a href="#/">{t("back_home")}</a>
          </>
        )
    }
  }

  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault()
          document.getElementById("main")?.focus()
        }}
      >
        {t("skip")}
      </a>
      <Header session={session} onSignOut={() => signOut().then(refresh)} />
      <main id="main" tabIndex={-1} className="main">
        {/* Keyed by route and session: each page loads afresh. */}
        <div key={`${session?.kind}:${window.location.hash}`}>{page()}</div>
      </main>
    </>
  )
}
