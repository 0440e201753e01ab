#!/usr/bin/env node
// The hub side by side with PostGraphile 5 (its peer) and the minimal SQL through mysql2 (the floor),
// on the same synthetic data, the same machine and the same load, in one run. Usage:
//   npm run bench:compare -- [--quick] [--duration 15] [--connections 20] [--rounds 1] [--only Q1,Q3] [--compile-ab]
//                            [--baseline DIR]
// For each query shape it prints one line, the same every run:
//   Q3 nested: hub 812 req/s, postgraphile 640 req/s, ratio 1.27; hub p50 9.1 ms, floor p50 5.0 ms, ratio 1.82
// then the SQL statements each shape costs the hub (counted by MariaDB itself) and the hub's peak RSS.
// `--compile-ab` runs a second hub with COMPILE_QUERIES=false beside the first, in the same turns,
// and prints under each shape what it served: graphql-jit against graphql-js, on the same load.
// `--baseline DIR` does the same with the hub of another checkout (an earlier commit, installed and
// built: `git worktree add DIR <commit> && (cd DIR && npm ci)`): before against after, in the same turns.
// `--quick` uses scale 0.1 in its own databases (`*_quick`) and 5-second runs. Data is (re)generated
// only when a database does not hold the expected scale. The hub runs as in production: NODE_ENV
// production, an API key on every request, cost limits and the rate limiter on (with a budget too
// large to throttle: the point is what they cost, not to be refused).
require("reflect-metadata");
const { spawn, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const autocannon = require("autocannon");
const mysql = require("mysql2/promise");
const pg = require("pg");
const { sizes, actorId, topicId } = require("./synthetic");

const ROOT = path.join(__dirname, "..");
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);

const QUICK = flag("quick");
const SCALE = Number(option("scale", QUICK ? "0.1" : "1"));
const DURATION = Number(option("duration", QUICK ? "5" : "15"));
const WARMUP = Number(option("warmup", "3"));
const CONNECTIONS = Number(option("connections", "20"));
const ROUNDS = Number(option("rounds", "1"));
const ONLY = option("only", "")
  .split(",")
  .filter(Boolean)
  .map((q) => q.toUpperCase());
const DB_NAME = QUICK ? "dossier_bench_quick" : "dossier_bench";
const MYSQL_URL = process.env.MYSQL_URL ?? `mysql://root@127.0.0.1:3306/${DB_NAME}`;
const PG_URL = process.env.PG_URL ?? `postgres://postgres@127.0.0.1:5432/${DB_NAME}`;
const COMPILE_AB = flag("compile-ab");
const BASELINE = option("baseline", null) && path.resolve(option("baseline", null));
if (COMPILE_AB && BASELINE) throw new Error("--compile-ab and --baseline each run a second hub: give one of them");
const PORTS = { hub: 4100, hubJs: 4101, hubBase: 4102, postgraphile: 4200, floor: 4300 };
/** The second hub that takes turns with the first: on graphql-js (--compile-ab), or another checkout's (--baseline). */
const SECOND = COMPILE_AB ? "hubJs" : BASELINE ? "hubBase" : null;
/** The servers that take turns under load. */
const LOADED = ["hub", ...(SECOND ? [SECOND] : []), "postgraphile", "floor"];
const isHub = (server) => server === "hub" || server === SECOND;

const size = sizes(SCALE);
/** The 100 actors every server is asked about, spread over the table. */
const ACTORS = Array.from({ length: 100 }, (_, k) => actorId((k * 997 + 13) % size.actors));
const WORD_PAIRS = [
  "korea sanctions",
  "cyber attack",
  "treasury designation",
  "malware network",
  "nuclear missile",
  "embassy diplomat",
  "bank laundering",
  "phishing campaign",
  "election leak",
  "pipeline energy",
];

// ---------------------------------------------------------------------------------------------
// The query shapes, written once per server. `i` rotates the parameters; `positions` are the Q4
// keyset positions (filled in at start-up); `check` reduces a response to what must agree.

