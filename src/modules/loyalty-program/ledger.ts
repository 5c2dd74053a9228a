import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { SqlManager } from "../../utils/sql"
import type { RecordPointsInput, RecordPointsResult } from "./types"

/** Largest value of the Postgres `integer` balance and points columns. */
const INT32_MAX = 2_147_483_647

/** Points of one source still pending: earned pending minus reversed. */
const pendingOfSource = async (
  manager: SqlManager,
  accountId: string,
  sourceType: string | null,
  sourceId: string | null
): Promise<number> => {
  if (!sourceType || !sourceId) {
    return 0
  }
  const [row] = await manager.execute(
    `SELECT
       COALESCE(SUM(points) FILTER (WHERE type = 'earn' AND status = 'pending'), 0)
       - COALESCE(SUM(from_pending) FILTER (WHERE type = 'reverse'), 0) AS left
     FROM loyalty_points_entry
     WHERE account_id = ? AND source_type = ? AND source_id = ?
       AND deleted_at IS NULL`,
    [accountId, sourceType, sourceId]
  )
  return Math.max(0, Number(row.left))
}

/**
 * Per account, the points that will have expired by `by` if nothing more
 * is spent: earned by then minus everything used since (oldest-first),
 * never more than is available. `after` restricts it to accounts with an
 * entry expiring in (after, by], so a daily notice fires once per date.
 */
const pointsDueToExpire = async (
  manager: SqlManager,
  by: Date,
  after: Date | null
): Promise<{ customer_id: string; to_expire: string }[]> => {
  return await manager.execute(
    `SELECT a.customer_id,
            LEAST(a.points_available,
                  COALESCE(SUM(e.points) FILTER (WHERE e.type IN ('earn', 'adjust') AND e.points > 0 AND e.status = 'available' AND e.expires_at <= ?), 0)
                  + COALESCE(SUM(e.points + e.from_pending + e.debt) FILTER (WHERE e.points < 0), 0)
            ) AS to_expire
     FROM loyalty_account a
     JOIN loyalty_points_entry e ON e.account_id = a.id AND e.deleted_at IS NULL
     WHERE a.deleted_at IS NULL AND a.points_available > 0
     GROUP BY a.id
     HAVING COUNT(*) FILTER (
       WHERE e.type IN ('earn', 'adjust') AND e.expires_at <= ?
         AND (?::timestamptz IS NULL OR e.expires_at > ?)
     ) > 0`,
    [by, by, after, after]
  )
}

/**
 * Makes pending earned points available once their `available_at` has
 * passed (the return window, counted from delivery, is over), net of
 * anything already reversed. Points not dated yet (not delivered) wait.
 * Returns how many entries were released.
 */
export const releasePendingPoints = async (
  manager: SqlManager,
  now: Date
): Promise<number> => {
  const due = await manager.execute(
    `SELECT e.id, e.account_id, e.source_type, e.source_id, e.points
     FROM loyalty_points_entry e
     WHERE e.status = 'pending' AND e.available_at <= ? AND e.deleted_at IS NULL
     ORDER BY e.account_id
     FOR UPDATE SKIP LOCKED`,
    [now]
  )
  for (const entry of due) {
    const [account] = await manager.execute(
      `SELECT points_available, points_pending, points_debt
       FROM loyalty_account WHERE id = ? FOR UPDATE`,
      [entry.account_id]
    )
    const left = Math.min(
      await pendingOfSource(
        manager,
        entry.account_id,
        entry.source_type,
        entry.source_id
      ),
      Number(entry.points),
      Number(account.points_pending)
    )
    const repaid = Math.min(Number(account.points_debt), left)
    await manager.execute(
      `UPDATE loyalty_points_entry SET status = 'available', updated_at = now() WHERE id = ?`,
      [entry.id]
    )
    await manager.execute(
      `UPDATE loyalty_account
       SET points_pending = points_pending - ?,
           points_available = points_available + ?,
           points_debt = points_debt - ?,
           updated_at = now()
       WHERE id = ?`,
      [left, left - repaid, repaid, entry.account_id]
    )
  }
  return due.length
}

/**
 * Returns the customer's account, creating it on first use. Safe under
 * concurrency: the insert is a no-op when another transaction won.
 */
export const ensureAccount = async (
  manager: SqlManager,
  customerId: string
): Promise<{ id: string }> => {
  await manager.execute(
    `INSERT INTO loyalty_account (id, customer_id)
     VALUES (?, ?)
     ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING`,
    [generateEntityId(undefined, "lacc"), customerId]
  )
  const [row] = await manager.execute(
    `SELECT id FROM loyalty_account WHERE customer_id = ? AND deleted_at IS NULL`,
    [customerId]
  )
  return row
}

/**
 * Writes one ledger entry and moves the account's balances, under a row
 * lock on the account so concurrent writes (two redemptions, an accrual and
 * a reversal) serialize instead of both reading the same balance. A second
 * call with the same idempotency key returns the first entry and changes
 * nothing.
 */
