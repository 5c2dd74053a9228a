import {
  startFakeResend,
  type FakeResend,
  type RecordedRequest,
} from "../../src/providers/resend/__tests__/fake-resend-server"

/**
 * Starts the fake Resend API for a spec file. Call it at the top level,
 * before `medusaIntegrationTestRunner`: medusa-config.ts reads
 * RMS_RESEND_BASE_URL when the app boots, so the server must listen before
 * the runner's own beforeAll.
 */
export const useFakeResend = () => {
  let fake: FakeResend | undefined
  beforeAll(async () => {
    fake = await startFakeResend()
    process.env.RMS_RESEND_BASE_URL = fake.url
  })
  afterAll(async () => {
    await fake?.close()
  })
  const server = () => {
    if (!fake) {
      throw new Error("the fake Resend server is not running yet")
    }
    return fake
  }
  return {
    server,
    /** The emails sent so far, optionally only those with this subject. */
    emails: (subject?: RegExp | string): RecordedRequest[] =>
      server().requests.filter(
        (r) =>
          r.method === "POST" &&
          r.path === "/emails" &&
          (subject === undefined ||
            (typeof subject === "string"
              ? r.body.subject === subject
              : subject.test(String(r.body.subject))))
      ),
  }
}
