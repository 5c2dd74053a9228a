import { ContainerRegistrationKeys, isString } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { readPluginOptions } from "../utils/plugin-options"
import { loyaltyNightlyWorkflow } from "../workflows/loyalty"

/**
 * The cron expression of the plugin option `loyalty.nightly_schedule`
 * (default 03:30 daily). A job's config is read when its file loads, before
 * any module has its options, so it comes from the loaded `medusa-config`.
 */
const nightlySchedule = (): string => {
  const schedule = readPluginOptions().loyalty?.nightly_schedule
  return isString(schedule) && schedule.trim() ? schedule.trim() : "30 3 * * *"
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
  const mode =
    container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
      .workerMode ?? "shared"
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
