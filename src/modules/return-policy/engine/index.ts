export * from "./types"
export { evaluateReturn } from "./evaluate"
export { lineEligibility } from "./eligibility"
export {
  computeRefund,
  restockingFeePercent,
  type ComputeRefundInput,
  type RefundRequestItem,
} from "./refund"
export {
  describeWindow,
  formatUtcDay,
  returnWindow,
  type ReturnWindow,
} from "./dates"
