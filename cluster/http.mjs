// Small HTTP helpers for the cluster scenarios: JSON in and out, the
// status kept (a 400 is an answer to check, not an error).
import assert from "node:assert/strict"

export const request = async (base, method, url, { body, headers } = {}) => {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let data
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = text
  }
  return { status: res.status, data }
}

/** Bearer headers of an emailpass login (customer with the store's key). */
export const login = async (base, actor, { email, password }, key) => {
  const headers = key ? { "x-publishable-api-key": key } : {}
  const { status, data } = await request(
    base,
    "POST",
    `/auth/${actor}/emailpass`,
    { body: { email, password }, headers }
  )
  assert.equal(status, 200, `login of ${email}: ${JSON.stringify(data)}`)
  return { ...headers, authorization: `Bearer ${data.token}` }
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
export const waitFor = async (what, check, timeoutMs = 60_000) => {
  const started = Date.now()
  let last
  for (;;) {
    last = await check()
    if (last) {
      return last
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Rows of one SQL statement (bound parameters) on the store's database. */
export const sql = async (databaseUrl, text, params = []) => {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end()
  }
}

/** The keys of the store's Redis database that match `pattern` (SCAN). */
export const redisKeys = async (redisUrl, pattern) => {
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  })
  await redis.connect()
  try {
    const keys = []
    let cursor = "0"
    do {
      const [next, batch] = await redis.scan(cursor, "MATCH", pattern)
      keys.push(...batch)
      cursor = next
    } while (cursor !== "0")
    return keys
  } finally {
    redis.disconnect()
  }
}

/** How many caught emails have exactly this subject. */
export const countSubject = (mail, subject) =>
  mail.messages.filter((m) => m.subject === subject).length
