const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const TEST_TYPE = process.env.TEST_TYPE

const testMatch = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s?(x)"],
  "integration:modules": ["<rootDir>/integration-tests/modules/**/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
}

if (TEST_TYPE && !testMatch[TEST_TYPE]) {
  throw new Error(
    `TEST_TYPE must be one of ${Object.keys(testMatch).join(", ")}, got "${TEST_TYPE}"`
  )
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: [
    "dist/",
    "<rootDir>/.medusa/",
    "<rootDir>/demo/.medusa/",
    // bench/boot builds two throwaway apps there.
    "<rootDir>/bench/boot/.apps/",
  ],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: TEST_TYPE ? testMatch[TEST_TYPE] : Object.values(testMatch).flat(),
  // Two Medusa apps in one worker collide on module-level singletons, so every
  // suite file gets a fresh worker (see MEDUSA-NOTES: never --runInBand).
  workerIdleMemoryLimit: "1MB",
  testTimeout: 120000,
}