const gql = (query, variables) => JSON.stringify({ query, variables });
const window50 = (i) => Array.from({ length: 50 }, (_, k) => ACTORS[(i + k) % ACTORS.length]);
const q2Params = (i) => ({ topic: topicId(i % size.topics), from: `${2011 + (i % 10)}-01-01`, to: `${2014 + (i % 10)}-12-31` });

const HUB_Q3 = (first = 50, statements = 10, participants = 10) => `query Q3($ids: [ID!]) {
  actors(first: ${first}, filter: { ids: $ids }) { nodes { id name
    statements(first: ${statements}) { nodes { id text
      about { id title participants(first: ${participants}) { nodes { role actor { id name } } } } } } } } }`;
const HUB_Q2 = (first = 50) => `query Q2($topic: ID!, $from: Date, $to: Date) {
  statements(first: ${first}, filter: { topics: [$topic], saidOn: { from: $from, to: $to }, speaker: { isOfficial: true } }) {
    nodes { id text saidOn speaker { name } } } }`;
const HUB_Q4 = (first = 50) =>
  `query Q4($after: String) { statements(first: ${first}, after: $after) { nodes { id text saidOn } } }`;

const SHAPES = {
  // No data at all: what each server's request path costs before any query (HTTP, the GraphQL
  // pipeline and, on the hub, the API key, cost and rate-limit checks); the floor answers a constant.
  Q0: {
    label: "empty",
    hub: () => gql("query Q0 { __typename }", {}),
    postgraphile: () => gql("query Q0 { __typename }", {}),
    floor: () => JSON.stringify({}),
    check: {
      hub: (d) => d.__typename,
      postgraphile: (d) => d.__typename,
      floor: (d) => d.__typename,
    },
  },
  Q1: {
    label: "point",
    hub: (i) => gql("query Q1($id: ID!) { actor(id: $id) { id name kind country title isOfficial } }", { id: ACTORS[i % 100] }),
    postgraphile: (i) =>
      gql("query Q1($id: String!) { actorByRowId(rowId: $id) { rowId name kind country title isOfficial } }", {
        id: ACTORS[i % 100],
      }),
    floor: (i) => JSON.stringify({ id: ACTORS[i % 100] }),
    check: {
      hub: (d) => d.actor.name,
      postgraphile: (d) => d.actorByRowId.name,
      floor: (d) => d.actor.name,
    },
  },
  Q2: {
    label: "filtered",
    hub: (i) => gql(HUB_Q2(), q2Params(i)),
    postgraphile: (i) => {
      const { topic, from, to } = q2Params(i);
      return gql(
        `query Q2($topic: String!, $from: Date!, $to: Date!) { officialStatements(topic: $topic, fromDate: $from, toDate: $to, first: 50) {
          nodes { rowId text saidOn actorBySpeakerId { name } } } }`,
        { topic, from, to },
      );
    },
    floor: (i) => JSON.stringify(q2Params(i)),
    check: {
      hub: (d) => d.statements.nodes.map((s) => s.id).join(),
      postgraphile: (d) => d.officialStatements.nodes.map((s) => s.rowId).join(),
      floor: (d) => d.statements.map((s) => s.id).join(),
    },
    sizes: { hub: (i) => gql(HUB_Q2(10), q2Params(i)) },
  },
  Q3: {
    label: "nested",
    hub: (i) => gql(HUB_Q3(), { ids: window50(i) }),
    postgraphile: (i) =>
      gql(
        `query Q3($ids: [String]!) { actorsByIds(ids: $ids, first: 50) { nodes { rowId name
          statementsBySpeakerId(first: 10, orderBy: [SAID_ON_ASC, PRIMARY_KEY_ASC]) { nodes { rowId text
            statementEventsByStatementId { nodes { eventByEventId { rowId title
              eventParticipantsByEventId(first: 10) { nodes { role actorByActorId { rowId name } } } } } } } } } } }`,
        { ids: window50(i) },
      ),
    floor: (i) => JSON.stringify({ ids: window50(i) }),
    // How many participant rows come back (the leaves): the same work on every server.
    check: {
      hub: (d) =>
        d.actors.nodes.flatMap((a) => a.statements.nodes.flatMap((s) => s.about.flatMap((e) => e.participants.nodes))).length,
      postgraphile: (d) =>
        d.actorsByIds.nodes.flatMap((a) =>
          a.statementsBySpeakerId.nodes.flatMap((s) =>
            s.statementEventsByStatementId.nodes.flatMap((se) => se.eventByEventId.eventParticipantsByEventId.nodes),
          ),
        ).length,
      floor: (d) => d.actors.flatMap((a) => a.statements.flatMap((s) => s.about.flatMap((e) => e.participants))).length,
    },
    sizes: { hub: (i) => gql(HUB_Q3(10, 3, 3), { ids: window50(i) }) },
  },
  Q4: {
    label: "page 1000",
    hub: (i, positions) => gql(HUB_Q4(), { after: positions.hub[i % positions.hub.length] }),
    postgraphile: (i, positions) =>
      gql(
        `query Q4($after: Cursor) { allStatements(first: 50, after: $after, orderBy: [SAID_ON_ASC, PRIMARY_KEY_ASC]) { nodes { rowId text saidOn } } }`,
        { after: positions.postgraphile[i % positions.postgraphile.length] },
      ),
    floor: (i, positions) => JSON.stringify(positions.floor[i % positions.floor.length]),
    check: {
      hub: (d) => d.statements.nodes.map((s) => s.id).join(),
      postgraphile: (d) => d.allStatements.nodes.map((s) => s.rowId).join(),
      floor: (d) => d.statements.map((s) => s.id).join(),
    },
    sizes: { hub: (i, positions) => gql(HUB_Q4(10), { after: positions.hub[i % positions.hub.length] }) },
  },
  Q4P1: {
    label: "page 1",
    hub: () => gql(HUB_Q4(), {}),
    postgraphile: () =>
      gql(`{ allStatements(first: 50, orderBy: [SAID_ON_ASC, PRIMARY_KEY_ASC]) { nodes { rowId text saidOn } } }`, {}),
    floor: () => JSON.stringify({}),
    check: {
      hub: (d) => d.statements.nodes.map((s) => s.id).join(),
      postgraphile: (d) => d.allStatements.nodes.map((s) => s.rowId).join(),
      floor: (d) => d.statements.map((s) => s.id).join(),
    },
  },
  Q5: {
    label: "search",
    hub: (i) =>
      gql(
        `query Q5($text: String!) { search(text: $text, types: [STATEMENT], first: 20) { nodes { ... on Statement { id text } } } }`,
        { text: WORD_PAIRS[i % WORD_PAIRS.length] },
      ),
    postgraphile: (i) =>
      gql(`query Q5($words: String!) { searchStatements(words: $words, first: 20) { nodes { rowId text } } }`, {
        words: WORD_PAIRS[i % WORD_PAIRS.length],
      }),
    floor: (i) => JSON.stringify({ words: WORD_PAIRS[i % WORD_PAIRS.length].split(" ") }),
    // Ranking differs by engine; every server must find a full page.
    check: {
      hub: (d) => d.search.nodes.length,
      postgraphile: (d) => d.searchStatements.nodes.length,
      floor: (d) => d.statements.length,
    },
  },
  Q6: {
    label: "entities",
    hub: () =>
      gql(`query Q6($representations: [_Any!]!) { _entities(representations: $representations) { ... on Actor { id name } } }`, {
        representations: ACTORS.map((id) => ({ __typename: "Actor", id })),
      }),
    postgraphile: () =>
      gql(`query Q6($ids: [String]!) { actorsByIds(ids: $ids, first: 100) { nodes { rowId name } } }`, { ids: ACTORS }),
    floor: () => JSON.stringify({ ids: ACTORS }),
    check: {
      hub: (d) => d._entities.filter(Boolean).length,
      postgraphile: (d) => d.actorsByIds.nodes.length,
      floor: (d) => d._entities.filter(Boolean).length,
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Data, servers and load.

async function rowCount(kind, table) {
  try {
    if (kind === "mysql") {
      const connection = await mysql.createConnection(MYSQL_URL);
      try {
        const [[row]] = await connection.query(`SELECT COUNT(*) AS n FROM ${table}`);
        return Number(row.n);
      } finally {
        await connection.end();
      }
    }
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(rows[0].n);
    } finally {
      await client.end();
    }
  } catch {
    return -1;
  }
}

/** Generates the data set where a database does not hold this scale already. */
async function ensureData() {
  const missing = [];
  for (const kind of ["mysql", "postgres"]) {
    const actors = await rowCount(kind, "actors");
    const statements = await rowCount(kind, "statement_events");
    if (actors !== size.actors || statements !== size.statements) missing.push(kind);
  }
  // A MariaDB data set loaded before the latest migration (a new index, say) is loaded again.
  const { MIGRATIONS } = require("../dist/db/migrations");
  if (!missing.includes("mysql") && (await rowCount("mysql", "migrations")) !== MIGRATIONS.length) missing.push("mysql");
  if (missing.length === 0) return console.log(`Data set at scale ${SCALE} already loaded in ${DB_NAME}.`);
  execFileSync(process.execPath, [path.join(__dirname, "generate.js"), "--scale", String(SCALE), "--only", missing.join(",")], {
    stdio: "inherit",
    env: { ...process.env, MYSQL_URL, PG_URL },
  });
}

function startProcess(name, args, env, cwd = ROOT) {
  // The hub's standard output is its JSON log, a line per request: it goes to /dev/null, as it would
  // go to a log collector in production, so that reading it costs the load's two cores nothing.
  const stdout = name.startsWith("hub") ? "ignore" : "pipe";
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", stdout, "pipe"] });
  // Only the end of the output is kept (for a server that fails): the hub logs a line per request.
  let output = "";
  const keep = (chunk) => (output = (output + chunk).slice(-65536));
  child.stdout?.on("data", keep);
  child.stderr.on("data", keep);
  child.on("exit", (code) => {
    if (!child.stopping) console.error(`${name} exited (${code}):\n${output}`);
  });
  child.output = () => output;
  return child;
}

async function waitFor(url, body, child) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`server exited:\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up:\n${child.output()}`);
}

