import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import GuestAccessCode from "./models/guest-access-code"
import PortalRateLimit from "./models/portal-rate-limit"
import { sqlManagerOf } from "../../utils/sql"
import {
  consumeAccessCode,
  countAttempt,
  issueAccessCode,
  pruneGuestAccess,
} from "./access-codes"
import { portalSettings } from "./settings"
import {
  portalPageSettings,
  type PortalPageOptions,
  type PortalPageSettings,
} from "./page-settings"
import type {
  RateLimitScope,
  ReturnPortalOptions,
  ReturnPortalSettings,
} from "./types"

/**
 * Guest access to the return portal: one-time codes (hashed) and the
 * attempt counters that rate-limit asking for and trying them. Both live
 * in Postgres so several server instances share them.
 */
class ReturnPortalModuleService extends MedusaService({
  GuestAccessCode,
  PortalRateLimit,
}) {
  protected readonly settings_: ReturnPortalSettings
  protected readonly pageSettings_: PortalPageSettings

  constructor(
    container: Record<string, unknown>,
    options?: ReturnPortalOptions & PortalPageOptions
  ) {
    super(...arguments)
    this.settings_ = portalSettings(options)
    this.pageSettings_ = portalPageSettings(options)
  }

  /** The portal page's theme, language, key and email-link settings. */
  async getPageSettings(): Promise<PortalPageSettings> {
    return this.pageSettings_
  }

  /** Guest access settings from the plugin options, with defaults. */
  async getSettings(): Promise<ReturnPortalSettings> {
    return this.settings_
  }

  /**
   * Stores a code's hash for an order under `id`, ending the order's older
   * codes; null when `id` is already stored.
   */
  @InjectManager()
  @InjectTransactionManager()
  async issueAccessCode(
    input: {
      id: string
      order_id: string
      code_hash: string
      ttl_minutes: number
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; expires_at: Date } | null> {
    return await issueAccessCode(sqlManagerOf(sharedContext), input)
  }

  /**
   * Uses the order's live code if the hash matches, else counts a wrong
   * try on it. Expired, used and worn-out codes are never accepted.
   */
  @InjectManager()
  @InjectTransactionManager()
  async consumeAccessCode(
    input: { order_id: string; code_hash: string; max_wrong: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ accepted: boolean }> {
    return await consumeAccessCode(sqlManagerOf(sharedContext), input)
  }

  /** Counts one attempt this hour and returns the hour's count so far. */
  @InjectManager()
  @InjectTransactionManager()
  async countAttempt(
    scope: RateLimitScope,
    key: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    return await countAttempt(sqlManagerOf(sharedContext), scope, key)
  }

  /** Deletes codes and counters over `days` days past their end. */
  @InjectManager()
  @InjectTransactionManager()
  async pruneGuestAccess(
    days: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ codes: number; counters: number }> {
    return await pruneGuestAccess(sqlManagerOf(sharedContext), days)
  }
}

export default ReturnPortalModuleService
