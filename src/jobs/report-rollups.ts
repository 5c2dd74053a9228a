import { MedusaContainer } from "@medusajs/framework/types"
import { refreshReportRollupsWorkflow } from "../workflows/reports"

/**
 * Rolls up the report days written in the last minutes. The reports are
 * right without it (they read changed days live); it keeps them fast.
 */
export default async function reportRollupsJob(container: MedusaContainer) {
  await refreshReportRollupsWorkflow(container).run({ input: undefined })
}

export const config = {
  name: "rms-report-rollups",
  schedule: "*/10 * * * *",
}
