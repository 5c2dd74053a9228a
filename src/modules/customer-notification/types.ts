/** Notification settings, read from the plugin options' `notifications` key. */
export type CustomerNotificationOptions = {
  notifications?: {
    /** Retries of a failed email before falling back (default 3). */
    max_retries?: number
    /**
     * Wait before the first retry, in milliseconds; doubled on each further
     * retry (default 1000: waits of 1 s, 2 s, 4 s).
     */
    retry_backoff_ms?: number
    /**
     * The storefront's base URL (`https://shop.example.com`): customer-facing
     * links in emails point at its `/account/returns/:id`,
     * `/account/disputes/:id` (rating: `?rate=1`) and
     * `/account/disputes/new?return_request_id=:id`. Without it, emails
     * leave those links and buttons out.
     */
    storefront_url?: string | null
    /**
     * Shown in emails next to the store name from Medusa's Store module.
     * `url` (the footer link) defaults to `storefront_url`; it is also that
     * option's older name.
     */
    store?: {
      url?: string | null
      logo_url?: string | null
      support_email?: string | null
    }
    /** Storefront page of the loyalty account, linked from loyalty emails. */
    account_url?: string | null
  }
}

/** Settings with defaults applied. */
export type CustomerNotificationSettings = {
  max_retries: number
  retry_backoff_ms: number
  /** Base of customer-facing links, without a trailing slash; null: none. */
  storefront_url: string | null
  store: {
    url: string | null
    logo_url: string | null
    support_email: string | null
  }
  account_url: string | null
}

export type NotificationChannel = "email" | "sms" | "feed"
export type NotificationAttemptStatus = "sent" | "failed" | "fallback"

/**
 * A test email as Medusa's Notification module recorded it (sent from the
 * admin with a template's sample data); id null when nothing was recorded.
 */
export type TestNotificationRecord = {
  id: string | null
  status: "success" | "failure" | "pending"
  external_id: string | null
  template: string
  channel: "email"
  to: string
}

export type RecordAttemptInput = {
  idempotency_key: string
  event: string
  template: string
  channel: NotificationChannel
  recipient: string | null
  status: NotificationAttemptStatus
  error?: string | null
  attempt: number
  notification_id?: string | null
  external_id?: string | null
  entity_type: string
  entity_id: string
  customer_id: string | null
  transactional: boolean
  data?: Record<string, unknown> | null
}

export type CreateFeedNotificationInput = {
  customer_id: string
  template: string
  title: string
  body: string
  data?: Record<string, unknown> | null
  source_event: string
  entity_type?: string | null
  entity_id?: string | null
  idempotency_key: string
}

/** Delivery figures of a period (`GET /admin/notifications-log/reports`). */
export type NotificationsReport = {
  from: Date
  to: Date
  /** Every provider call and feed write. */
  attempts: number
  /** Notifications delivered by email. */
  sent: number
  /** Failed provider calls (each retry counts). */
  failed: number
  /** Notifications that were not delivered by email and fell back. */
  fallback: number
  /** sent / (sent + fallback); 1 when nothing was sent. */
  delivery_success_rate: number
  /** fallback / (sent + fallback); 0 when nothing was sent. */
  fallback_rate: number
}
