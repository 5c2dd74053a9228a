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
  orderDeliveredAt,
  returnWindow,
  returnWindowClosesAt,
  type ReturnWindow,
} from "./dates"
export {
  applicablePolicy,
  BUILTIN_POLICY,
  BUILTIN_POLICY_NAME,
  isBuiltinPolicy,
} from "./policy"
export { DEFAULT_POLICY_TERMS } from "./defaults"
