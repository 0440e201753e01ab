// The layers of src/ and the rules between them, checked in CI by `npm run check:deps`
// (dependency-cruiser 16; 17 and later need Node 22). docs/ARCHITECTURE.md draws the picture.
//
// From the bottom up:
//   config.ts, errors     plain configuration and the domain's error classes
//   db/                   the data-access kit: connections, SQL, keyset pages, rows, migrations
//   graphql/              the GraphQL kit the domains declare their types with (connections, scalars,
//                         enums, the Node interface, loaders, the Context they receive) and GraphQL errors
//   records/              the kit the domains declare how their records are written with (record types,
//                         JSON Schema pieces, partial dates)
//   <domain>/             every folder with a <domain>.module.ts: actors, events, statements, sanctions, …
//   domains.ts, services.ts   the one list of domains, and the services made from it
//   writing/              the one write path: checks, writes and audits records of the domains' types
//   api/                  the GraphQL edge: the schema assembled from the domains, a request's context, node lookup
//   seeding/ editing/ importing/ exporting/   the tools that read and write through the domains
//   server/ federation/ main.ts               processes: the HTTP hub, the gateway, the CLI
// The domains are the folders with a module of their own (src/<domain>/<domain>.module.ts): a new
// domain falls under the rules below by being a domain, with no list here to keep.
const fs = require("node:fs");
const path = require("node:path");
const SRC = path.join(__dirname, "src");
const DOMAIN_NAMES = fs
  .readdirSync(SRC, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(SRC, entry.name, `${entry.name}.module.ts`)))
  .map((entry) => entry.name);
const DOMAINS = `(${DOMAIN_NAMES.join("|")})`;
const LAYERS = "(db|graphql|records|writing|api|seeding|editing|importing|exporting|server|federation)";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No module may import itself through others: cycles make load order matter and changes spread.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-layer-cycles",
      comment:
        "Folders point one way. Domains may refer to each other (the data is a graph: a statement's speaker is an actor), " +
        "but no cycle may pass through a layer (db, graphql, records, writing, api, seeding, editing, importing, exporting, server, federation).",
      severity: "error",
      scope: "folder",
      from: { path: `^src/${LAYERS}` },
      to: { circular: true },
    },
    {
      name: "no-layer-cycles-into",
      comment: "The same rule, seen from a domain: no cycle from a domain through a layer.",
      severity: "error",
      scope: "folder",
      from: { path: `^src/${DOMAINS}` },
      to: { circular: true, path: `^src/${LAYERS}` },
    },
    {
      name: "db-is-the-floor",
      comment: "db/ is the data-access kit: it knows SQL and TypeORM, never GraphQL, a domain or a tool.",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "^src/", pathNot: ["^src/db/", "^src/config\\.ts$", "^src/errors\\.ts$"] },
    },
    {
      name: "db-knows-no-graphql",
      comment: "db/ imports nothing of GraphQL.",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "(^|/)node_modules/(graphql|type-graphql|@apollo/[^/]+|graphql-[^/]+)/" },
    },
    {
      name: "graphql-kit-below-domains",
      comment:
        "graphql/ is the kit the domains build with: it names no domain, tool or process, and not the list of " +
        "domains (what a request's context holds is declared by each domain; the edge, api/, assembles it).",
      severity: "error",
      from: { path: "^src/graphql/" },
      to: { path: "^src/", pathNot: ["^src/graphql/", "^src/db/", "^src/config\\.ts$", "^src/errors\\.ts$"] },
    },
    {
      name: "records-kit-below-domains",
      comment:
        "records/ is the kit domains declare their record types with: it names no domain, no tool and nothing of " +
        "GraphQL; the write path that runs the declarations is writing/, above the domains.",
      severity: "error",
      from: { path: "^src/records/" },
      to: { path: "^src/", pathNot: ["^src/records/", "^src/db/", "^src/config\\.ts$", "^src/errors\\.ts$"] },
    },
    {
      name: "write-path-below-tools",
      comment:
        "writing/ is the one write path the tools use (editing/, seeding/, importing/): it is given the record " +
        "types, and imports neither the tools, the edge, nor the list of domains.",
      severity: "error",
      from: { path: "^src/writing/" },
      to: {
        path: "^src/(api/|seeding/|editing/|importing/|exporting/|server/|federation/|domains\\.ts$|services\\.ts$|main\\.ts$)",
      },
    },
    {
      name: "domains-below-tools",
      comment:
        "A domain uses the kits (db/, graphql/, records/) and other domains, never the edge (api/), the write path " +
        "(writing/), the tools that read and write through it (seeding/, editing/, importing/, exporting/) or the list " +
        "of domains.",
      severity: "error",
      from: { path: `^src/${DOMAINS}/` },
      to: { path: "^src/(api/|writing/|seeding/|editing/|importing/|exporting/|domains\\.ts$|services\\.ts$)" },
    },
    {
      name: "domains-below-processes",
      comment: "Domains never import the processes that serve them (server/, federation/, main.ts).",
      severity: "error",
      from: { path: `^src/${DOMAINS}/` },
      to: { path: "^src/(server/|federation/|main\\.ts$)" },
    },
    {
      name: "graphql-errors-at-the-edge",
      comment:
        "Only the GraphQL edge (resolvers, plugins, graphql/, api/, server/, federation/) knows GraphQL errors; " +
        "services, db/ and the tools throw the plain classes of src/errors.ts, mapped to codes at the edge.",
      severity: "error",
      from: {
        path: "^src/",
        pathNot: ["\\.resolver\\.ts$", "\\.facets\\.ts$", "\\.plugin\\.ts$", "^src/(graphql|api|server|federation)/"],
      },
      to: { path: "^src/graphql/errors\\.ts$" },
    },
    {
      name: "no-dev-dependencies-in-src",
      comment: "What the hub runs is installed by `npm ci --omit=dev` too.",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-undeclared-packages",
      comment: "Every package src/ imports is in package.json.",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/explorer/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "types", "default"] },
  },
};
