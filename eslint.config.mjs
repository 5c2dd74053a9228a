import medusa from "@medusajs/eslint-plugin"

export default [
  {
    ignores: [
      "node_modules/**",
      ".medusa/**",
      ".data/**",
      ".test-results/**",
      "demo/node_modules/**",
      "demo/.medusa/**",
      "**/migrations/**",
      "jest.config.js",
    ],
  },
  ...medusa.configs.recommended,
]