function stop(child) {
  child.stopping = true;
  child.kill("SIGTERM");
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve)));
}

function ensurePostgraphileInstalled() {
  const dir = path.join(__dirname, "postgraphile");
  if (fs.existsSync(path.join(dir, "node_modules", "postgraphile"))) return;
  console.log("Installing PostGraphile in bench/postgraphile (npm ci)…");
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
}

function issueKey() {
  const output = execFileSync(
    process.execPath,
    [path.join(ROOT, "bin", "dossier.js"), "keys", "create", "--role", "reader", "--name", "bench:compare"],
    {
      env: { ...process.env, DATABASE_URL: MYSQL_URL },
      encoding: "utf8",
    },
  );
  return output.trim().split("\n").pop();
}

/** The request each server gets for shape `name`, with its URL and headers. */
function target(server, key) {
  return {
    url: server === "floor" ? `http://127.0.0.1:${PORTS.floor}` : `http://127.0.0.1:${PORTS[server]}/graphql`,
    path: (name) => (server === "floor" ? `/${name === "Q4P1" ? "q4" : name.toLowerCase()}` : "/graphql"),
    headers: { "content-type": "application/json", ...(isHub(server) ? { authorization: `Bearer ${key}` } : {}) },
  };
}

async function post(server, key, name, body) {
  const t = target(server, key);
  const response = await fetch(`http://127.0.0.1:${PORTS[server]}${t.path(name)}`, { method: "POST", headers: t.headers, body });
  const json = await response.json();
  if (json.errors || json.error) throw new Error(`${server} ${name}: ${JSON.stringify(json.errors ?? json.error).slice(0, 600)}`);
  return json.data;
}

