export * from "./loyalty"
export * from "./return-policy"