export const recordPoints = async (
  manager: SqlManager,
  input: RecordPointsInput
): Promise<RecordPointsResult> => {
  if (!Number.isInteger(input.points) || input.points === 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `points must be a non-zero whole number, got ${input.points}`
    )
  }

  const { id: accountId } = await ensureAccount(manager, input.customer_id)
  const [account] = await manager.execute(
    `SELECT id, points_available, points_pending, points_debt
     FROM loyalty_account WHERE id = ? FOR UPDATE`,
    [accountId]
  )

  const [existing] = await manager.execute(
    `SELECT id FROM loyalty_points_entry WHERE idempotency_key = ? AND deleted_at IS NULL`,
    [input.idempotency_key]
  )
  if (existing) {
    return { entry_id: existing.id, account_id: accountId, created: false }
  }

  let available = Number(account.points_available)
  let pending = Number(account.points_pending)
  let debt = Number(account.points_debt)
  let entryDebt = 0
  let fromPending = 0
  const status = input.status ?? "available"
  const p = input.points

  switch (input.type) {
    case "earn":
    case "adjust":
      if (p > 0 && status === "pending") {
        pending += p
      } else if (p > 0) {
        // New points pay off debt from earlier over-reversals first.
        const repaid = Math.min(debt, p)
        debt -= repaid
        available += p - repaid
      } else if (available + p < 0) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `points: an adjustment of ${p} would leave ${available + p} available`
        )
      } else {
        available += p
      }
      break
    case "redeem":
      if (p > 0) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "points: a redemption debits points"
        )
      }
      if (available + p < 0) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Insufficient points: ${available} available, ${-p} needed`
        )
      }
      available += p
      break
    case "expire":
      available -= Math.min(available, -p)
      break
    case "reverse": {
      // Points of the same source still pending go first: they were never
      // spendable. Then the available balance; what is left was already
      // spent and becomes debt, said so on the entry.
      let owed = -p
      if (input.source_type && input.source_id) {
        const sourcePending = await pendingOfSource(
          manager,
          accountId,
          input.source_type,
          input.source_id
        )
        fromPending = Math.min(sourcePending, owed, pending)
        pending -= fromPending
        owed -= fromPending
      }
      const fromAvailable = Math.min(available, owed)
      available -= fromAvailable
      owed -= fromAvailable
      entryDebt = owed
      debt += owed
      break
    }
  }

  // Balances are Postgres integers: refuse, rather than let the UPDATE
  // fail with a 500, an entry that would take one past 2147483647.
  if (
    Math.abs(p) > INT32_MAX ||
    [available, pending, debt].some((balance) => balance > INT32_MAX)
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `points: ${p} would take the balance past ${INT32_MAX} points`
    )
  }

  const entryId = generateEntityId(undefined, "lpe")
  await manager.execute(
    `INSERT INTO loyalty_points_entry
      (id, account_id, type, points, status, available_at, expires_at, debt,
       from_pending, source_type, source_id, idempotency_key, note, created_by,
       metadata, amount, raw_amount)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      entryId,
      accountId,
      input.type,
      p,
      status,
      input.available_at ?? null,
      input.expires_at ?? null,
      entryDebt,
      fromPending,
      input.source_type ?? null,
      input.source_id ?? null,
      input.idempotency_key,
      input.note ?? null,
      input.created_by ?? null,
      input.metadata ? JSON.stringify(input.metadata) : null,
      input.amount ?? null,
      input.amount == null
        ? null
        : JSON.stringify({ value: String(input.amount), precision: 20 }),
    ]
  )
  await manager.execute(
    `UPDATE loyalty_account
     SET points_available = ?, points_pending = ?, points_debt = ?, updated_at = now()
     WHERE id = ?`,
    [available, pending, debt, accountId]
  )

  return { entry_id: entryId, account_id: accountId, created: true }
}

/**
 * Expires points whose `expires_at` has passed. Spending is taken as
 * oldest-first, so what expires is what was earned by then minus what has
 * been used since (redeemed, expired, reversed or adjusted away), never more
 * than is available. One expire entry per account and day (idempotent).
 * Returns the entries written.
 */
export const expirePoints = async (
  manager: SqlManager,
  now: Date
): Promise<{ customer_id: string; points: number }[]> => {
  const rows = await pointsDueToExpire(manager, now, null)
  const day = now.toISOString().slice(0, 10)
  const expired: { customer_id: string; points: number }[] = []
  for (const row of rows) {
    const points = Math.floor(Number(row.to_expire))
    if (points <= 0) {
      continue
    }
    const result = await recordPoints(manager, {
      customer_id: row.customer_id,
      type: "expire",
      points: -points,
      idempotency_key: `expire:${row.customer_id}:${day}`,
      note: "Points expired",
    })
    if (result.created) {
      expired.push({ customer_id: row.customer_id, points })
    }
  }
  return expired
}

/**
 * Customers with points expiring `days` from now (entries expiring within
 * that one day), and how many points they stand to lose by then; for the
 * `loyalty.points_expiring` notice, which the nightly job sends once.
 */
export const listPointsExpiring = async (
  manager: SqlManager,
  now: Date,
  days: number
): Promise<{ customer_id: string; points: number; expires_at: Date }[]> => {
  const by = new Date(now.getTime() + days * 86_400_000)
  const after = new Date(by.getTime() - 86_400_000)
  const rows = await pointsDueToExpire(manager, by, after)
  return rows
    .map((row) => ({
      customer_id: row.customer_id,
      points: Math.floor(Number(row.to_expire)),
      expires_at: by,
    }))
    .filter((row) => row.points > 0)
}
