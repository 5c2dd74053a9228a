/** What the server injected into the page (`src/api/utils/portal-page.ts`). */
export type PortalConfig = {
  name: string
  logo_url: string | null
  primary_color: string
  locale: "en" | "fr"
  publishable_key: string | null
  backend_url: string
  base_path: string
}

const read = (): PortalConfig => {
  const el = document.getElementById("rms-portal-config")
  const parsed = JSON.parse(el?.textContent || "{}") as Partial<PortalConfig>
  return {
    name: parsed.name ?? "Returns",
    logo_url: parsed.logo_url ?? null,
    primary_color: parsed.primary_color ?? "#1f4ed8",
    locale: parsed.locale === "fr" ? "fr" : "en",
    publishable_key: parsed.publishable_key ?? null,
    backend_url: parsed.backend_url || window.location.origin,
    base_path: parsed.base_path ?? "/returns",
  }
}

export const config = read()
