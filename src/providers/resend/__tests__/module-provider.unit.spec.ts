import { moduleProviderLoader } from "@medusajs/framework/modules-sdk"
import type { ModuleProvider } from "@medusajs/framework/types"
import { Modules, createMedusaContainer } from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import resendProvider from ".."
import { sampleData } from "../../../emails/samples"
import { ResendNotificationProviderService } from "../service"
import { startFakeResend, type FakeResend } from "./fake-resend-server"

/**
 * Loads the provider the way Medusa does (`moduleProviderLoader`, which
 * calls `validateOptions` first), then sends through the registered instance.
 */
describe("resend provider module definition", () => {
  let server: FakeResend

  beforeAll(async () => {
    server = await startFakeResend()
  })

  afterAll(async () => {
    await server.close()
  })

  const load = async (options: Record<string, unknown>) => {
    const container = createMedusaContainer()
    container.register("logger", asValue({ warn: jest.fn(), info: jest.fn() }))
    await moduleProviderLoader({
      container,
      providers: [
        {
          resolve: resendProvider,
          id: "resend",
          options,
        } as unknown as ModuleProvider,
      ],
    })
    return container
  }

  it("is a Notification module provider exporting the service", () => {
    expect(resendProvider.module).toBe(Modules.NOTIFICATION)
    expect(resendProvider.services).toEqual([ResendNotificationProviderService])
  })

  it("loads with valid options and sends through the registered service", async () => {
    const container = await load({
      channels: ["email"],
      api_key: "re_test",
      from: "Store <returns@example.com>",
      base_url: server.url,
    })
    const service = container.resolve<ResendNotificationProviderService>(
      "resendNotificationProviderService"
    )
    await expect(
      service.send({
        to: "camille@example.com",
        channel: "email",
        template: "reward-redeemed",
        data: sampleData["reward-redeemed"],
      })
    ).resolves.toEqual({ id: expect.any(String) })
    expect(server.requests[0].body.subject).toBe("Your reward: €10 voucher")
    expect(server.requests[0].body.text).toContain("LUMI-7K2P-9QX")
  })

  it("fails to load with a clear message when options are invalid", async () => {
    await expect(
      load({ channels: ["email"], from: "a@b.test" })
    ).rejects.toThrow(
      "medusa-plugin-rms resend provider: `api_key` is required"
    )
  })
})
