import {
  Body,
  Container,
  Head,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components"
import type { ReactNode } from "react"
import type { Dictionary } from "../i18n"
import { safeUrl, validEmail } from "../format"
import type { BaseEmailData } from "../types"
import { Details, Paragraph, Title, type Detail } from "./parts"

const styles = {
  body: {
    backgroundColor: "#f4f4f5",
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
    margin: 0,
    padding: "24px 0",
  },
  container: {
    backgroundColor: "#ffffff",
    borderRadius: "8px",
    margin: "0 auto",
    maxWidth: "600px",
    padding: "32px",
  },
  storeName: {
    color: "#18181b",
    fontSize: "20px",
    fontWeight: 600,
    margin: 0,
  },
  hr: { borderColor: "#e4e4e7", margin: "32px 0 16px" },
  footer: {
    color: "#71717a",
    fontSize: "12px",
    lineHeight: "18px",
    margin: "4px 0",
  },
  footerLink: { color: "#71717a", textDecoration: "underline" },
} as const

/** Props of {@link Layout}. */
export type LayoutProps = {
  store: BaseEmailData["store"]
  /** `lang` attribute of the document. */
  lang: string
  /** Inbox preview line. */
  preview: string
  /** Footer sentence telling the recipient why they got this email. */
  why: string
  strings: Dictionary["layout"]
  children: ReactNode
}

/**
 * Shared frame of every email: store logo or name on top, the content, and a
 * footer with the store name, contact address and why the email was sent.
 */
export const Layout = ({
  store,
  lang,
  preview,
  why,
  strings,
  children,
}: LayoutProps) => {
  const logoUrl = safeUrl(store.logo_url)
  const storeUrl = safeUrl(store.url)
  const supportEmail = validEmail(store.support_email)

  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section>
            {logoUrl ? (
              <Img src={logoUrl} alt={store.name} height="40" />
            ) : (
              <Text style={styles.storeName}>{store.name}</Text>
            )}
          </Section>
          <Section>{children}</Section>
          <Hr style={styles.hr} />
          <Section>
            <Text style={styles.footer}>
              {strings.sent_by(store.name)}
              {storeUrl ? (
                <>
                  {" "}
                  <Link href={storeUrl} style={styles.footerLink}>
                    {strings.visit_store}
                  </Link>
                </>
              ) : null}
            </Text>
            {supportEmail ? (
              <Text style={styles.footer}>
                {strings.contact}{" "}
                <Link href={`mailto:${supportEmail}`} style={styles.footerLink}>
                  {supportEmail}
                </Link>
              </Text>
            ) : null}
            <Text style={styles.footer}>{why}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  )
}

/** Props of {@link CustomerEmail}. */
export type CustomerEmailProps = {
  /** The email's data: its store and the customer's name. */
  data: Pick<BaseEmailData, "store" | "customer_name">
  /** The template's resolved strings: `t.heading` is the title, `t.preview` the preview. */
  strings: {
    lang: string
    layout: Dictionary["layout"]
    /** Read for `heading` and `preview` when they are not given. */
    t: object
  }
  /** What the email is about: picks the footer's "why you got this" line. */
  about: "return" | "dispute" | "loyalty" | "csr" | "portal"
  /** Instead of `strings.t.heading`, for a template whose title varies. */
  heading?: ReactNode
  /** Instead of `strings.t.preview`. */
  preview?: string
  children: ReactNode
}

/**
 * How every customer email opens: the {@link Layout} with the footer for
 * what it is about, the template's heading and the greeting by name; the
 * template's own content follows.
 */
export const CustomerEmail = ({
  data,
  strings,
  about,
  heading,
  preview,
  children,
}: CustomerEmailProps) => {
  const t = strings.t as { heading?: ReactNode; preview?: string }
  return (
    <Layout
      store={data.store}
      lang={strings.lang}
      preview={preview ?? t.preview ?? ""}
      why={strings.layout[`why_${about}`](data.store.name)}
      strings={strings.layout}
    >
      <Title>{heading ?? t.heading}</Title>
      <Paragraph>{strings.layout.greeting(data.customer_name)}</Paragraph>
      {children}
    </Layout>
  )
}

/** Props of {@link ReturnEmail}. */
export type ReturnEmailProps = Omit<CustomerEmailProps, "about"> & {
  data: CustomerEmailProps["data"] & { rma_number: string }
  strings: CustomerEmailProps["strings"] & {
    common: Dictionary["common"]
    t: { intro: (rma: string) => string }
  }
  /** The summary's rows after the RMA. */
  details?: Detail[]
}

/**
 * How the email of a return request opens: the {@link CustomerEmail}, the
 * intro naming the RMA, and the request's summary, the RMA first; the
 * template's own content follows.
 */
export const ReturnEmail = ({
  data,
  strings,
  details = [],
  children,
  ...frame
}: ReturnEmailProps) => (
  <CustomerEmail data={data} strings={strings} about="return" {...frame}>
    <Paragraph>{strings.t.intro(data.rma_number)}</Paragraph>
    <Details rows={[[strings.common.rma, data.rma_number], ...details]} />
    {children}
  </CustomerEmail>
)