async function load(server, key, name, bodyOf, seconds) {
  const t = target(server, key);
  // The 100 bodies are built once, before the clock starts: each connection cycles through them.
  // Building each body per request (autocannon's setupRequest) costs the load generator CPU in
  // proportion to the server's throughput, on the two cores the servers share.
  const requests = Array.from({ length: 100 }, (_, i) => ({
    method: "POST",
    path: t.path(name),
    headers: t.headers,
    body: bodyOf(i),
  }));
  const result = await autocannon({
    url: t.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    errors: result.errors + result.timeouts + (result.non2xx ?? 0),
    total: result.requests.total,
  };
}

/** The Q4 keyset positions: pages 1,000 to 1,009 of 50, as each server names them. */
async function keysetPositions() {
  const connection = await mysql.createConnection({ uri: MYSQL_URL, dateStrings: true });
  const first = Math.min(49_950, Math.max(0, size.statements - 600));
  const floor = [];
  for (let k = 0; k < 10; k++) {
    const [[row]] = await connection.query("SELECT said_on, id FROM statements ORDER BY said_on, id LIMIT 1 OFFSET ?", [
      first - 1 + k * 50,
    ]);
    floor.push({ saidOn: row.said_on, id: row.id });
  }
  await connection.end();
  const hub = floor.map(({ saidOn, id }) => Buffer.from(JSON.stringify(["SAID_ON:ASC", saidOn, id])).toString("base64url"));
  const postgraphile = [];
  for (let k = 0; k < 10; k++) {
    const data = await post(
      "postgraphile",
      null,
      "Q4",
      gql(
        `query($offset: Int!) { allStatements(first: 1, offset: $offset, orderBy: [SAID_ON_ASC, PRIMARY_KEY_ASC]) { pageInfo { endCursor } } }`,
        {
          offset: first - 1 + k * 50,
        },
      ),
    );
    postgraphile.push(data.allStatements.pageInfo.endCursor);
  }
  return { hub, postgraphile, floor };
}

/** MariaDB's own count of statements clients sent: `Questions` (the SHOW itself counts one). */
async function questions(connection) {
  const [[row]] = await connection.query("SHOW GLOBAL STATUS LIKE 'Questions'");
  return Number(row.Value);
}

async function statementsPerRequest(connection, server, key, name, bodyOf) {
  // Warm up (prepared statements, caches), then count over 10 sequential requests.
  for (let i = 0; i < 3; i++) await post(server, key, name, bodyOf(i));
  const before = await questions(connection);
  for (let i = 0; i < 10; i++) await post(server, key, name, bodyOf(i));
  const after = await questions(connection);
  return (after - before - 1) / 10;
}

function peakRss(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peak: kb("VmHWM") / 1024, now: kb("VmRSS") / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/**
 * PostgreSQL reads through the OS page cache; MariaDB's InnoDB reads with O_DIRECT, so a data set
 * larger than its buffer pool (128 MB by default; scale 1 is about 1.2 GB) is read from disk on
 * every run. For a like-for-like run the buffer pool is raised to hold the data set, and put back
 * afterwards. Returns the size to restore, or null when nothing was changed.
 */
async function fitBufferPool() {
  const connection = await mysql.createConnection(MYSQL_URL);
  try {
    const [[{ data, pool }]] = await connection.query(
      `SELECT SUM(data_length + index_length) AS data, @@innodb_buffer_pool_size AS pool
         FROM information_schema.tables WHERE table_schema = DATABASE()`,
    );
    const wanted = Math.ceil((Number(data) * 1.25) / 2 ** 27) * 2 ** 27;
    if (Number(pool) >= wanted) return null;
    console.log(
      `MariaDB's buffer pool (${fixed(Number(pool) / 2 ** 20, 0)} MB) is smaller than the data set (${fixed(Number(data) / 2 ** 20, 0)} MB): ` +
        `raising it to ${fixed(wanted / 2 ** 20, 0)} MB for this run.`,
    );
    await connection.query(`SET GLOBAL innodb_buffer_pool_size = ${wanted}`);
    // Read every table once, so the runs do not pay for loading it.
    const [tables] = await connection.query(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()",
    );
    for (const { name } of tables) await connection.query(`SELECT COUNT(*) FROM \`${name}\` FORCE INDEX (PRIMARY)`);
    return Number(pool);
  } catch (error) {
    console.log(`Could not size MariaDB's buffer pool (${error.message}); its reads may go to disk.`);
    return null;
  } finally {
    await connection.end();
  }
}

async function restoreBufferPool(size) {
  if (size === null) return;
  const connection = await mysql.createConnection(MYSQL_URL);
  await connection.query(`SET GLOBAL innodb_buffer_pool_size = ${size}`).catch(() => {});
  await connection.end();
}

async function main() {
  const started = Date.now();
  ensurePostgraphileInstalled();
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  await ensureData();
  const bufferPool = await fitBufferPool();
  const key = issueKey();

  const hubEnv = (port, compile) => ({
    NODE_ENV: "production",
    DATABASE_URL: MYSQL_URL,
    HOST: "127.0.0.1",
    PORT: String(port),
    AUTO_MIGRATE: "false",
    AUTO_SEED: "false",
    PUBLIC_READ: "false",
    RATE_LIMIT_POINTS: String(1e12),
    LOG_SQL: "false",
    COMPILE_QUERIES: String(compile),
  });
  const servers = {
    hub: startProcess("hub", [path.join(ROOT, "bin", "dossier.js"), "serve"], hubEnv(PORTS.hub, true)),
    ...(COMPILE_AB
      ? { hubJs: startProcess("hubJs", [path.join(ROOT, "bin", "dossier.js"), "serve"], hubEnv(PORTS.hubJs, false)) }
      : {}),
    ...(BASELINE
      ? {
          hubBase: startProcess(
            "hubBase",
            [path.join(BASELINE, "bin", "dossier.js"), "serve"],
            hubEnv(PORTS.hubBase, true),
            BASELINE,
          ),
        }
      : {}),
    postgraphile: startProcess("postgraphile", [path.join(__dirname, "postgraphile", "server.mjs")], {
      NODE_ENV: "production",
      PG_URL,
      PORT: String(PORTS.postgraphile),
    }),
    floor: startProcess("floor", [path.join(__dirname, "floor", "server.js")], { MYSQL_URL, PORT: String(PORTS.floor) }),
  };
  const stopAll = () => Promise.all(Object.values(servers).map(stop));
  process.once("SIGINT", () => stopAll().then(() => process.exit(130)));
  try {
    await waitFor(`http://127.0.0.1:${PORTS.hub}/graphql`, gql("{ __typename }"), servers.hub);
    if (SECOND) await waitFor(`http://127.0.0.1:${PORTS[SECOND]}/graphql`, gql("{ __typename }"), servers[SECOND]);
    await waitFor(`http://127.0.0.1:${PORTS.postgraphile}/graphql`, gql("{ __typename }"), servers.postgraphile);
    await waitFor(`http://127.0.0.1:${PORTS.floor}/q1`, JSON.stringify({ id: ACTORS[0] }), servers.floor);
    const positions = await keysetPositions();
    const names = Object.keys(SHAPES).filter(
      (name) => ONLY.length === 0 || ONLY.includes(name) || (name === "Q4P1" && ONLY.includes("Q4")),
    );

    // Every server must answer every shape, and agree on what it returned, before any timing.
    for (const name of names) {
      const shape = SHAPES[name];
      const seen = {};
      for (const server of ["hub", "postgraphile", "floor"])
        seen[server] = shape.check[server](await post(server, key, name, shape[server](0, positions)));
      const agree = seen.hub === seen.floor && (name === "Q5" || seen.hub === seen.postgraphile);
      if (!agree) throw new Error(`${name}: the servers disagree: ${JSON.stringify(seen).slice(0, 500)}`);
      if (name === "Q2" && seen.hub.split(",").length !== 50)
        throw new Error(`Q2 returned fewer than 50 statements: ${seen.hub}`);
    }

    const mariadb = await mysql.createConnection(MYSQL_URL);
    const counts = {};
    for (const name of names) {
      const shape = SHAPES[name];
      counts[name] = {
        hub: await statementsPerRequest(mariadb, "hub", key, name, (i) => shape.hub(i, positions)),
        floor: await statementsPerRequest(mariadb, "floor", key, name, (i) => shape.floor(i, positions)),
        smaller: shape.sizes
          ? await statementsPerRequest(mariadb, "hub", key, name, (i) => shape.sizes.hub(i, positions))
          : undefined,
      };
    }
    await mariadb.end();

    console.log(
      `\nbench:compare — scale ${SCALE} (${size.actors} actors, ${size.statements} statements), ${CONNECTIONS} connections, ` +
        `${DURATION} s per run after ${WARMUP} s warm-up${ROUNDS > 1 ? `, median of ${ROUNDS} rounds` : ""}, ${ACTORS.length} rotating IDs`,
    );
    const lines = [];
    for (const name of names) {
      const shape = SHAPES[name];
      // With --rounds n, the three servers take turns n times and each figure is the median of its
      // n runs: a disturbance of the machine during one run then moves no figure.
      const runs = Object.fromEntries(LOADED.map((server) => [server, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const server of LOADED) {
          const bodyOf = (i) => shape[isHub(server) ? "hub" : server](i, positions);
          if (WARMUP > 0) await load(server, key, name, bodyOf, WARMUP);
          const run = await load(server, key, name, bodyOf, DURATION);
          if (run.errors > 0) console.log(`  (${server} ${name}: ${run.errors} errors or non-2xx of ${run.total})`);
          runs[server].push(run);
        }
      }
      const result = Object.fromEntries(
        Object.entries(runs).map(([server, list]) => [
          server,
          { rps: median(list.map((run) => run.rps)), p50: median(list.map((run) => run.p50)) },
        ]),
      );
      const title = name === "Q4P1" ? "Q4 page 1" : `${name} ${shape.label}`;
      const line =
        `${title}: hub ${Math.round(result.hub.rps)} req/s, postgraphile ${Math.round(result.postgraphile.rps)} req/s, ` +
        `ratio ${fixed(result.hub.rps / result.postgraphile.rps, 2)}; hub p50 ${fixed(result.hub.p50)} ms, floor p50 ${fixed(result.floor.p50)} ms, ` +
        `ratio ${fixed(result.hub.p50 / result.floor.p50, 2)}`;
      lines.push(line);
      console.log(line);
      if (COMPILE_AB) {
        console.log(
          `  ${title} on graphql-js (COMPILE_QUERIES=false): ${Math.round(result.hubJs.rps)} req/s, ` +
            `${fixed(result.hub.rps / result.hubJs.rps, 2)}x for graphql-jit; p50 ${fixed(result.hubJs.p50)} ms against ${fixed(result.hub.p50)} ms`,
        );
      }
      if (BASELINE) {
        console.log(
          `  ${title} baseline (${path.basename(BASELINE)}): ${Math.round(result.hubBase.rps)} req/s, ` +
            `this checkout ${fixed(result.hub.rps / result.hubBase.rps, 2)}x; p50 ${fixed(result.hub.p50)} ms against ${fixed(result.hubBase.p50)} ms`,
        );
      }
    }
    console.log("\nSQL statements per request (MariaDB's Questions counter, auth lookup included):");
    for (const name of names) {
      const { hub, floor, smaller } = counts[name];
      console.log(
        `  ${name === "Q4P1" ? "Q4 page 1" : name}: hub ${fixed(hub)}, floor ${fixed(floor)}` +
          (smaller === undefined ? "" : `; hub with smaller pages ${fixed(smaller)}`),
      );
    }
    const rss = peakRss(servers.hub.pid);
    console.log(`\nhub peak RSS ${fixed(rss.peak, 0)} MB (now ${fixed(rss.now, 0)} MB)`);
    if (COMPILE_AB) {
      const js = peakRss(servers.hubJs.pid);
      console.log(`hub on graphql-js peak RSS ${fixed(js.peak, 0)} MB (now ${fixed(js.now, 0)} MB)`);
    }
    if (BASELINE) {
      const base = peakRss(servers.hubBase.pid);
      console.log(`baseline hub peak RSS ${fixed(base.peak, 0)} MB (now ${fixed(base.now, 0)} MB)`);
    }
    console.log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await stopAll();
    await restoreBufferPool(bufferPool);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
