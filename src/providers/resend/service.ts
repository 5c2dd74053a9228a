import { createHash } from "node:crypto"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import { Resend, type CreateEmailOptions } from "resend"
import type { RenderedEmail } from "../../emails"
import { htmlToText, renderEmail } from "../../emails/registry"

/** Options of the provider, set in the Notification module's `providers`. */
export type ResendProviderOptions = {
  /** Resend API key (`re_…`). */
  api_key: string
  /** Default sender, `"Store <orders@example.com>"` or a bare address. */
  from: string
  /** Default Reply-To address(es). */
  reply_to?: string | string[]
  /**
   * API base URL, e.g. a local mock server in tests. Defaults to the
   * `RESEND_BASE_URL` environment variable, then `https://api.resend.com`.
   */
  base_url?: string
}

type InjectedDependencies = {
  logger: Logger
}

/**
 * What the Notification module actually hands to `send()`: the stored
 * notification record, which carries `idempotency_key` even though
 * `ProviderSendNotificationDTO` does not declare it.
 */
export type ResendSendNotificationInput = ProviderSendNotificationDTO & {
  idempotency_key?: string | null
}

type ResendError = {
  statusCode?: number | null
  name?: string
  message?: string
}

const PREFIX = "medusa-plugin-rms resend provider"
const EMAIL_IN_TEXT = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PREFIX}: ${message}`)
}

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === "string" && value.trim().length > 0

/** JSON with object keys sorted, so equal data always hashes the same. */
const stableStringify = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, current: unknown) =>
    current && typeof current === "object" && !Array.isArray(current)
      ? Object.fromEntries(
          Object.entries(current as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0
          )
        )
      : current
  )

const sha256 = (value: string) =>
  createHash("sha256").update(value).digest("hex")

/** Resend error messages can quote the recipient: keep addresses out of errors. */
const redact = (message: string) => message.replace(EMAIL_IN_TEXT, "[redacted]")

/**
 * The `Idempotency-Key` sent to Resend for a notification.
 *
 * - With `notification.idempotency_key`: a hash of that key, so a notification
 *   the Notification module retries after a failure is sent at most once by
 *   Resend (which remembers keys for 24 hours).
 * - Without it: a hash of template, recipient and data, so the same email to
 *   the same person is not sent twice within that window.
 *
 * Hashing keeps the header short, ASCII and free of addresses.
 *
 * @example
 * resendIdempotencyKey({ idempotency_key: "return-approved:ret_123", ... })
 * // "rms-n-5f1c…"
 */
export const resendIdempotencyKey = (
  notification: Pick<ResendSendNotificationInput, "idempotency_key"> &
    Partial<
      Pick<ResendSendNotificationInput, "template" | "to" | "data" | "content">
    >
): string => {
  if (isNonEmptyString(notification.idempotency_key)) {
    return `rms-n-${sha256(notification.idempotency_key)}`
  }
  return `rms-d-${sha256(
    [
      notification.template,
      notification.to,
      stableStringify(notification.data),
      stableStringify(notification.content),
    ].join("\n")
  )}`
}

/**
 * Notification provider sending emails through Resend, rendered from this
 * plugin's React Email templates (`notification.template` names one of them,
 * `notification.data` is its data).
 *
 * Register it in the host's `medusa-config.ts`:
 *
 * @example
 * {
 *   resolve: "@medusajs/medusa/notification",
 *   options: {
 *     providers: [
 *       {
 *         resolve: "medusa-plugin-rms/providers/resend",
 *         id: "resend",
 *         options: {
 *           channels: ["email"],
 *           api_key: process.env.RESEND_API_KEY,
 *           from: "Acme <returns@acme.test>",
 *         },
 *       },
 *     ],
 *   },
 * }
 */
export class ResendNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-resend"

  protected readonly logger_: Logger
  protected readonly options_: ResendProviderOptions
  protected readonly client_: Resend

  /**
   * Checks the provider options; called by Medusa when it loads the provider.
   */
  static validateOptions(options: Record<string, unknown>): void {
    if (!options || typeof options !== "object") {
      fail("options are required (`api_key`, `from`)")
    }
    if (!isNonEmptyString(options.api_key)) {
      fail("`api_key` is required")
    }
    if (!isNonEmptyString(options.from)) {
      fail("`from` is required, e.g. `Store <returns@example.com>`")
    }
    if (!(options.from as string).includes("@")) {
      fail(
        "`from` must contain an email address, e.g. `Store <returns@example.com>`"
      )
    }
    const replyTo = options.reply_to
    if (
      replyTo !== undefined &&
      replyTo !== null &&
      !isNonEmptyString(replyTo) &&
      !(
        Array.isArray(replyTo) &&
        replyTo.length > 0 &&
        replyTo.every(isNonEmptyString)
      )
    ) {
      fail(
        "`reply_to` must be an email address or a non-empty list of addresses"
      )
    }
    const baseUrl = options.base_url
    if (baseUrl !== undefined && baseUrl !== null) {
      let protocol: string | undefined
      try {
        protocol = isNonEmptyString(baseUrl)
          ? new URL(baseUrl).protocol
          : undefined
      } catch {
        protocol = undefined
      }
      if (protocol !== "http:" && protocol !== "https:") {
        fail("`base_url` must be an http(s) URL, e.g. `http://localhost:3030`")
      }
    }
  }

  constructor(
    { logger }: InjectedDependencies,
    options: ResendProviderOptions
  ) {
    super()
    ResendNotificationProviderService.validateOptions(options)
    this.logger_ = logger
    this.options_ = options
    // Per instance rather than through RESEND_BASE_URL, so one provider's
    // mock URL never leaks into another Resend client in the same process.
    this.client_ = new Resend(options.api_key, {
      baseUrl: options.base_url?.replace(/\/+$/, ""),
    })
  }

  /**
   * Renders `notification.template` with `notification.data` (or uses
   * `notification.content` when it carries HTML or text) and sends it.
   * Throws on any failure so the Notification module records it as failed.
   */
  async send(
    notification: ResendSendNotificationInput
  ): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification) {
      fail("no notification to send")
    }
    if (!isNonEmptyString(notification.to)) {
      fail(
        `notification for template "${notification.template}" has no recipient`
      )
    }

    const email = await this.buildContent(notification)
    const providerReplyTo = notification.provider_data?.reply_to
    const replyTo =
      isNonEmptyString(providerReplyTo) || Array.isArray(providerReplyTo)
        ? (providerReplyTo as string | string[])
        : this.options_.reply_to

    const payload: CreateEmailOptions = {
      from: notification.from?.trim() || this.options_.from,
      to: notification.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      ...(replyTo ? { replyTo } : {}),
      ...(notification.attachments?.length
        ? {
            attachments: notification.attachments.map((attachment) => ({
              content: attachment.content,
              filename: attachment.filename,
              contentType: attachment.content_type,
              ...(attachment.disposition === "inline" && attachment.id
                ? { contentId: attachment.id }
                : {}),
            })),
          }
        : {}),
      tags: [
        {
          name: "template",
          value: notification.template.replace(/[^A-Za-z0-9_-]/g, "_"),
        },
      ],
    }

    let response: Awaited<ReturnType<Resend["emails"]["send"]>>
    try {
      response = await this.client_.emails.send(payload, {
        idempotencyKey: resendIdempotencyKey(notification),
      })
    } catch (error) {
      throw this.sendError(notification.template, {
        message: error instanceof Error ? error.message : String(error),
      })
    }

    if (response.error) {
      throw this.sendError(notification.template, response.error)
    }
    if (!response.data?.id) {
      throw this.sendError(notification.template, {
        message: "Resend returned no email id",
      })
    }
    return { id: response.data.id }
  }

  private async buildContent(
    notification: ResendSendNotificationInput
  ): Promise<RenderedEmail> {
    const content = notification.content
    if (content && (content.html || content.text)) {
      if (!isNonEmptyString(content.subject)) {
        fail(
          `notification content for template "${notification.template}" has no subject`
        )
      }
      return {
        subject: content.subject as string,
        html: content.html ?? "",
        text: content.text ?? (await htmlToText(content.html ?? "")),
      }
    }
    const rendered = await renderEmail(
      notification.template,
      notification.data ?? {}
    )
    return content?.subject
      ? { ...rendered, subject: content.subject }
      : rendered
  }

  private sendError(template: string, error: ResendError): MedusaError {
    const status = error.statusCode ?? "no status"
    const name = error.name ? ` ${error.name}` : ""
    const message = redact(error.message ?? "unknown error")
    // Status and template only: never the recipient, body or API key.
    this.logger_.warn(
      `${PREFIX}: "${template}" email failed (${status}${name})`
    )
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${PREFIX}: could not send "${template}" email: Resend responded ${status}${name}: ${message}`
    )
  }
}

export default ResendNotificationProviderService
