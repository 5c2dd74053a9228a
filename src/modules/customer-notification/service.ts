import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import CustomerNotification from "./models/customer-notification"
import NotificationAttempt from "./models/notification-attempt"
import NotificationPreference from "./models/notification-preference"
import { sqlManagerOf } from "../../utils/sql"
import { createFeedNotification } from "./feed"
import { setMarketingOptOut } from "./preferences"
import { buildReport } from "./queries/reports"
import { notificationSettings } from "./settings"
import type {
  CreateFeedNotificationInput,
  CustomerNotificationOptions,
  CustomerNotificationSettings,
  NotificationChannel,
  NotificationsReport,
} from "./types"

/**
 * Customer notifications: the in-portal feed, the log of delivery attempts
 * and each customer's preferences. Generated CRUD comes from
 * `MedusaService`; methods added here need the database (idempotent inserts
 * under concurrency, aggregates).
 *
 * A write carries `@InjectManager()` over `@InjectTransactionManager()`, as
 * Medusa's own link and sales channel modules do: it joins the caller's
 * transaction, or runs in one of its own.
 */
class CustomerNotificationModuleService extends MedusaService({
  CustomerNotification,
  NotificationAttempt,
  NotificationPreference,
}) {
  protected readonly settings_: CustomerNotificationSettings

  constructor(
    container: Record<string, unknown>,
    options?: CustomerNotificationOptions
  ) {
    super(...arguments)
    this.settings_ = notificationSettings(options)
  }

  /** Notification settings from the plugin options, with defaults. */
  async getSettings(): Promise<CustomerNotificationSettings> {
    return this.settings_
  }

  /**
   * Adds a message to a customer's feed once per idempotency key: a second
   * call with the same key (a redelivered event, a concurrent run) returns
   * the first message with `created: false`.
   */
  @InjectManager()
  @InjectTransactionManager()
  async createFeedNotification(
    input: CreateFeedNotificationInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; created: boolean }> {
    return await createFeedNotification(sqlManagerOf(sharedContext), input)
  }

  /**
   * Sets a customer's marketing opt-out, creating the preference on first
   * use (safe when two requests race). Returns the value it replaced.
   */
  @InjectManager()
  @InjectTransactionManager()
  async setMarketingOptOut(
    customerId: string,
    marketingOptOut: boolean,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; previous: boolean | null }> {
    return await setMarketingOptOut(
      sqlManagerOf(sharedContext),
      customerId,
      marketingOptOut
    )
  }

  /** Whether the customer opted out of marketing messages. */
  @InjectManager()
  async isMarketingOptedOut(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const [preference] = await this.listNotificationPreferences(
      { customer_id: customerId },
      { take: 1 },
      sharedContext
    )
    return !!preference?.marketing_opt_out
  }

  /** Highest attempt number recorded for a key on a channel (0 if none). */
  @InjectManager()
  async lastAttemptNumber(
    idempotencyKey: string,
    channel: NotificationChannel,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sqlManagerOf(sharedContext)
    const [row] = await manager.execute(
      `SELECT COALESCE(MAX(attempt), 0) AS last FROM notification_attempt
       WHERE idempotency_key = ? AND channel = ? AND deleted_at IS NULL`,
      [idempotencyKey, channel]
    )
    return Number(row.last)
  }

  /**
   * Delivery figures for attempts made in [from, to). `sent` and `fallback`
   * count notifications (idempotency keys), `attempts` and `failed` count
   * provider calls.
   */
  @InjectManager()
  async buildReport(
    input: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<NotificationsReport> {
    return await buildReport(sqlManagerOf(sharedContext), input)
  }
}

export default CustomerNotificationModuleService
