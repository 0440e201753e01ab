import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Hub } from "../../src/server/hub";
import { type HttpTestHub, startHttpTestHub } from "../support/test-hub";

describe("the HTTP server", () => {
  let server: HttpTestHub;
  let dataSource: DataSource;
  let hub: Hub;
  let base: string;

  beforeAll(async () => {
    server = await startHttpTestHub();
    ({ dataSource, hub, base } = server);
  });

  afterAll(() => server.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("answers a GraphQL POST at /graphql", async () => {
    const response = await post(JSON.stringify({ query: `{ actor(id: "actor:fbi") { name } }` }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { actor: { name: "Federal Bureau of Investigation" } } });
  });

  it("answers a query sent with GET (with a header that proves it is not a cross-site request)", async () => {
    const query = encodeURIComponent(`{ topic(id: "topic:covert-action") { name } }`);
    const response = await fetch(`${hub.url}?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
    expect(await response.json()).toMatchObject({ data: { topic: { name: "covert action" } } });
  });

  it("answers variables and operation names", async () => {
    const response = await post(
      JSON.stringify({
        query: `query One($id: ID!) { node(id: $id) { id } }`,
        variables: { id: "event:fbi-attribution" },
        operationName: "One",
      }),
    );
    expect(await response.json()).toMatchObject({ data: { node: { id: "event:fbi-attribution" } } });
  });

  it("refuses a body that is not JSON with 400 and BAD_REQUEST", async () => {
    const response = await post("{ not json");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("reports errors with a code and no stack trace", async () => {
    const response = await post(JSON.stringify({ query: `{ actors(first: 1000) { totalCount } }` }));
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "first" });
  });

  it("shows Apollo Sandbox to a browser at /graphql, and allows cross-origin requests", async () => {
    const page = await fetch(hub.url, { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toMatch(/sandbox/i);
    // Preloaded with the example operation: statements by officials about covert action.
    expect(html).toContain("query OfficialsOnCovertAction");
    expect(html).toContain("topic:covert-action");
    // Sandbox loads from Apollo's servers; the page points to the explorer that works offline.
    expect(html).toMatch(
      /might be offline\.<\/p><p id="dossier-offline-explorer">The hub's own explorer works offline: <a href="\/explorer\/">\/explorer\/<\/a><\/p><style nonce=[0-9a-f]+>/,
    );
    const preflight = await fetch(hub.url, {
      method: "OPTIONS",
      headers: { origin: "https://studio.apollographql.com", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("serves /healthz and /readyz, and 404 elsewhere", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: "ready" });
    const missing = await fetch(`${base}/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      error: "Nothing at /nothing. The GraphQL endpoint is /graphql.",
      explorer: "/explorer/",
    });
  });

  it("says at / where the API, the offline explorer, health and metrics are", async () => {
    const root = await fetch(`${base}/`);
    expect(root.status).toBe(200);
    expect(await root.json()).toEqual({
      graphql: "/graphql",
      explorer: "/explorer/",
      browse:
        "Open /explorer/ in a browser for the hub's own GraphiQL explorer, which works offline; /graphql opens Apollo Sandbox, which loads from Apollo's servers and needs the internet.",
      health: "/healthz",
      ready: "/readyz",
      metrics: "/metrics",
    });
  });

  it("supports automatic persisted queries: an unknown hash asks for the text, then the hash alone works", async () => {
    const query = `{ topic(id: "topic:sanctions") { name } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = (await (await post(JSON.stringify({ extensions }))).json()) as any;
    expect(unknown.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(await (await post(JSON.stringify({ query, extensions }))).json()).toMatchObject({
      data: { topic: { name: "sanctions" } },
    });
    expect(await (await post(JSON.stringify({ extensions }))).json()).toMatchObject({ data: { topic: { name: "sanctions" } } });
  });

  it("refuses a persisted query whose hash is not its text's as BAD_REQUEST, saying what to send", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const extensions = { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } };
      const response = await post(JSON.stringify({ query: "{ __typename }", extensions }));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          {
            message:
              "The persisted query's sha256Hash is not the SHA-256 of its query text: send the hash of the exact text, in lowercase hex.",
            extensions: { code: "BAD_REQUEST" },
          },
        ],
      });
      // Not an internal error: nothing is logged as one.
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it("reports not ready (503) and DATABASE_UNAVAILABLE when the database is gone", async () => {
    // Gone for both the hub's own connections (reads) and the data source's (writes).
    await hub.services.db.close();
    await dataSource.destroy();
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const answer = await post(JSON.stringify({ query: `{ actors { totalCount } }` }));
    expect(answer.status).toBe(503);
    const query = (await answer.json()) as any;
    expect(query.errors[0]).toMatchObject({
      message: "The database is unavailable; retry later.",
      extensions: { code: "DATABASE_UNAVAILABLE" },
    });
  });
});
