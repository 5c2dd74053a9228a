import { configManager } from "@medusajs/framework/config"
import {
  ContainerRegistrationKeys,
  isObject,
  isString,
} from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { loyaltyNightlyWorkflow } from "../workflows/loyalty"

const DEFAULT_SCHEDULE = "30 3 * * *"

/**
 * The cron expression from the plugin option `loyalty.nightly_schedule`.
 * A job's config is read when its file loads, before any module has its
 * options, so it is looked up in the loaded `medusa-config` instead.
 */
export const nightlySchedule = (): string => {
  try {
    for (const plugin of configManager.config.plugins ?? []) {
      if (
        isObject(plugin) &&
        isString((plugin as { resolve?: unknown }).resolve) &&
        (plugin as { resolve: string }).resolve.includes("medusa-plugin-rms")
      ) {
        const options = (plugin as { options?: Record<string, any> }).options
        const schedule = options?.loyalty?.nightly_schedule
        if (isString(schedule) && schedule.trim()) {
          return schedule.trim()
        }
      }
    }
  } catch {
    // No config loaded (a unit test importing the file): the default.
  }
  return DEFAULT_SCHEDULE
}

/**
 * Nightly loyalty pass. Medusa runs a scheduled job on one worker; every
 * write it makes is idempotent, so a retry is harmless. It logs the process
 * and the tick it ran, so an operator running several instances can see
 * which one did it.
 */
export default async function loyaltyNightlyJob(
  container: MedusaContainer,
  context?: { scheduledFor?: Date }
) {
  const tick = (context?.scheduledFor ?? new Date()).toISOString()
  const mode = configManager.config.projectConfig?.workerMode ?? "shared"
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(
      `rms-loyalty-nightly: ran at ${new Date().toISOString()} (queued for ${tick}) on pid ${process.pid} (workerMode ${mode})`
    )
  await loyaltyNightlyWorkflow(container).run({ input: {} })
}

export const config = {
  name: "rms-loyalty-nightly",
  schedule: nightlySchedule(),
}
