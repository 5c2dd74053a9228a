export * from "./loyalty"
export * from "./notifications"
export * from "./return-policy"
export * from "./disputes"
