import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The demo store: a plain Medusa app with the built plugin in `plugins`,
 * exactly as a merchant installs it. `npm run demo` sets DATABASE_URL.
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
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
      },
    },
  ],
  modules: [
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
