import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { PROJECT_ROOT } from "../config";

/*
 * The offline explorer at /explorer: GraphiQL, bundled from npm by `npm run build`
 * (src/explorer/bundle.mjs → dist/explorer/), with the example operations of schema/operations/
 * as its tabs. Its Content-Security-Policy lets the page load nothing from anywhere but the hub.
 */

/** Where `npm run build` puts the bundle. */
export const EXPLORER_DIR = path.join(PROJECT_ROOT, "dist", "explorer");
const OPERATIONS_DIR = path.join(PROJECT_ROOT, "schema", "operations");

const FILES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "explorer.js": "text/javascript; charset=utf-8",
  "explorer.css": "text/css; charset=utf-8",
};

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'";

/** The example operations, titled by their file names: `statements-by-officials….graphql` → "statements by officials…". */
export function exampleOperations(dir = OPERATIONS_DIR): { title: string; query: string }[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => ({
      title: name.replace(/\.graphql$/, "").replace(/-/g, " "),
      query: fs.readFileSync(path.join(dir, name), "utf8"),
    }));
}

/** Answers a request under /explorer; the caller has checked the path starts so. */
export function serveExplorer(pathname: string, res: http.ServerResponse, operations: { title: string; query: string }[]): void {
  if (pathname === "/explorer") {
    res.statusCode = 308;
    res.setHeader("location", "/explorer/");
    return void res.end();
  }
  const name = pathname.slice("/explorer/".length) || "index.html";
  res.setHeader("content-security-policy", POLICY);
  if (name === "operations.json") {
    res.setHeader("content-type", "application/json; charset=utf-8");
    return void res.end(JSON.stringify(operations));
  }
  const type = FILES[name];
  const file = path.join(EXPLORER_DIR, name);
  if (!type || !fs.existsSync(file)) {
    res.statusCode = 404;
    res.setHeader("content-type", "text/plain; charset=utf-8");
    return void res.end(type ? "The explorer is not built: run `npm run build`." : `Nothing at ${pathname}.`);
  }
  res.setHeader("content-type", type);
  res.setHeader("cache-control", "no-cache");
  fs.createReadStream(file).pipe(res);
}
