import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Boots this repository as a Medusa app so the integration tests run the
 * plugin from source: `src/api`, `src/subscribers`, `src/links`, `src/jobs`
 * and `src/workflows` load by convention, modules are registered here.
 * Merchants never use this file: they add the built plugin to `plugins`.
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
  // Opt-in, for store-credit-loyalty-plugin.spec.ts: @medusajs/loyalty-plugin
  // pins its peers to an exact Medusa version, so it is installed by hand.
  plugins: process.env.RMS_WITH_LOYALTY_PLUGIN
    ? [{ resolve: "@medusajs/loyalty-plugin", options: {} }]
    : [],
  modules: [
    {
      resolve: "./src/modules/loyalty-program",
      options: {},
    },
    {
      resolve: "./src/modules/return-policy",
      options: {},
    },
    {
      resolve: "./src/modules/return-dispute",
      options: {},
    },
    {
      resolve: "./src/modules/customer-notification",
      // No email retries unless a spec sets RMS_NOTIFICATION_MAX_RETRIES (at
      // its top level, before the runner's beforeAll loads this file; its
      // `env` option is applied too late): without the fake Resend every
      // email fails, and each failure would start a stored retry run that
      // the runner waits for after every test. With 0 a failed email falls
      // back to the feed at once. Short backoff so retry tests stay fast;
      // merchants get 3 retries, 1 s, 2 s, 4 s apart. Links in emails only
      // for suites that set a storefront.
      options: {
        notifications: {
          max_retries: Number(process.env.RMS_NOTIFICATION_MAX_RETRIES ?? 0),
          retry_backoff_ms: 20,
          storefront_url: process.env.RMS_STOREFRONT_URL || null,
        },
      },
    },
    {
      resolve: "./src/modules/return-portal",
      // Specs set low guest limits through RMS_PORTAL_OPTIONS (JSON).
      options: {
        portal: process.env.RMS_PORTAL_OPTIONS
          ? JSON.parse(process.env.RMS_PORTAL_OPTIONS)
          : {},
      },
    },
    {
      resolve: "./src/modules/webhooks",
      // The spec's receiver listens on 127.0.0.1: only that private address
      // is allowed, so the others are still refused. Retries are fast.
      options: {
        webhooks: {
          allow_private_urls: ["127.0.0.1"],
          retry_base_ms: 50,
          retry_max_ms: 200,
          max_attempts: 4,
          timeout_ms: 3000,
          disable_after_failures: 6,
        },
      },
    },
    {
      resolve: "./src/modules/return-logistics",
      options: {},
    },
    {
      // Medusa's manual provider plus the plugin's label provider, which
      // stores its PDFs with the File module (hence the dependency).
      resolve: "@medusajs/medusa/fulfillment",
      dependencies: [Modules.FILE],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          {
            resolve: "./src/providers/rms-labels",
            id: "rms",
            options: {
              carrier: "RMS Post",
              tracking_url: "https://track.example.com/{tracking_number}",
            },
          },
        ],
      },
    },
    {
      // Replaces Medusa's default (a `feed` provider only): emails go through
      // the plugin's Resend provider, pointed at a fake server in tests.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "./src/providers/resend",
            id: "resend",
            options: {
              channels: ["email"],
              api_key: "re_test",
              from: "Store <store@example.com>",
              base_url: process.env.RMS_RESEND_BASE_URL ?? "http://127.0.0.1:1",
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
