import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { RmsLabelsFulfillmentProvider } from "./service"

export type { RmsLabelsProviderOptions } from "./service"
export { RmsLabelsFulfillmentProvider, newTrackingNumber } from "./service"
export { renderReturnLabelPdf, type ReturnLabelData } from "./label-pdf"

/**
 * Return-label Fulfillment Module provider. Add it to the Fulfillment
 * module's `providers` as `medusa-plugin-rms/providers/rms-labels` (id
 * `rms`), with `dependencies: [Modules.FILE]` on that module so it can store
 * the PDFs. Its provider id is then `rms-labels_rms`.
 */
export default ModuleProvider(Modules.FULFILLMENT, {
  services: [RmsLabelsFulfillmentProvider],
})
