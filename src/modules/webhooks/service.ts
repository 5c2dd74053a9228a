import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { sqlManagerOf } from "../../utils/sql"
import WebhookDelivery from "./models/webhook-delivery"
import WebhookEndpoint from "./models/webhook-endpoint"
import {
  claimDueDeliveries,
  enqueueDeliveries,
  recordAttempts,
  releaseDeliveries,
  replayDeliveries,
  type RecordedAttempts,
} from "./queries/outbox"
import { webhookSettings } from "./settings"
import type {
  ClaimedWebhookDelivery,
  EnqueueWebhookEventInput,
  WebhookAttemptResult,
  WebhookSettings,
  WebhooksOptions,
} from "./types"

/**
 * Outbound webhooks: endpoints and the delivery outbox. Generated CRUD
 * comes from `MedusaService`; the methods added here are the outbox's
 * concurrency-sensitive writes (fan-out, atomic claim, outcome, replay).
 */
class WebhooksModuleService extends MedusaService({
  WebhookEndpoint,
  WebhookDelivery,
}) {
  protected readonly settings_: WebhookSettings

  constructor(container: Record<string, unknown>, options?: WebhooksOptions) {
    super(...arguments)
    this.settings_ = webhookSettings(options)
  }

  /** Webhook settings from the plugin options, with defaults. */
  async getSettings(): Promise<WebhookSettings> {
    return this.settings_
  }

  /**
   * Whether any active endpoint receives `type`: events nobody subscribed
   * to are dropped before their payload is built.
   */
  @InjectManager()
  async hasSubscribers(
    type: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const [row] = await sqlManagerOf(sharedContext).execute(
      `SELECT EXISTS (
         SELECT 1 FROM webhook_endpoint
         WHERE deleted_at IS NULL AND active AND ? = ANY(events)
       ) AS found`,
      [type]
    )
    return !!row?.found
  }

  /** Writes one pending delivery per subscribed endpoint; ids written. */
  @InjectManager()
  @InjectTransactionManager()
  async enqueueDeliveries(
    input: EnqueueWebhookEventInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await enqueueDeliveries(sqlManagerOf(sharedContext), input)
  }

  /** Leases due deliveries (all, or among `ids`) for one attempt each. */
  @InjectManager()
  @InjectTransactionManager()
  async claimDueDeliveries(
    input: { ids?: string[] | null; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedWebhookDelivery[]> {
    return await claimDueDeliveries(sqlManagerOf(sharedContext), {
      ...input,
      // Past the attempt's timeout another instance may retry it.
      lease_ms: this.settings_.timeout_ms + 30_000,
    })
  }

  /** Gives claimed deliveries back, untried. */
  @InjectManager()
  @InjectTransactionManager()
  async releaseDeliveries(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await releaseDeliveries(sqlManagerOf(sharedContext), ids)
  }

  /** Writes attempt outcomes; returns the endpoints it switched off. */
  @InjectManager()
  @InjectTransactionManager()
  async recordAttempts(
    results: WebhookAttemptResult[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedAttempts> {
    return await recordAttempts(
      sqlManagerOf(sharedContext),
      results,
      this.settings_
    )
  }

  /** Queues deliveries again with their event id; ids of the new rows. */
  @InjectManager()
  @InjectTransactionManager()
  async replayDeliveries(
    input: {
      ids?: string[] | null
      since?: Date | null
      endpoint_id?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await replayDeliveries(sqlManagerOf(sharedContext), input)
  }
}

export default WebhooksModuleService
