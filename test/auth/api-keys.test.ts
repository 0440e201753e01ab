import type { DataSource } from "typeorm";
import { Role } from "../../src/auth/role";
import { seed } from "../../src/seeding/seed-loader";
import { type Hub, startHub } from "../../src/server/hub";
import { createTestDataSource } from "../support/test-database";

describe("API keys and roles", () => {
  let dataSource: DataSource;
  let open: Hub; // PUBLIC_READ=true
  let closed: Hub; // PUBLIC_READ=false
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    dataSource = await createTestDataSource();
    await seed(dataSource);
    open = await startHub(dataSource, { port: 0, host: "127.0.0.1", production: true, publicRead: true });
    closed = await startHub(dataSource, { port: 0, host: "127.0.0.1", production: true, publicRead: false });
    for (const role of Object.values(Role))
      keys[role] = (await closed.services.apiKeys.create(`test ${role.toLowerCase()}`, role)).key;
    keys.revoked = (await closed.services.apiKeys.create("leaver", Role.ADMIN)).key;
    await closed.services.apiKeys.revoke("leaver");
  });

  afterAll(async () => {
    await open.stop();
    await closed.stop();
    await dataSource.destroy();
  });

  async function ask(hub: Hub, query: string, authorization?: string) {
    const response = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as any, headers: response.headers };
  }

  const QUERY = `{ actor(id: "actor:fbi") { name } }`;

  it("stores only a hash and a prefix of each key", async () => {
    const rows = await dataSource.query("SELECT * FROM api_keys");
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const key = row.name === "leaver" ? keys.revoked : keys[row.role];
      expect(Object.values(row)).not.toContain(key);
      expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(key.startsWith(row.key_prefix)).toBe(true);
    }
  });

  it("lets anyone read when reading is public", async () => {
    expect((await ask(open, QUERY)).body).toMatchObject({ data: { actor: { name: "Federal Bureau of Investigation" } } });
  });

  it("refuses anonymous reads with 401 UNAUTHENTICATED when reading is not public", async () => {
    const { status, body, headers } = await ask(closed, QUERY);
    expect(status).toBe(401);
    expect(headers.get("www-authenticate")).toBe('Bearer realm="dossier"');
    expect(body.errors[0]).toEqual({
      message: "This hub needs an API key to read: send `Authorization: Bearer <key>`.",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect(body.data).toBeUndefined();
  });

  it("lets every role read with its key, node and nodes included", async () => {
    for (const role of Object.values(Role)) {
      const { status, body } = await ask(
        closed,
        `{ node(id: "actor:fbi") { id } nodes(ids: ["topic:sanctions"]) { id } }`,
        `Bearer ${keys[role]}`,
      );
      expect(status).toBe(200);
      expect(body.data).toEqual({ node: { id: "actor:fbi" }, nodes: [{ id: "topic:sanctions" }] });
    }
  });

  it("refuses node and nodes anonymously like any other query", async () => {
    expect((await ask(closed, `{ node(id: "actor:fbi") { id } }`)).status).toBe(401);
    expect((await ask(closed, `{ nodes(ids: ["actor:fbi"]) { id } }`)).status).toBe(401);
  });

  it.each([
    ["an unknown key", "Bearer dsk_not-a-real-key", "The API key is not valid: it is unknown or has been revoked."],
    ["a revoked key", () => `Bearer ${keys.revoked}`, "The API key is not valid: it is unknown or has been revoked."],
    ["a header that is not a bearer token", "Basic dXNlcjpwYXNz", "Send the API key as `Authorization: Bearer <key>`."],
  ])("refuses %s with 401 even where reading is public", async (_, header, message) => {
    const authorization = typeof header === "function" ? header() : header;
    for (const hub of [open, closed]) {
      const { status, body } = await ask(hub, QUERY, authorization);
      expect(status).toBe(401);
      expect(body.errors[0]).toEqual({ message, extensions: { code: "UNAUTHENTICATED" } });
    }
  });

  it("trusts a checked key for API_KEY_CACHE_SECONDS; a revocation made elsewhere lands within that time", async () => {
    const { key } = await open.services.apiKeys.create("short-lived", Role.READER);
    closed.services.apiKeys.cacheSeconds = 0.3;
    try {
      expect((await ask(closed, QUERY, `Bearer ${key}`)).status).toBe(200);
      // Revoked by another replica (or the CLI): this hub still trusts what it checked…
      await open.services.apiKeys.revoke("short-lived");
      expect((await ask(closed, QUERY, `Bearer ${key}`)).status).toBe(200);
      // …until the time is up.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((await ask(closed, QUERY, `Bearer ${key}`)).status).toBe(401);
    } finally {
      closed.services.apiKeys.cacheSeconds = 5;
    }
  });

  it("lets admins issue, list and revoke keys through the API, and no one else", async () => {
    const created = await ask(
      closed,
      `mutation { createApiKey(name: "Partner B", role: READER) { key apiKey { id name role prefix revokedAt } } }`,
      `Bearer ${keys.ADMIN}`,
    );
    expect(created.body.errors).toBeUndefined();
    const { key, apiKey } = created.body.data.createApiKey;
    expect(apiKey).toMatchObject({ name: "Partner B", role: "READER", revokedAt: null });
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    expect((await ask(closed, QUERY, `Bearer ${key}`)).status).toBe(200);

    const listed = await ask(closed, `{ apiKeys { name role revokedAt } }`, `Bearer ${keys.ADMIN}`);
    expect(listed.body.data.apiKeys).toContainEqual({ name: "Partner B", role: "READER", revokedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(key);

    const revoked = await ask(closed, `mutation { revokeApiKey(idOrName: "${apiKey.id}") }`, `Bearer ${keys.ADMIN}`);
    expect(revoked.body.data).toEqual({ revokeApiKey: 1 });
    expect((await ask(closed, QUERY, `Bearer ${key}`)).status).toBe(401);

    const byEditor = await ask(closed, `mutation { createApiKey(name: "x", role: ADMIN) { key } }`, `Bearer ${keys.EDITOR}`);
    expect(byEditor.body.errors[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    const listByReader = await ask(closed, `{ apiKeys { name } }`, `Bearer ${keys.READER}`);
    expect(listByReader.body.errors[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
  });
});
