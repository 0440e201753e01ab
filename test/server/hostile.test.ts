import { createHash } from "node:crypto";
import net from "node:net";
import type { DataSource } from "typeorm";
import { seed } from "../../src/seeding/seed-loader";
import { type Hub, startHub } from "../../src/server/hub";
import { createTestDataSource } from "../support/test-database";

/** What one hostile request must get back. */
interface Expected {
  status: number;
  code?: string;
  /** Checks on the body beyond the code. */
  check?: (body: any) => void;
}

interface Case {
  name: string;
  request: () => Promise<Response>;
  expected: Expected;
}

// Without NUL, which every argument refuses before any SQL (a case of its own below).
const METACHARACTERS = `' OR '1'='1' -- ; DROP TABLE actors; /* %_\\ " \``;

/**
 * Hostile input against the real HTTP server in production mode. Each case must be answered fast,
 * with the right status and code; afterwards the server is healthy and the data is unchanged.
 */
describe("hostile input", () => {
  let dataSource: DataSource;
  let hub: Hub;
  let fingerprint: string;

  /** Every row of every table, hashed. */
  async function dataFingerprint(): Promise<string> {
    const hash = createHash("sha256");
    for (const metadata of dataSource.entityMetadatas) {
      const keys = metadata.primaryColumns.map((c) => c.databaseName).join(", ");
      hash.update(JSON.stringify(await dataSource.query(`SELECT * FROM ${metadata.tableName} ORDER BY ${keys}`)));
    }
    return hash.digest("hex");
  }

  beforeAll(async () => {
    dataSource = await createTestDataSource();
    await seed(dataSource);
    hub = await startHub(dataSource, { port: 0, host: "127.0.0.1", production: true, publicRead: true });
    fingerprint = await dataFingerprint();
  });

  afterAll(async () => {
    await hub.stop();
    await dataSource.destroy();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body,
    });
  const query = (text: string, variables?: unknown) => post(JSON.stringify({ query: text, variables }));
  const get = (text: string, headers: Record<string, string> = { "apollo-require-preflight": "true" }) =>
    fetch(`${hub.url}?query=${encodeURIComponent(text)}`, {
      headers: { accept: "application/graphql-response+json", ...headers },
    });

  const empty = (body: any) => {
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data)[0]).toMatchObject({ totalCount: 0 });
  };

  const fragmentBomb = () => {
    const fragments = ["fragment F0 on Query { __typename actors(first: 1) { totalCount } }"];
    for (let i = 1; i <= 20; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    return `{ ...F20 } ${fragments.join(" ")}`;
  };

  const cases: Case[] = [
    {
      name: "depth bomb",
      request: () => query(`{ actor(id: "actor:fbi") { ${"affiliation { ".repeat(40)}id${" }".repeat(40)} } }`),
      expected: { status: 400, code: "QUERY_TOO_COMPLEX" },
    },
    {
      name: "alias bomb",
      request: () => query(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: actors(first: 100) { totalCount }`).join(" ")} }`),
      expected: { status: 400, code: "QUERY_TOO_COMPLEX" },
    },
    {
      name: "connection bomb (cost)",
      request: () =>
        query(
          `{ actors(first: 100) { nodes { members(first: 100) { nodes { members(first: 100) { nodes { statements(first: 100) { totalCount } } } } } } } }`,
        ),
      expected: { status: 400, code: "QUERY_TOO_COMPLEX" },
    },
    {
      name: "directive bomb",
      request: () => query(`{ __typename ${"@include(if: true) ".repeat(100)} }`),
      expected: { status: 400, code: "QUERY_TOO_COMPLEX" },
    },
    {
      name: "token bomb",
      request: () => query(`{ ${"__typename ".repeat(3000)} }`),
      expected: { status: 400, code: "QUERY_TOO_COMPLEX" },
    },
    {
      name: "fragment cycle",
      request: () => query(`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
      expected: { status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
    },
    { name: "fragment explosion", request: () => query(fragmentBomb()), expected: { status: 400, code: "QUERY_TOO_COMPLEX" } },
    {
      name: "batched array",
      request: () => post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }])),
      expected: { status: 400, code: "BAD_REQUEST" },
    },
    {
      name: "huge first",
      request: () => query(`{ actors(first: 1000000) { nodes { id } } }`),
      expected: { status: 400, code: "QUERY_TOO_COMPLEX" },
    },
    {
      name: "huge first, counting only",
      request: () => query(`{ actors(first: 1000000) { totalCount } }`),
      expected: { status: 200, code: "BAD_USER_INPUT" },
    },
    {
      name: "negative first",
      request: () => query(`{ actors(first: -5) { totalCount } }`),
      expected: { status: 200, code: "BAD_USER_INPUT" },
    },
    {
      name: "integer overflow",
      request: () => query(`{ actors(first: 99999999999) { totalCount } }`),
      expected: { status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
    },
    {
      name: "integer overflow in a variable",
      request: () => query(`query($n: Int) { actors(first: $n) { totalCount } }`, { n: 2 ** 53 }),
      expected: { status: 400, code: "BAD_USER_INPUT" },
    },
    {
      name: "giant string in a variable",
      request: () => query(`query($t: String) { actors(filter: { text: $t }) { totalCount } }`, { t: "x".repeat(500_000) }),
      expected: { status: 200, code: "BAD_USER_INPUT" },
    },
    {
      name: "giant list in a variable",
      request: () =>
        query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 50_000 }, (_, i) => `a:${i}`) }),
      expected: { status: 400, code: "BAD_USER_INPUT" },
    },
    {
      name: "deeply nested JSON",
      request: () => post(`{"query":"{ __typename }","variables":{"a":${"[".repeat(100_000)}${"]".repeat(100_000)}}}`),
      expected: { status: 200, check: (body) => expect(body.data).toEqual({ __typename: "Query" }) },
    },
    {
      name: "deeply nested JSON in a declared variable, unused",
      request: () =>
        post(`{"query":"query($a: [ID]) { __typename }","variables":{"a":${"[".repeat(100_000)}${"]".repeat(100_000)}}}`),
      expected: { status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
    },
    {
      name: "deeply nested JSON in a variable given to a filter",
      request: () =>
        post(
          `{"query":"query($ids: [ID!]) { actors(filter: { ids: $ids }) { totalCount } }","variables":{"ids":${"[".repeat(100_000)}${"]".repeat(100_000)}}}`,
        ),
      expected: { status: 400, code: "BAD_USER_INPUT" },
    },
    {
      name: "a NUL character in a text filter",
      request: () => query(`query($t: String) { actors(filter: { text: $t }) { totalCount } }`, { t: `\u0000` }),
      expected: { status: 400, code: "BAD_USER_INPUT" },
    },
    {
      name: "a lone surrogate in an ID",
      request: () => query(`query($id: ID!) { node(id: $id) { id } }`, { id: `actor:\uD800` }),
      expected: { status: 400, code: "BAD_USER_INPUT" },
    },
    { name: "invalid JSON", request: () => post(`{"query": "{ __typename }"`), expected: { status: 400, code: "BAD_REQUEST" } },
    {
      name: "invalid UTF-8",
      request: () => post(Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) as unknown as string),
      expected: { status: 400, code: "BAD_REQUEST" },
    },
    {
      name: "body over the limit",
      request: () => post(JSON.stringify({ query: "{ __typename }", variables: { x: "y".repeat(2_000_000) } })),
      expected: { status: 413, code: "BAD_REQUEST" },
    },
    {
      name: "wrong content type",
      request: () => post("query { __typename }", { "content-type": "application/xml" }),
      expected: { status: 400 },
    },
    {
      name: "no content type",
      request: () => fetch(hub.url, { method: "POST", body: new Blob([JSON.stringify({ query: "{ __typename }" })]) }),
      expected: { status: 400 },
    },
    {
      name: "query that is not a string",
      request: () => post(JSON.stringify({ query: 42 })),
      expected: { status: 400, code: "BAD_REQUEST" },
    },
    {
      name: "variables that are not an object",
      request: () => post(JSON.stringify({ query: "{ __typename }", variables: "x" })),
      expected: { status: 400, code: "BAD_REQUEST" },
    },
    {
      name: "GET mutation",
      request: () => get(`mutation { deleteActor(id: "actor:fbi") { id } }`),
      expected: { status: 405, code: "BAD_REQUEST" },
    },
    {
      name: "GET without a CSRF header",
      request: () => get("{ __typename }", {}),
      expected: { status: 400, code: "BAD_REQUEST" },
    },
    {
      name: "PUT",
      request: () => fetch(hub.url, { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" }),
      expected: { status: 405, code: "BAD_REQUEST" },
    },
    {
      name: "anonymous mutation",
      request: () => query(`mutation { deleteActor(id: "actor:fbi") { id } }`),
      expected: { status: 401, code: "UNAUTHENTICATED" },
    },
    ...(["actors", "events", "statements", "sanctions", "sources", "topics"] as const).map((connection): Case => ({
      name: `SQL metacharacters in ${connection}(filter: { text })`,
      request: () => query(`query($t: String) { ${connection}(filter: { text: $t }) { totalCount } }`, { t: METACHARACTERS }),
      expected: { status: 200, check: empty },
    })),
    {
      name: "SQL metacharacters in the timeline's text",
      request: () => query(`query($t: String) { timeline(filter: { text: $t }) { totalCount } }`, { t: METACHARACTERS }),
      expected: { status: 200, check: empty },
    },
    {
      name: "SQL metacharacters in search",
      request: () => query(`query($t: String!) { search(text: $t) { totalCount } }`, { t: METACHARACTERS }),
      expected: { status: 200, check: empty },
    },
    {
      name: "SQL metacharacters in IDs",
      request: () =>
        query(
          `query($id: ID!) { actor(id: $id) { id } nodes(ids: [$id]) { id } actors(filter: { ids: [$id] }) { totalCount } }`,
          { id: `actor:fbi${METACHARACTERS}` },
        ),
      expected: {
        status: 200,
        check: (body) => expect(body.data).toEqual({ actor: null, nodes: [null], actors: { totalCount: 0 } }),
      },
    },
    {
      name: "SQL metacharacters in a program tag",
      request: () =>
        query(`query($p: String) { actors(filter: { designatedUnder: $p }) { totalCount } }`, { p: `DPRK2${METACHARACTERS}` }),
      expected: { status: 200, check: empty },
    },
    {
      name: "a very long ID",
      request: () => query(`query($id: ID!) { actor(id: $id) { id } }`, { id: `actor:${"x".repeat(100_000)}` }),
      expected: { status: 200, check: (body) => expect(body.data).toEqual({ actor: null }) },
    },
    {
      name: "unknown enum value",
      request: () => query(`{ actors(filter: { kinds: [DRAGON] }) { totalCount } }`),
      expected: { status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
    },
    {
      name: "malformed cursor",
      request: () => query(`{ actors(after: "%%%not-base64") { totalCount } }`),
      expected: { status: 200, code: "BAD_USER_INPUT" },
    },
    {
      name: "forged cursor with SQL in its values",
      request: () =>
        query(`query($c: String) { actors(first: 5, after: $c) { nodes { id } } }`, {
          c: Buffer.from(JSON.stringify(["NAME:ASC", `' OR 1=1 --`, "x"])).toString("base64url"),
        }),
      expected: { status: 200, check: (body) => expect(body.errors).toBeUndefined() },
    },
    {
      name: "malformed date",
      request: () => query(`{ events(filter: { occurredOn: { from: "2014-02-30" } }) { totalCount } }`),
      expected: { status: 400, code: "BAD_USER_INPUT" },
    },
    {
      name: "malformed date in a variable",
      request: () =>
        query(`query($d: Date) { events(filter: { occurredOn: { to: $d } }) { totalCount } }`, { d: "'; DROP TABLE events; --" }),
      expected: { status: 400, code: "BAD_USER_INPUT" },
    },
    {
      name: "field-suggestion probe",
      request: () => query(`{ actr { nam } }`),
      expected: {
        status: 400,
        code: "GRAPHQL_VALIDATION_FAILED",
        check: (body) => expect(JSON.stringify(body)).not.toMatch(/Did you mean/),
      },
    },
    {
      name: "introspection probe",
      request: () => query(`{ __schema { types { name } } }`),
      expected: { status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
    },
    {
      name: "unknown operation name",
      request: () => post(JSON.stringify({ query: "query A { __typename }", operationName: "B".repeat(10_000) })),
      expected: { status: 400, code: "OPERATION_RESOLUTION_FAILURE" },
    },
  ];

  it("has at least 30 distinct cases", () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_, { request, expected }) => {
    const started = Date.now();
    const response = await request();
    const text = await response.text();
    const elapsed = Date.now() - started;
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = { raw: text };
    }
    expect({ status: response.status, code: expected.code ? body.errors?.[0]?.extensions?.code : undefined }).toEqual({
      status: expected.status,
      code: expected.code,
    });
    expected.check?.(body);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules|\.ts:\d+|QueryFailedError|SQLITE_|\bER_[A-Z_]+/);
    // Answered "within a second or two".
    expect(elapsed).toBeLessThan(2000);
  });

  it("leaves the server healthy and the data unchanged", async () => {
    expect((await fetch(hub.url.replace(/graphql$/, "healthz"))).status).toBe(200);
    expect((await fetch(hub.url.replace(/graphql$/, "readyz"))).status).toBe(200);
    const { data } = (await (await query(`{ actor(id: "actor:fbi") { name } }`)).json()) as any;
    expect(data).toEqual({ actor: { name: "Federal Bureau of Investigation" } });
    expect(await dataFingerprint()).toBe(fingerprint);
  });

  it("survives a client that sends half a request and goes away", async () => {
    const { port } = new URL(hub.url);
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
    socket.destroy();
    expect((await fetch(hub.url.replace(/graphql$/, "healthz"))).status).toBe(200);
  });
});
