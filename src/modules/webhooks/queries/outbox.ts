import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "../../../utils/sql"
import { retryDelayMs } from "../utils/backoff"
import type {
  ClaimedWebhookDelivery,
  EnqueueWebhookEventInput,
  WebhookAttemptResult,
  WebhookSettings,
} from "../types"

const jsonList = (ids: string[] | null | undefined) =>
  ids ? JSON.stringify(ids) : null

/**
 * One pending delivery per endpoint subscribed to the event's type (or the
 * one endpoint of a test send). The unique (endpoint, event id) index makes
 * a redelivered event a no-op. Returns the ids of the rows written.
 */
export const enqueueDeliveries = async (
  manager: SqlManager,
  input: EnqueueWebhookEventInput
): Promise<string[]> => {
  const endpoints: { id: string }[] = await manager.execute(
    `SELECT id FROM webhook_endpoint
     WHERE deleted_at IS NULL
       AND (CASE WHEN ?::text IS NULL
                 THEN active AND ? = ANY(events)
                 ELSE id = ? END)`,
    [input.endpoint_id ?? null, input.type, input.endpoint_id ?? null]
  )
  const ids: string[] = []
  for (const endpoint of endpoints) {
    const rows: { id: string }[] = await manager.execute(
      `INSERT INTO webhook_delivery
        (id, endpoint_id, event_id, type, entity_id, payload, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?::jsonb, now())
       ON CONFLICT (endpoint_id, event_id)
         WHERE replay_of IS NULL AND deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [
        generateEntityId(undefined, "whdl"),
        endpoint.id,
        input.event_id,
        input.type,
        input.entity_id,
        JSON.stringify(input.payload),
      ]
    )
    ids.push(...rows.map((r) => r.id))
  }
  return ids
}

/**
 * Claims due deliveries for one attempt, atomically: rows another instance
 * is claiming are skipped (`SKIP LOCKED`) and a claimed row is leased
 * (`locked_until`) for the attempt's timeout plus a margin, so no two
 * instances send the same attempt. A delivery waits while an earlier
 * delivery of the same entity to the same endpoint is still pending, so an
 * endpoint sees an entity's events in order. The attempt is counted here:
 * if the process dies mid-request, the receiver may have got it.
 */
export const claimDueDeliveries = async (
  manager: SqlManager,
  input: { ids?: string[] | null; limit: number; lease_ms: number }
): Promise<ClaimedWebhookDelivery[]> => {
  const ids = jsonList(input.ids)
  return await manager.execute(
    `WITH due AS (
       SELECT d.id FROM webhook_delivery d
       JOIN webhook_endpoint e
         ON e.id = d.endpoint_id AND e.deleted_at IS NULL
        -- A disabled endpoint keeps its deliveries until it is turned back on.
        AND e.active
       WHERE d.deleted_at IS NULL
         AND d.status = 'pending'
         AND d.next_attempt_at <= now()
         AND (d.locked_until IS NULL OR d.locked_until < now())
         AND (?::jsonb IS NULL OR d.id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb))))
         AND NOT EXISTS (
           SELECT 1 FROM webhook_delivery p
           WHERE p.endpoint_id = d.endpoint_id
             AND p.entity_id = d.entity_id
             AND p.status = 'pending'
             AND p.deleted_at IS NULL
             AND p.seq < d.seq
         )
       ORDER BY d.next_attempt_at, d.seq
       LIMIT ?
       FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE webhook_delivery d
     SET locked_until = now() + (? * interval '1 millisecond'),
         attempts = d.attempts + 1,
         updated_at = now()
     FROM due, webhook_endpoint e
     WHERE d.id = due.id AND e.id = d.endpoint_id
     RETURNING d.id, d.endpoint_id, d.event_id, d.type, d.payload,
               d.attempts, e.url, e.secret`,
    [ids, ids, input.limit, input.lease_ms]
  )
}

/** Gives claimed deliveries back untried (the attempt never happened). */
export const releaseDeliveries = async (
  manager: SqlManager,
  ids: string[]
): Promise<void> => {
  await manager.execute(
    `UPDATE webhook_delivery
     SET locked_until = NULL, attempts = GREATEST(attempts - 1, 0), updated_at = now()
     WHERE id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))
       AND status = 'pending'`,
    [JSON.stringify(ids)]
  )
}

export type RecordedAttempts = {
  /** Endpoints this batch switched off (failed attempts in a row). */
  disabled: { id: string; url: string; consecutive_failures: number }[]
}

/**
 * Writes each attempt's outcome: success ends the delivery and resets the
 * endpoint's failure count; a failure schedules the next attempt with
 * exponential backoff, or marks the delivery failed after the last one,
 * and may switch the endpoint off.
 */
export const recordAttempts = async (
  manager: SqlManager,
  results: WebhookAttemptResult[],
  settings: WebhookSettings
): Promise<RecordedAttempts> => {
  const disabled: RecordedAttempts["disabled"] = []
  for (const result of results) {
    if (result.ok) {
      const [row] = await manager.execute(
        `UPDATE webhook_delivery
         SET status = 'succeeded', delivered_at = now(), locked_until = NULL,
             last_status_code = ?, last_latency_ms = ?, last_error = NULL,
             updated_at = now()
         WHERE id = ? AND status = 'pending'
         RETURNING endpoint_id`,
        [result.status_code, result.latency_ms, result.delivery_id]
      )
      if (row) {
        await manager.execute(
          `UPDATE webhook_endpoint SET consecutive_failures = 0, updated_at = now()
           WHERE id = ? AND consecutive_failures <> 0`,
          [row.endpoint_id]
        )
      }
      continue
    }
    const [current] = await manager.execute(
      `SELECT attempts FROM webhook_delivery WHERE id = ? AND status = 'pending'`,
      [result.delivery_id]
    )
    if (!current) {
      continue
    }
    const attempts = Number(current.attempts)
    const giveUp = attempts >= settings.max_attempts
    const [row] = await manager.execute(
      `UPDATE webhook_delivery
       SET status = ?, locked_until = NULL,
           next_attempt_at = now() + (? * interval '1 millisecond'),
           last_status_code = ?, last_latency_ms = ?, last_error = ?,
           updated_at = now()
       WHERE id = ?
       RETURNING endpoint_id`,
      [
        giveUp ? "failed" : "pending",
        giveUp ? 0 : retryDelayMs(attempts, settings),
        result.status_code,
        result.latency_ms,
        result.error?.slice(0, 500) ?? null,
        result.delivery_id,
      ]
    )
    if (!row) {
      continue
    }
    const switchedOff: {
      id: string
      url: string
      consecutive_failures: number
    }[] = await manager.execute(
      `UPDATE webhook_endpoint
       SET consecutive_failures = consecutive_failures + 1,
           active = CASE WHEN consecutive_failures + 1 >= ? THEN false ELSE active END,
           disabled_at = CASE WHEN active AND consecutive_failures + 1 >= ? THEN now() ELSE disabled_at END,
           disabled_reason = CASE WHEN active AND consecutive_failures + 1 >= ?
             THEN (consecutive_failures + 1) || ' failed attempts in a row; last: ' || ?
             ELSE disabled_reason END,
           updated_at = now()
       WHERE id = ?
       RETURNING id, url, consecutive_failures, active, disabled_at = now() AS just_disabled`,
      [
        settings.disable_after_failures,
        settings.disable_after_failures,
        settings.disable_after_failures,
        result.error ?? `HTTP ${result.status_code}`,
        row.endpoint_id,
      ]
    )
    for (const endpoint of switchedOff) {
      const justDisabled = (endpoint as { just_disabled?: boolean })
        .just_disabled
      if (justDisabled && !disabled.some((d) => d.id === endpoint.id)) {
        disabled.push({
          id: endpoint.id,
          url: endpoint.url,
          consecutive_failures: Number(endpoint.consecutive_failures),
        })
      }
    }
  }
  return { disabled }
}

/**
 * Sends deliveries again as new rows with the same event id and body, so
 * the receiver can dedupe them: the given ones, or every original delivery
 * created since a time (optionally of one endpoint), oldest first.
 */
export const replayDeliveries = async (
  manager: SqlManager,
  input: {
    ids?: string[] | null
    since?: Date | null
    endpoint_id?: string | null
  }
): Promise<string[]> => {
  const ids = jsonList(input.ids)
  const sources: {
    id: string
    endpoint_id: string
    event_id: string
    type: string
    entity_id: string
    payload: unknown
  }[] = await manager.execute(
    `SELECT d.id, d.endpoint_id, d.event_id, d.type, d.entity_id, d.payload
     FROM webhook_delivery d
     JOIN webhook_endpoint e ON e.id = d.endpoint_id AND e.deleted_at IS NULL
     WHERE d.deleted_at IS NULL
       AND (?::jsonb IS NULL OR d.id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb))))
       AND (?::timestamptz IS NULL OR (d.created_at >= ?::timestamptz AND d.replay_of IS NULL))
       AND (?::text IS NULL OR d.endpoint_id = ?)
     ORDER BY d.seq`,
    [
      ids,
      ids,
      input.since ?? null,
      input.since ?? null,
      input.endpoint_id ?? null,
      input.endpoint_id ?? null,
    ]
  )
  const created: string[] = []
  for (const source of sources) {
    const id = generateEntityId(undefined, "whdl")
    await manager.execute(
      `INSERT INTO webhook_delivery
        (id, endpoint_id, event_id, type, entity_id, payload, replay_of, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, now())`,
      [
        id,
        source.endpoint_id,
        source.event_id,
        source.type,
        source.entity_id,
        JSON.stringify(source.payload),
        source.id,
      ]
    )
    created.push(id)
  }
  return created
}
