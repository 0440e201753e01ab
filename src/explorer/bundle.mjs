// Builds the offline explorer (client.js → dist/explorer/explorer.js and explorer.css) with esbuild:
// everything it loads, fonts included, comes from these files, so it works with no internet.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "..", "..", "dist", "explorer");

await build({
  entryPoints: { explorer: path.join(here, "client.js") },
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  outdir: out,
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl", ".png": "dataurl" },
  logLevel: "warning",
});
fs.copyFileSync(path.join(here, "index.html"), path.join(out, "index.html"));
