export * from "./refresh-report-rollups"
