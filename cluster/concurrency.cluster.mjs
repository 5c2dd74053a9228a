// Races between the two server instances: each pair of requests goes one to
// each instance at the same moment, so only Redis locking and the database
// can keep them apart (an in-process lock would let both through).
import assert from "node:assert/strict"
import { countSubject, login, request, sql, waitFor } from "./http.mjs"

const both = (cluster, send) =>
  Promise.all(cluster.servers.map((server) => send(server.url)))

export const scenarios = [
  {
    name: "return race: the last unit requested on both instances at once: one 200, one 400, one native return",
    run: async ({ cluster, seed, mail }) => {
      const [a] = cluster.servers
      const headers = await login(
        a.url,
        "customer",
        seed.buyer,
        seed.publishable_key
      )
      const order = seed.orders.return
      const results = await both(cluster, (base) =>
        request(base, "POST", "/store/return-requests", {
          headers,
          body: {
            order_id: order.id,
            items: [
              {
                line_item_id: order.items[0].id,
                quantity: 1,
                reason_code: "TOO_SMALL",
              },
            ],
          },
        })
      )
      assert.deepEqual(
        results.map((r) => r.status).sort(),
        [200, 400],
        JSON.stringify(results.map((r) => [r.status, r.data?.message]))
      )
      const won = results.find((r) => r.status === 200).data.return_request
      assert.equal(won.status, "approved")
      const admin = await login(a.url, "user", seed.admin)
      const { data } = await request(
        a.url,
        "GET",
        `/admin/returns?order_id=${order.id}&fields=id,status`,
        { headers: admin }
      )
      assert.equal(data.returns.length, 1, JSON.stringify(data.returns))
      // The winner's confirmation email, once (sent by the worker).
      const subject = `We received your return request ${won.rma_number}`
      await waitFor(subject, () => countSubject(mail, subject) >= 1, 60_000)
    },
  },
  {
    name: "redemptions: 20 at once across both instances against points for exactly 5: 5 succeed, balance 0",
    run: async ({ cluster, seed }) => {
      const [a] = cluster.servers
      const headers = await login(
        a.url,
        "customer",
        seed.saver,
        seed.publishable_key
      )
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request(
            cluster.servers[i % 2].url,
            "POST",
            "/store/customers/me/loyalty/redemptions",
            { headers, body: { reward_id: seed.reward.id } }
          )
        )
      )
      const ok = results.filter((r) => r.status === 200)
      const refused = results.filter((r) => r.status === 400)
      assert.equal(
        ok.length,
        seed.redeemable,
        JSON.stringify(results.map((r) => [r.status, r.data?.message]))
      )
      assert.equal(refused.length, 20 - seed.redeemable)
      assert.equal(new Set(ok.map((r) => r.data.redemption.code)).size, 5)
      const { data } = await request(
        a.url,
        "GET",
        "/store/customers/me/loyalty",
        {
          headers,
        }
      )
      assert.equal(
        data.loyalty.points_available,
        0,
        JSON.stringify(data.loyalty)
      )
      const { data: codes } = await request(
        cluster.servers[1].url,
        "GET",
        "/store/customers/me/loyalty/redemptions",
        { headers }
      )
      assert.equal(codes.count, seed.redeemable)
    },
  },
  {
    name: "CSR idempotency: one key submitted to both instances at once makes one request",
    run: async ({ cluster, seed, mail }) => {
      const admin = await login(cluster.servers[0].url, "user", seed.admin)
      const order = seed.orders.csr
      const key = `cluster-csr-${Date.now()}`
      const results = await both(cluster, (base) =>
        request(base, "POST", "/admin/return-requests", {
          headers: admin,
          body: {
            order_id: order.id,
            channel: "phone",
            contact_confirmed: true,
            idempotency_key: key,
            items: [
              {
                line_item_id: order.items[0].id,
                quantity: 1,
                reason_code: "TOO_SMALL",
                condition: "new",
              },
            ],
          },
        })
      )
      assert.deepEqual(
        results.map((r) => r.status),
        [200, 200],
        JSON.stringify(results.map((r) => [r.status, r.data?.message]))
      )
      const ids = results.map((r) => r.data.return_request.id)
      assert.equal(ids[0], ids[1])
      const { data } = await request(
        cluster.servers[1].url,
        "GET",
        `/admin/return-requests?order_id=${order.id}`,
        { headers: admin }
      )
      assert.equal(data.return_requests.length, 1)
      // A CSR-entered request gets the receipt email, once.
      const subject = `Receipt for your return ${data.return_requests[0].rma_number}`
      await waitFor(subject, () => countSubject(mail, subject) >= 1, 60_000)
      assert.equal(countSubject(mail, subject), 1)
    },
  },
  {
    name: "dispute resolved on both instances at once: one 200, one 400, one refund",
    run: async ({ cluster, seed, databaseUrl }) => {
      const [a, b] = cluster.servers
      const customer = await login(
        b.url,
        "customer",
        seed.buyer,
        seed.publishable_key
      )
      const order = seed.orders.resolve
      const opened = await request(b.url, "POST", "/store/disputes", {
        headers: customer,
        body: {
          order_id: order.id,
          reason_category: "refund_amount",
          claim: "The refund never came",
        },
      })
      assert.equal(opened.status, 200, JSON.stringify(opened.data))
      const admin = await login(a.url, "user", seed.admin)
      const results = await both(cluster, (base) =>
        request(
          base,
          "POST",
          `/admin/disputes/${opened.data.dispute.id}/resolve`,
          {
            headers: admin,
            body: { kind: "full_refund" },
          }
        )
      )
      assert.deepEqual(
        results.map((r) => r.status).sort(),
        [200, 400],
        JSON.stringify(results.map((r) => [r.status, r.data?.message]))
      )
      const refunds = await sql(
        databaseUrl,
        `SELECT r.amount FROM refund r
           JOIN payment p ON p.id = r.payment_id
           JOIN order_payment_collection opc
             ON opc.payment_collection_id = p.payment_collection_id
          WHERE opc.order_id = $1 AND r.deleted_at IS NULL`,
        [order.id]
      )
      assert.equal(refunds.length, 1, JSON.stringify(refunds))
      const won = results.find((r) => r.status === 200).data.dispute
      assert.equal(Number(refunds[0].amount), won.resolution_amount)
    },
  },
]
