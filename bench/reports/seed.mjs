// Plain-SQL seed for the reports benchmark, run after the tier-evaluation
// seed (accounts and a ledger of one `earn` entry per order): tiers on 90%
// of the accounts, Medusa orders behind the ledger's earn entries plus 5%
// from customers outside the program, and `requests` return requests over
// the last 365 days shaped like the ones the plugin writes (one item each,
// the policy's decision, a reviewer's for those it sent to review, 3%
// disputed).

const pad = (prefix, n, width = 19) =>
  `'${prefix}' || lpad((${n})::text, ${width}, '0')`

/** Statements in order; `table` is the one each fills (for index rebuilds). */
export const returnStatements = ({ now, requests, seed = 0.17 }) => {
  const NOW = `'${now.toISOString()}'::timestamptz`
  return [
    {
      label: "tiers on 90% of the accounts",
      table: "loyalty_account",
      sql: `SELECT setseed(${seed});
        UPDATE loyalty_account a SET tier_id = t.id
        FROM (SELECT id, rank FROM loyalty_tier) t
        WHERE random() < 0.9
          AND t.rank = (abs(hashtext(a.id)) % 4)`,
    },
    {
      label: "orders behind the earn entries, +5% outside the program",
      table: "order",
      sql: `SELECT setseed(${seed / 2});
        INSERT INTO "order" (id, customer_id, status, currency_code, created_at, updated_at)
        SELECT e.source_id, a.customer_id, 'completed', 'eur', e.created_at, e.created_at
        FROM loyalty_points_entry e JOIN loyalty_account a ON a.id = e.account_id
        WHERE e.type = 'earn' ORDER BY e.created_at;
        INSERT INTO "order" (id, customer_id, status, currency_code, created_at, updated_at)
        SELECT ${pad("order_01BENCHNM", "o", 15)},
               ${pad("cus_01BENCHNM", "1 + floor(random() * 20000)::int", 15)},
               (CASE WHEN random() < 0.02 THEN 'canceled' ELSE 'completed' END)::order_status_enum,
               'eur', t, t
        FROM (SELECT o, ${NOW} - random() * interval '730 days' AS t
              FROM generate_series(1, (SELECT COUNT(*) / 20 FROM loyalty_points_entry WHERE type = 'earn')) o) s
        ORDER BY t`,
    },
    {
      label: `${requests} return requests over 365 days`,
      table: "return_request",
      // The policy auto-approves two thirds, rejects half of the rejected
      // and sends the rest to review; a reviewer decides within 3 days
      // unless the customer withdrew first.
      sql: `SELECT setseed(${seed / 3});
        INSERT INTO return_request
          (id, rma_number, order_id, customer_id, channel, created_by_type,
           created_by, status, refund_estimate, refund_method, policy_id,
           policy_version, tier_id, tier_name, decided_at, first_outcome,
           first_decided_by_type, first_decision_at, items_quantity,
           created_at, updated_at)
        SELECT id, rma, oid, cid, channel, 'customer', 'bench', status,
               '{"refund_total": 4200}'::jsonb, 'original_payment',
               'rpol_01BENCH', 1, tier_id, tier_name,
               CASE WHEN status <> 'pending_review' THEN decided END,
               first_outcome, 'policy',
               CASE WHEN first_outcome <> 'review' THEN c
                    WHEN status IN ('approved', 'completed', 'rejected') THEN decided END,
               quantity, c, c
        FROM (
          SELECT s.*, t.name AS tier_name,
                 CASE WHEN status = 'pending_review' THEN 'review'
                      WHEN status = 'rejected' THEN (CASE WHEN h % 2 = 0 THEN 'reject' ELSE 'review' END)
                      WHEN h % 3 = 0 THEN 'review' ELSE 'auto_approve' END AS first_outcome,
                 c + (h % 72) * interval '1 hour' AS decided
          FROM (
            SELECT ${pad("rreq_01BENCH", "r")} AS id,
                   'RMA-2026-' || lpad(r::text, 7, '0') AS rma,
                   ${pad("order_01BENCH", "1 + floor(random() * 1000000)::int")} AS oid,
                   ${pad("cus_01BENCH", "1 + floor(random() * 90000)::int")} AS cid,
                   CASE WHEN random() < 0.8 THEN 'storefront' ELSE 'phone' END AS channel,
                   CASE WHEN k < 0.55 THEN 'completed' WHEN k < 0.75 THEN 'approved'
                        WHEN k < 0.85 THEN 'pending_review' WHEN k < 0.95 THEN 'rejected'
                        ELSE 'canceled' END AS status,
                   c, 1 + abs(hashtext(r::text)) % 3 AS quantity,
                   abs(hashtext('h' || r)) AS h,
                   (SELECT id FROM loyalty_tier ORDER BY rank LIMIT 1 OFFSET (r % 4)) AS tier_id
            FROM (SELECT r, random() AS k, ${NOW} - random() * interval '365 days' AS c
                  FROM generate_series(1, ${requests}) r) g
          ) s
          LEFT JOIN loyalty_tier t ON t.id = s.tier_id
        ) q
        -- Tables are appended over time: rows in the order they were made.
        ORDER BY c`,
    },
    {
      label: "their items (one line each, at the request's creation time)",
      table: "return_request_item",
      sql: `INSERT INTO return_request_item
          (id, request_id, line_item_id, quantity, reason_code, refund_amount,
           raw_refund_amount, created_at, updated_at)
        SELECT 'rritem_' || substr(q.id, 6), q.id, 'ordli_' || substr(q.id, 6),
               q.items_quantity,
               (ARRAY['wrong_size', 'damaged', 'not_as_described', 'changed_mind'])[1 + abs(hashtext(q.id || 'r')) % 4],
               42, '{"value":"42","precision":20}', q.created_at, q.created_at
        FROM return_request q ORDER BY q.created_at`,
    },
    {
      label: "their decisions: the policy's, and a reviewer's after review",
      table: "return_decision",
      sql: `INSERT INTO return_decision
          (id, request_id, outcome, decided_by_type, policy_id, policy_version,
           created_at, updated_at)
        SELECT 'rdec_01' || substr(q.id, 6), q.id, q.first_outcome, 'policy',
               q.policy_id, 1, q.created_at, q.created_at
        FROM return_request q ORDER BY q.created_at;
        INSERT INTO return_decision
          (id, request_id, outcome, decided_by_type, decided_by, policy_id,
           policy_version, created_at, updated_at)
        SELECT 'rdec_02' || substr(q.id, 6), q.id,
               CASE WHEN q.status = 'rejected' THEN 'rejected' ELSE 'approved' END,
               'admin', 'user_bench', q.policy_id, 1,
               q.first_decision_at, q.first_decision_at
        FROM return_request q
        WHERE q.first_outcome = 'review' AND q.first_decision_at IS NOT NULL
        ORDER BY q.first_decision_at`,
    },
    {
      label: "3% of the requests disputed",
      table: "dispute",
      sql: `INSERT INTO dispute
          (id, number, order_id, return_request_id, customer_id, currency_code,
           reason_category, claim, status, opened_by_type, opened_by,
           sla_due_at, created_at, updated_at)
        SELECT 'dsp_01' || substr(q.id, 6), 'DSP-' || lpad(row_number() OVER (ORDER BY q.id)::text, 7, '0'),
               q.order_id, q.id, q.customer_id, 'eur', 'refund_amount',
               'Refund was lower than expected', 'resolved', 'customer',
               q.customer_id, q.created_at + interval '3 days',
               q.created_at + interval '5 days', q.created_at + interval '5 days'
        FROM return_request q
        WHERE q.status IN ('completed', 'rejected') AND abs(hashtext(q.id || 'd')) % 100 < 4
        ORDER BY q.created_at;
        -- What the open-dispute workflow records on the request.
        UPDATE return_request q SET disputed_at = d.created_at
        FROM dispute d WHERE d.return_request_id = q.id`,
    },
  ]
}
