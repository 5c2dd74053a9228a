import type { SqlManager } from "../../../utils/sql"
import type { DisputeReport } from "../types"

/**
 * Dispute figures for disputes opened in [from, to): resolution times,
 * first-contact resolution, satisfaction, reasons, evidence kinds and
 * templates against acceptance; open load and overdue are as of now.
 */
export const disputeReport = async (
  manager: SqlManager,
  from: Date,
  to: Date
): Promise<DisputeReport> => {
  // Closed disputes of the period with their hours to close.
  const closed = `SELECT d.id, d.status, d.resolution_kind, d.policy_template_id,
      EXTRACT(EPOCH FROM (d.resolved_at - d.created_at)) / 3600.0 AS hours
    FROM dispute d
    WHERE d.deleted_at IS NULL AND d.created_at >= ? AND d.created_at < ?
      AND d.status IN ('resolved', 'rejected') AND d.resolved_at IS NOT NULL`

  const [times] = await manager.execute(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c.hours) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY c.hours) AS p90,
            COUNT(*) AS closed,
            COUNT(*) FILTER (WHERE c.status = 'resolved') AS resolved,
            COUNT(*) FILTER (WHERE (
              SELECT COUNT(*) FROM dispute_message m
              WHERE m.dispute_id = c.id AND m.deleted_at IS NULL
                AND m.author_type = 'staff' AND m.internal = false
            ) <= 1) AS first_contact
     FROM (${closed}) c`,
    [from, to]
  )
  const [satisfaction] = await manager.execute(
    `SELECT AVG(rating) AS average, COUNT(rating) AS count FROM dispute
     WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ?
       AND rating IS NOT NULL`,
    [from, to]
  )
  const reasons = await manager.execute(
    `SELECT reason_category, COUNT(*) AS count FROM dispute
     WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ?
     GROUP BY reason_category ORDER BY count DESC, reason_category`,
    [from, to]
  )
  // "Accepted": closed in the customer's favour (any kind but rejected).
  const evidence = await manager.execute(
    `SELECT e.kind,
            COUNT(DISTINCT d.id) AS disputes,
            COUNT(DISTINCT d.id) FILTER (WHERE d.status IN ('resolved', 'rejected')) AS closed,
            COUNT(DISTINCT d.id) FILTER (WHERE d.status = 'resolved') AS accepted,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY
              EXTRACT(EPOCH FROM (d.resolved_at - d.created_at)) / 3600.0)
              FILTER (WHERE d.resolved_at IS NOT NULL) AS median
     FROM (SELECT DISTINCT dispute_id, kind FROM dispute_evidence
           WHERE deleted_at IS NULL) e
     JOIN dispute d ON d.id = e.dispute_id
     WHERE d.deleted_at IS NULL AND d.created_at >= ? AND d.created_at < ?
     GROUP BY e.kind ORDER BY disputes DESC, e.kind`,
    [from, to]
  )
  const templates = await manager.execute(
    `SELECT c.policy_template_id, t.title, COUNT(*) AS uses,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY c.hours) AS median
     FROM (${closed}) c
     LEFT JOIN policy_template t ON t.id = c.policy_template_id
     WHERE c.policy_template_id IS NOT NULL
     GROUP BY c.policy_template_id, t.title ORDER BY uses DESC, t.title`,
    [from, to]
  )
  const perAssignee = await manager.execute(
    `SELECT assignee_id, COUNT(*) AS open FROM dispute
     WHERE deleted_at IS NULL AND status NOT IN ('resolved', 'rejected')
     GROUP BY assignee_id ORDER BY open DESC, assignee_id NULLS LAST`
  )
  const [load] = await manager.execute(
    `SELECT COUNT(*) AS open,
            COUNT(*) FILTER (WHERE sla_due_at < now()) AS overdue
     FROM dispute
     WHERE deleted_at IS NULL AND status NOT IN ('resolved', 'rejected')`
  )

  const closedCount = Number(times?.closed ?? 0)
  const round = (v: unknown) =>
    v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100
  return {
    time_to_resolve: {
      median_hours: round(times?.median),
      p90_hours: round(times?.p90),
    },
    first_contact_resolution_rate: closedCount
      ? round(Number(times.first_contact) / closedCount)
      : null,
    satisfaction: {
      average: round(satisfaction?.average),
      count: Number(satisfaction?.count ?? 0),
    },
    reasons: reasons.map((r) => ({
      reason_category: r.reason_category,
      count: Number(r.count),
    })),
    evidence_kinds: evidence.map((e) => ({
      kind: e.kind,
      disputes: Number(e.disputes),
      accepted_share: Number(e.closed)
        ? round(Number(e.accepted) / Number(e.closed))
        : null,
      median_hours: round(e.median),
    })),
    templates: templates.map((t) => ({
      policy_template_id: t.policy_template_id,
      title: t.title ?? null,
      uses: Number(t.uses),
      median_hours: round(t.median),
    })),
    open_per_assignee: perAssignee.map((a) => ({
      assignee_id: a.assignee_id ?? null,
      open: Number(a.open),
    })),
    overdue: Number(load?.overdue ?? 0),
    open: Number(load?.open ?? 0),
    resolved: Number(times?.resolved ?? 0),
  }
}
