import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * With REDIS_URL set the store runs as a cluster would (`npm run demo --
 * --cluster`, the `cluster` tests): Redis event bus, workflow engine,
 * locking and cache, and the instance's role from MEDUSA_WORKER_MODE
 * (`server`: HTTP only; `worker`: subscribers and scheduled jobs). Without
 * it, the plain demo: in-memory modules, one process doing everything.
 */
const REDIS_URL = process.env.REDIS_URL
const WORKER_MODE = (process.env.MEDUSA_WORKER_MODE || "shared") as
  "shared" | "worker" | "server"
const redisModules = REDIS_URL
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl: REDIS_URL,
          // A worker killed mid-job leaves it locked: another picks it up
          // after lockDuration instead of BullMQ's default 30 s.
          workerOptions: { lockDuration: 10_000, stalledInterval: 5_000 },
        },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: REDIS_URL } },
      },
      // RMS_DEMO_LOCKING=memory leaves Medusa's in-memory locking in place,
      // to watch the cluster tests' races fail without Redis locks.
      ...(process.env.RMS_DEMO_LOCKING === "memory"
        ? []
        : [
            {
              resolve: "@medusajs/medusa/locking",
              options: {
                providers: [
                  {
                    resolve: "@medusajs/medusa/locking-redis",
                    id: "locking-redis",
                    is_default: true,
                    options: { redisUrl: REDIS_URL },
                  },
                ],
              },
            },
          ]),
      {
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl: REDIS_URL },
      },
    ]
  : []

/**
 * The demo store: a plain Medusa app with the built plugin in `plugins`,
 * exactly as a merchant installs it. `npm run demo` sets DATABASE_URL.
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    ...(REDIS_URL ? { redisUrl: REDIS_URL, workerMode: WORKER_MODE } : {}),
    databaseDriverOptions: { connection: { ssl: false } },
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors:
        process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "demo-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "demo-cookie-secret",
    },
  },
  admin: {
    // A worker serves no HTTP routes but the health check: no admin there.
    disable:
      WORKER_MODE === "worker" || process.env.RMS_DEMO_ADMIN_DISABLED === "1",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  },
  plugins: [
    {
      resolve: "medusa-plugin-rms",
      // The demo admin may override the return policy in the CSR form.
      // Webhooks go to the demo's receiver on 127.0.0.1 (the mail catcher),
      // the one private address allowed; retries start after 5 s.
      options: {
        returns: { override_allowed: ["admin@medusa-test.com"] },
        webhooks: { allow_private_urls: ["127.0.0.1"], retry_base_ms: 5000 },
        ...(process.env.RMS_LOYALTY_NIGHTLY_SCHEDULE
          ? {
              loyalty: {
                nightly_schedule: process.env.RMS_LOYALTY_NIGHTLY_SCHEDULE,
              },
            }
          : {}),
      },
    },
  ],
  modules: [
    ...redisModules,
    {
      // Return labels: Medusa's manual provider plus the plugin's label
      // provider, which stores its PDFs with the File module (hence the
      // dependency). Configuring the module replaces its default providers.
      resolve: "@medusajs/medusa/fulfillment",
      dependencies: [Modules.FILE],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          {
            resolve: "medusa-plugin-rms/providers/rms-labels",
            id: "rms",
            options: { carrier: "RMS Post" },
          },
        ],
      },
    },
    {
      // Emails go through the plugin's Resend provider: to Resend with
      // RESEND_API_KEY, else to the mail catcher `npm run demo` starts
      // (RMS_DEMO_MAIL_URL). Configuring the module replaces Medusa's
      // default providers, so the local `feed` provider is listed again.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "medusa-plugin-rms/providers/resend",
            id: "resend",
            options: {
              channels: ["email"],
              api_key: process.env.RESEND_API_KEY || "re_demo_mail_catcher",
              from:
                process.env.RESEND_FROM || "RMS Demo Store <returns@demo.test>",
              ...(process.env.RESEND_API_KEY
                ? {}
                : {
                    base_url:
                      process.env.RMS_DEMO_MAIL_URL || "http://127.0.0.1:9025",
                  }),
            },
          },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: {
              name: "Local Notification Provider",
              channels: ["feed"],
            },
          },
        ],
      },
    },
  ],
})
