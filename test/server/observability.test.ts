import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import { Role } from "../../src/auth/role";
import type { Hub } from "../../src/server/hub";
import { MAX_OPERATION_LABELS } from "../../src/server/observability";
import { onMysql } from "../support/test-database";
import { type HttpTestHub, startHttpTestHub } from "../support/test-hub";

/** The hub's JSON log lines, as they are written. */
class LogLines extends Writable {
  lines: Record<string, any>[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    for (const line of chunk.toString().split("\n").filter(Boolean)) this.lines.push(JSON.parse(line));
    done();
  }
}

describe("logs and metrics", () => {
  let server: HttpTestHub;
  let hub: Hub;
  let base: string;
  const log = new LogLines();

  beforeAll(async () => {
    server = await startHttpTestHub({ logLevel: "info", logDestination: log });
    ({ hub, base } = server);
  });

  afterAll(() => server.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const lineOf = (requestId: string | null): Record<string, any> => log.lines.find((line) => line.requestId === requestId) ?? {};

  it("logs one JSON line per GraphQL request: its ID, operation, duration, cost and status", async () => {
    const response = await post(
      { query: `query WhoIsFbi { actor(id: "actor:fbi") { name statements(first: 2) { nodes { text } } } }` },
      { "x-request-id": "trace-123" },
    );
    expect(response.headers.get("x-request-id")).toBe("trace-123");
    expect(lineOf("trace-123")).toMatchObject({
      level: 30,
      service: "dossier",
      msg: "graphql request",
      operation: "WhoIsFbi",
      cost: 1 + 1 + 2,
      status: 200,
    });
    expect(lineOf("trace-123").durationMs).toBeGreaterThan(0);
    expect(lineOf("trace-123").errors).toBeUndefined();
    expect(new Date(lineOf("trace-123").time).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // Without a usable ID from the client, the hub makes one.
    const made = await post({ query: "{ topics { totalCount } }" }, { "x-request-id": "bad id with spaces" });
    const id = made.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f]{12}-[0-9a-z]+$/);
    const next = (await post({ query: "{ __typename }" })).headers.get("x-request-id");
    expect(next).not.toBe(id);
    expect(next?.slice(0, 12)).toBe(id?.slice(0, 12));
    expect(lineOf(id)).toMatchObject({ operation: null, status: 200 });
  });

  it("logs failed requests as warnings with their error codes, those Apollo never sees included", async () => {
    const invalid = await post({ query: "query Broken { actor(id: true) { nope } }" });
    expect(lineOf(invalid.headers.get("x-request-id"))).toMatchObject({
      level: 40,
      msg: "graphql request failed",
      errors: ["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_VALIDATION_FAILED"],
    });
    // The status logged is the one the client got: 200 for a plain JSON client, 400 for one that
    // accepts application/graphql-response+json (GraphQL over HTTP).
    expect([invalid.status, lineOf(invalid.headers.get("x-request-id")).status]).toEqual([200, 200]);
    const strict = await post({ query: "{ nope }" }, { accept: "application/graphql-response+json" });
    expect([strict.status, lineOf(strict.headers.get("x-request-id")).status]).toEqual([400, 400]);
    // An error in execution: the API keys need an ADMIN key.
    const refused = await post({ query: `query Keys { apiKeys { id } }` });
    expect(lineOf(refused.headers.get("x-request-id"))).toMatchObject({ operation: "Keys", errors: ["UNAUTHENTICATED"] });
    const badJson = await post("{ not json");
    expect(badJson.status).toBe(400);
    expect(lineOf(badJson.headers.get("x-request-id"))).toMatchObject({ level: 40, status: 400, errors: ["BAD_REQUEST"] });
  });

  it("serves /metrics: requests and latency by operation, errors by code, process figures and the pool", async () => {
    await post({ query: "query CountTopics { topics { totalCount } }" });
    await post({ query: "query CountTopics { topics { totalCount } }" });
    await post({ query: "query Broken { nope }" });
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^dossier_graphql_requests_total\{operation="CountTopics",outcome="ok"\} 2$/m);
    expect(text).toMatch(/^dossier_graphql_request_duration_seconds_count\{operation="CountTopics"\} 2$/m);
    expect(text).toMatch(/^dossier_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]\d*$/m);
    expect(text).toMatch(/^dossier_process_resident_memory_bytes \d+/m);
    if (onMysql) {
      expect(text).toMatch(/^dossier_db_pool_connections\{state="total"\} [1-9]\d*$/m);
      expect(text).toMatch(/^dossier_db_pool_connections\{state="limit"\} [1-9]\d*$/m);
    } else {
      // SQLite has one connection and no pool to report.
      expect(text).not.toContain("dossier_db_pool_connections");
    }
  });

  it("labels at most MAX_OPERATION_LABELS operation names, the rest as `other`", async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 5; i++) await post({ query: `query Op${i} { __typename }` });
    const text = await (await fetch(`${base}/metrics`)).text();
    const names = new Set([...text.matchAll(/dossier_graphql_requests_total\{operation="([^"]+)"/g)].map((m) => m[1]));
    const named = [...names].filter((name) => name !== "anonymous" && name !== "other");
    expect(named.length).toBe(MAX_OPERATION_LABELS);
    expect(names).toContain("other");
  });
});

describe("a database outage seen by a key holder", () => {
  it("answers 503 DATABASE_UNAVAILABLE, logs one JSON line without the key or its hash, and counts it", async () => {
    const log = new LogLines();
    const raw: string[] = [];
    const tee = new Writable({
      write(chunk: Buffer, _encoding, done) {
        raw.push(chunk.toString());
        log.write(chunk, done);
      },
    });
    const server = await startHttpTestHub({ logLevel: "info", logDestination: tee, apiKeyCacheSeconds: 0 });
    try {
      const { key } = await server.hub.services.apiKeys.create("outage", Role.READER);
      // Gone for both the hub's own connections (reads) and the data source's (writes).
      await server.hub.services.db.close();
      await server.dataSource.destroy();
      const response = await fetch(server.hub.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: "query Count { topics { totalCount } }" }),
      });
      // The key could not be checked: retry later (503), not "fix your key" (401) or a bare 500.
      expect(response.status).toBe(503);
      expect(((await response.json()) as any).errors).toEqual([
        { message: "The database is unavailable; retry later.", extensions: { code: "DATABASE_UNAVAILABLE" } },
      ]);
      const requestId = response.headers.get("x-request-id");
      expect(log.lines.find((line) => line.requestId === requestId)).toMatchObject({
        level: 40,
        msg: "graphql request failed",
        status: 503,
        errors: ["DATABASE_UNAVAILABLE"],
      });
      const metrics = await (await fetch(`${server.base}/metrics`)).text();
      expect(metrics).toMatch(/^dossier_graphql_errors_total\{code="DATABASE_UNAVAILABLE"\} 1$/m);
      expect(metrics).toMatch(/^dossier_graphql_requests_total\{operation="anonymous",outcome="error"\} 1$/m);
      const written = raw.join("");
      expect(written).not.toContain(key);
      expect(written).not.toContain(createHash("sha256").update(key).digest("hex"));
    } finally {
      await server.close();
    }
  });
});
