import { randomUUID } from "node:crypto";
import net, { type AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import { Role } from "../../src/auth/role";
import { seed } from "../../src/seeding/seed-loader";
import { type Hub, type HubSettings, startHub } from "../../src/server/hub";
import { createTestDataSource } from "../support/test-database";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** The points budget, charged by cost: in memory, and shared through Redis between replicas. */
describe("rate limits", () => {
  let dataSource: DataSource;
  const hubs: Hub[] = [];

  beforeAll(async () => {
    dataSource = await createTestDataSource();
    await seed(dataSource);
  });

  afterAll(async () => {
    for (const hub of hubs) await hub.stop();
    await dataSource.destroy();
  });

  async function hub(settings: Partial<HubSettings>): Promise<Hub> {
    const started = await startHub(dataSource, { port: 0, host: "127.0.0.1", production: true, publicRead: true, ...settings });
    hubs.push(started);
    return started;
  }

  async function ask(target: Hub, query: string, key?: string) {
    const response = await fetch(target.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as any };
  }

  // Costs 1 + 10 × 1 = 11 points.
  const PAGE = `{ actors(first: 10) { nodes { id } } }`;

  it("charges each operation its cost and refuses it with 429, RATE_LIMITED and Retry-After when the budget is spent", async () => {
    const target = await hub({ rateLimitPoints: 30 });
    const first = await ask(target, PAGE);
    expect(first.body.extensions.cost).toMatchObject({ requested: 11, budget: 30, remaining: 19 });
    expect((await ask(target, PAGE)).body.extensions.cost.remaining).toBe(8);
    const refused = await ask(target, PAGE);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors[0]).toMatchObject({
      message: expect.stringMatching(
        /^The rate limit is spent: 30 points per 60 s, and this operation costs 11\. Retry after \d+ s\.$/,
      ),
      extensions: { code: "RATE_LIMITED", cost: 11, limit: 30 },
    });
    expect(refused.body.errors[0].extensions.http).toBeUndefined();
    // Introspection costs nothing, and is not refused.
    expect((await ask(target, `{ __typename }`)).status).toBe(200);
  });

  it("keeps a budget per API key, apart from the anonymous clients' budget per address", async () => {
    const target = await hub({ rateLimitPoints: 15 });
    const { key } = await target.services.apiKeys.create(`rate ${randomUUID()}`, Role.READER);
    expect((await ask(target, PAGE)).status).toBe(200);
    expect((await ask(target, PAGE)).status).toBe(429);
    expect((await ask(target, PAGE, key)).status).toBe(200);
    expect((await ask(target, PAGE, key)).status).toBe(429);
  });

  it("shares one budget between replicas through Redis", async () => {
    const prefix = `dossier-test-${randomUUID()}`;
    const a = await hub({ rateLimitPoints: 30, redisUrl: REDIS_URL, rateLimitPrefix: prefix });
    const b = await hub({ rateLimitPoints: 30, redisUrl: REDIS_URL, rateLimitPrefix: prefix });
    expect((await ask(a, PAGE)).body.extensions.cost.remaining).toBe(19);
    expect((await ask(b, PAGE)).body.extensions.cost.remaining).toBe(8);
    expect((await ask(a, PAGE)).status).toBe(429);
    expect((await ask(b, PAGE)).status).toBe(429);
    // A replica on its own memory has its own budget: the sharing is Redis's doing.
    const alone = await hub({ rateLimitPoints: 30 });
    expect((await ask(alone, PAGE)).status).toBe(200);
  });

  it("logs once that budgets fall back to memory when Redis stops answering, and once that it is back", async () => {
    const proxy = await tcpProxy(6379);
    const lines: Record<string, any>[] = [];
    const logDestination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const redisUrl = `redis://127.0.0.1:${proxy.port}`;
    const target = await hub({
      rateLimitPoints: 30,
      redisUrl,
      rateLimitPrefix: `dossier-test-${randomUUID()}`,
      logLevel: "info",
      logDestination,
    });
    const about = (msg: RegExp) => lines.filter((line) => msg.test(line.msg ?? ""));
    const until = async (check: () => boolean) => {
      while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    expect((await ask(target, PAGE)).status).toBe(200);
    expect(about(/Redis/)).toEqual([]);

    proxy.cut();
    await until(() => about(/^Redis does not answer/).length > 0);
    // Still answering, from the replica's own budget; and said once, however often it reconnects in vain.
    expect((await ask(target, PAGE)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(about(/^Redis does not answer/)).toEqual([
      expect.objectContaining({
        level: 40,
        redis: redisUrl,
        msg: "Redis does not answer: each replica keeps rate-limit budgets of its own until it does",
      }),
    ]);

    await proxy.resume();
    await until(() => about(/^Redis answers again/).length > 0);
    expect(about(/Redis/).map((line) => line.level)).toEqual([40, 30]);
    expect((await ask(target, PAGE)).status).toBe(200);
    proxy.cut();
  });
});

/** A TCP proxy on a port of its own to a local server: `cut` drops every connection and stops listening, `resume` listens again. */
async function tcpProxy(targetPort: number) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    cut() {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
    resume: () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)),
  };
}
