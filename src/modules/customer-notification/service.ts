import { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import CustomerNotification from "./models/customer-notification"
import NotificationAttempt from "./models/notification-attempt"
import NotificationPreference from "./models/notification-preference"
import { sqlManagerOf } from "../../utils/sql"
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
  async createFeedNotification(
    input: CreateFeedNotificationInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; created: boolean }> {
    return await this.createFeedNotification_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async createFeedNotification_(
    input: CreateFeedNotificationInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; created: boolean }> {
    const manager = sqlManagerOf(sharedContext)
    const inserted = await manager.execute(
      `INSERT INTO customer_notification
        (id, customer_id, template, title, body, data, source_event,
         entity_type, entity_id, idempotency_key)
       VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
       ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [
        generateEntityId(undefined, "cnot"),
        input.customer_id,
        input.template,
        input.title,
        input.body,
        input.data ? JSON.stringify(input.data) : null,
        input.source_event,
        input.entity_type ?? null,
        input.entity_id ?? null,
        input.idempotency_key,
      ]
    )
    if (inserted.length) {
      return { id: inserted[0].id, created: true }
    }
    const [existing] = await manager.execute(
      `SELECT id FROM customer_notification
       WHERE idempotency_key = ? AND deleted_at IS NULL`,
      [input.idempotency_key]
    )
    return { id: existing.id, created: false }
  }

  /**
   * Sets a customer's marketing opt-out, creating the preference on first
   * use (safe when two requests race). Returns the value it replaced.
   */
  @InjectManager()
  async setMarketingOptOut(
    customerId: string,
    marketingOptOut: boolean,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; previous: boolean | null }> {
    return await this.setMarketingOptOut_(
      customerId,
      marketingOptOut,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async setMarketingOptOut_(
    customerId: string,
    marketingOptOut: boolean,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; previous: boolean | null }> {
    const manager = sqlManagerOf(sharedContext)
    // Row lock: the previous value returned is the one actually replaced.
    const [before] = await manager.execute(
      `SELECT marketing_opt_out FROM notification_preference
       WHERE customer_id = ? AND deleted_at IS NULL FOR UPDATE`,
      [customerId]
    )
    const [row] = await manager.execute(
      `INSERT INTO notification_preference (id, customer_id, marketing_opt_out)
       VALUES (?, ?, ?)
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL
       DO UPDATE SET marketing_opt_out = EXCLUDED.marketing_opt_out, updated_at = now()
       RETURNING id`,
      [generateEntityId(undefined, "npref"), customerId, marketingOptOut]
    )
    return { id: row.id, previous: before ? before.marketing_opt_out : null }
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
