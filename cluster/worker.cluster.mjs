// What only the worker does: subscribers (through the Redis event bus) and
// scheduled jobs. Events are counted by what a customer reads (the emails
// the mail catcher got) and by the ledger; the worker is SIGKILLed while
// events are in flight and must process every one after its restart, once,
// and again with an email retry pending on the workflow engine.
import assert from "node:assert/strict"
import {
  countSubject,
  login,
  redisKeys,
  request,
  sql,
  waitFor,
} from "./http.mjs"

const NIGHTLY_LINE =
  /rms-loyalty-nightly: ran at (\S+) \(queued for \S+\) on pid (\d+) \(workerMode (\w+)\)/

export const scenarios = [
  {
    name: "order.placed: the seeded orders' events, queued before the worker started, make one accrual each",
    run: async ({ seed, databaseUrl }) => {
      const orders = [
        seed.orders.return,
        ...seed.orders.disputes,
        seed.orders.resolve,
        seed.orders.csr,
      ]
      const keys = orders.map((o) => `order.placed:${o.id}`)
      const entries = await waitFor(
        "one earn entry per seeded order",
        async () => {
          const rows = await sql(
            databaseUrl,
            `SELECT idempotency_key, points FROM loyalty_points_entry
              WHERE type = 'earn' AND idempotency_key = ANY($1)`,
            [keys]
          )
          return rows.length >= keys.length && rows
        },
        90_000
      )
      assert.equal(entries.length, orders.length)
      // €25 tee + 20% VAT: the net €25 earns 25 points, once per order.
      assert.deepEqual([...new Set(entries.map((e) => Number(e.points)))], [25])
    },
  },
  {
    name: "worker SIGKILLed mid-stream: dispute.opened and order.return_received queued in Redis are processed after the restart, once each",
    run: async ({ cluster, seed, mail, databaseUrl, redisUrl, log }) => {
      const [a, b] = cluster.servers
      const customer = await login(
        a.url,
        "customer",
        seed.buyer,
        seed.publishable_key
      )
      const admin = await login(b.url, "user", seed.admin)
      const subjectOf = (order) =>
        `We received your dispute about order #${order.display_id}`
      const open = (server, order) =>
        request(server.url, "POST", "/store/disputes", {
          headers: customer,
          body: {
            order_id: order.id,
            reason_category: "item_condition",
            claim: `Order #${order.display_id} arrived damaged`,
          },
        })
      const [first, second, ...rest] = seed.orders.disputes

      // The worker is busy with the first two when it is killed.
      const early = await Promise.all([open(a, first), open(b, second)])
      assert.deepEqual(
        early.map((r) => r.status),
        [200, 200],
        JSON.stringify(early.map((r) => r.data))
      )
      await waitFor("the first dispute email", () =>
        [first, second].some((o) => countSubject(mail, subjectOf(o)) > 0)
      )
      const late = await Promise.all(
        rest.map((order, i) => open(cluster.servers[i % 2], order))
      )
      assert.deepEqual(
        late.map((r) => r.status),
        rest.map(() => 200)
      )

      // The native return of the return race, received at the warehouse.
      const order = seed.orders.return
      const {
        data: { returns },
      } = await request(
        b.url,
        "GET",
        `/admin/returns?order_id=${order.id}&fields=id`,
        {
          headers: admin,
        }
      )
      assert.equal(returns.length, 1)
      const returnId = returns[0].id
      const receive = async (path, body) => {
        const r = await request(
          a.url,
          "POST",
          `/admin/returns/${returnId}${path}`,
          {
            headers: admin,
            body,
          }
        )
        assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.data)}`)
      }
      await receive("/receive", {})
      await receive("/receive-items", {
        items: [{ id: order.items[0].id, quantity: 1 }],
      })
      // Its email fails first time: the retry is the workflow engine's.
      mail.failNext("We received the items for return")
      await cluster.worker.kill("SIGKILL")
      await receive("/receive/confirm", {})
      log("worker killed; restarting it")
      cluster.worker.start()
      await cluster.worker.ready()

      // The restarted worker's email fails and it schedules the retry on
      // the workflow engine; it is killed before the retry is due (1 s):
      // the retry, a delayed job in Redis, outlives it.
      const retryRuns = () =>
        sql(
          databaseUrl,
          `SELECT state FROM workflow_execution
            WHERE workflow_id = 'retry-customer-notification'
              AND transaction_id LIKE $1`,
          [`%${returnId}%`]
        )
      // Stored as "invoking" once its first check has run and the engine
      // has queued the next one (before that, a crash loses the schedule
      // and the event's redelivery sends the email instead).
      await waitFor(
        "the retry run of the failed items-received email",
        async () => (await retryRuns()).some((r) => r.state === "invoking"),
        90_000
      )
      // ...and once the sender has released the notification's lock
      // (locking-redis keys), just after it started the run. A kill before
      // that is another case: the lock outlives the process until its TTL
      // (120 s), the redelivered event gives up waiting for it after 60 s,
      // and the retry makes its call once the lock has expired.
      const lockWait = Date.now()
      await waitFor(
        "the sender to release the items-received notification's lock",
        async () =>
          (
            await redisKeys(
              redisUrl,
              `medusa_lock:rms-notification:*${returnId}*`
            )
          ).length === 0,
        30_000
      )
      log(`notification lock free after ${Date.now() - lockWait} ms`)
      await cluster.worker.kill("SIGKILL")
      log("worker killed after a failed email; restarting it")
      cluster.worker.start()
      await cluster.worker.ready()

      const subjects = seed.orders.disputes.map(subjectOf)
      await waitFor(
        "every dispute email after the restart",
        () => subjects.every((s) => countSubject(mail, s) >= 1),
        90_000
      )
      const [{ rma_number: rma }] = await sql(
        databaseUrl,
        `SELECT rma_number FROM return_request
          WHERE order_id = $1 AND status IN ('approved', 'completed')
            AND deleted_at IS NULL`,
        [order.id]
      )
      const received = `We received the items for return ${rma}`
      await waitFor(
        "the items-received email",
        () => countSubject(mail, received) >= 1,
        90_000
      )
      const reversals = await waitFor(
        "the points reversal of the return",
        async () => {
          const rows = await sql(
            databaseUrl,
            `SELECT points FROM loyalty_points_entry
              WHERE type = 'reverse' AND idempotency_key LIKE $1`,
            [`%${returnId}%`]
          )
          return rows.length && rows
        },
        60_000
      )
      // A job the killed worker held is retried once its lock lapses
      // (lockDuration 10 s): wait that long, then count again.
      await new Promise((resolve) => setTimeout(resolve, 12_000))
      for (const s of [...subjects, received]) {
        assert.equal(
          countSubject(mail, s),
          1,
          `${s}: ${countSubject(mail, s)} emails`
        )
      }
      const trail = await sql(
        databaseUrl,
        `SELECT status, attempt FROM notification_attempt
          WHERE entity_id = $1 AND template = 'return-items-received'
            AND channel = 'email'
          ORDER BY attempt`,
        [returnId]
      )
      assert.deepEqual(
        trail.map((a) => `${a.status}:${a.attempt}`),
        ["failed:1", "sent:2"]
      )
      assert.deepEqual(
        (await retryRuns()).map((r) => r.state),
        ["done"]
      )
      const again = await sql(
        databaseUrl,
        `SELECT points FROM loyalty_points_entry
          WHERE type = 'reverse' AND idempotency_key LIKE $1`,
        [`%${returnId}%`]
      )
      assert.equal(again.length, 1)
      assert.equal(Number(reversals[0].points), -25)
    },
  },
  {
    name: "nightly loyalty job: runs on the worker only, once per tick",
    run: async ({ cluster, nightlyEverySeconds }) => {
      const runsOf = (instance) =>
        instance.lines
          .map((line) => line.match(NIGHTLY_LINE))
          .filter(Boolean)
          .map((m) => ({ at: Date.parse(m[1]), pid: m[2], mode: m[3] }))
      await waitFor(
        "a nightly run on the worker",
        () => runsOf(cluster.worker).length > 0,
        (nightlyEverySeconds * 2 + 5) * 1000
      )
      for (const server of cluster.servers) {
        assert.deepEqual(runsOf(server), [], `${server.name} ran the job`)
      }
      const runs = runsOf(cluster.worker)
      assert.ok(
        runs.every((r) => r.mode === "worker"),
        JSON.stringify(runs)
      )
      const ticks = runs.map((r) => r.at).sort((x, y) => x - y)
      for (let i = 1; i < ticks.length; i++) {
        assert.ok(
          ticks[i] - ticks[i - 1] >= (nightlyEverySeconds * 1000) / 2,
          `two runs ${ticks[i] - ticks[i - 1]} ms apart: ${JSON.stringify(runs)}`
        )
      }
    },
  },
]
