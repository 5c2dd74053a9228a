#!/usr/bin/env node
// Bundles the customer return portal (src/portal: React, the JS SDK and its
// CSS) into the built package, `.medusa/server/src/portal/portal.js`, which
// `GET /returns/portal.js` serves. Run after `medusa plugin:build` (which
// empties .medusa/server). A plugin run from source bundles the same entry
// in memory instead (src/api/utils/portal-page.ts, same options).
import path from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const outfile = path.join(
  root,
  ".medusa",
  "server",
  "src",
  "portal",
  "portal.js"
)

const result = await build({
  entryPoints: [path.join(root, "src", "portal", "main.tsx")],
  outfile,
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  jsx: "automatic",
  loader: { ".css": "text" },
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
})
const bytes = Object.values(result.metafile.outputs)[0].bytes
console.log(
  `Return portal bundled: ${path.relative(root, outfile)} (${Math.round(bytes / 1024)} KB)`
)
