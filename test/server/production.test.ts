import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import type { ApolloServer } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { DataSource } from "typeorm";
import { seed } from "../../src/seeding/seed-loader";
import { Role } from "../../src/auth/role";
import { Database } from "../../src/db/database";
import { createServices } from "../../src/services";
import { createHttpServer } from "../../src/server/http-server";
import { type Hub, startHub } from "../../src/server/hub";
import { createTestDataSource } from "../support/test-database";

const SANDBOX = "https://studio.apollographql.com";

/** Production mode, against the real HTTP server: what it hides, what it refuses, whom it lets in. */
describe("production mode", () => {
  let dataSource: DataSource;
  let hub: Hub;
  let introspecting: Hub;

  beforeAll(async () => {
    dataSource = await createTestDataSource();
    await seed(dataSource);
    const settings = { port: 0, host: "127.0.0.1", production: true, corsOrigins: [SANDBOX], bodyLimit: "100kb" };
    hub = await startHub(dataSource, settings);
    introspecting = await startHub(dataSource, { ...settings, introspection: true, publicRead: true });
  });

  afterAll(async () => {
    await hub.stop();
    await introspecting.stop();
    await dataSource.destroy();
  });

  async function post(target: Hub, body: string, headers: Record<string, string> = {}) {
    const response = await fetch(target.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  }

  it("suggests no field names and sends no stack traces", async () => {
    const { body } = await post(hub, JSON.stringify({ query: `{ actr(id: "actor:fbi") { name } }` }));
    expect(body.errors[0].message).toBe('Cannot query field "actr" on type "Query".');
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|stacktrace|at .*\.js:\d+/);
  });

  it("turns introspection off unless it is enabled", async () => {
    const off = await post(hub, JSON.stringify({ query: `{ __schema { queryType { name } } }` }));
    expect(off.body.errors[0]).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(off.body.errors[0].message).toMatch(/introspection is not allowed/i);
    const on = await post(introspecting, JSON.stringify({ query: `{ __schema { queryType { name } } }` }));
    expect(on.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("needs an API key to read unless PUBLIC_READ says otherwise", async () => {
    const anonymous = await post(hub, JSON.stringify({ query: `{ actor(id: "actor:fbi") { name } }` }));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0]).toMatchObject({
      message: "This hub needs an API key to read: send `Authorization: Bearer <key>`.",
      extensions: { code: "UNAUTHENTICATED" },
    });
    const publicHub = await post(introspecting, JSON.stringify({ query: `{ actor(id: "actor:fbi") { name } }` }));
    expect(publicHub.body.data).toEqual({ actor: { name: "Federal Bureau of Investigation" } });
  });

  it("answers `_service { sdl }`, the whole schema, only where introspection is on", async () => {
    const services = createServices(new Database(dataSource));
    const key = (await services.apiKeys.create("admin", Role.ADMIN)).key;
    await services.db.close();
    const off = await post(hub, JSON.stringify({ query: `{ _service { sdl } }` }), { authorization: `Bearer ${key}` });
    expect(off.body.errors[0]).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(off.body.errors[0].message).toMatch(/not allowed.*_service.*INTROSPECTION=true/);
    const on = await post(introspecting, JSON.stringify({ query: `{ _service { sdl } }` }));
    expect(on.body.data._service.sdl).toContain("type Actor");
  });

  it("refuses a body over the limit with 413", async () => {
    const { status, body } = await post(
      hub,
      JSON.stringify({ query: "{ __typename }", variables: { padding: "x".repeat(200_000) } }),
    );
    expect(status).toBe(413);
    expect(body).toEqual({ errors: [{ message: "The request body is too large.", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("prevents cross-site requests: a GET without a preflight header, a POST as text/plain", async () => {
    const get = await fetch(`${hub.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const text = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(text.status).toBe(400);
  });

  it("lets the allowed origins call from a browser, Apollo Sandbox's among them, and no others", async () => {
    const preflight = (origin: string) =>
      fetch(hub.url, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
    const sandbox = await preflight(SANDBOX);
    expect(sandbox.headers.get("access-control-allow-origin")).toBe(SANDBOX);
    const stranger = await preflight("https://evil.example");
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("the time limit", () => {
  it("answers 503 TIMEOUT when an operation runs too long, and drops the late result", async () => {
    // Apollo replaced by one that takes 2.5 s: the HTTP layer's own timer is what is tested. The limit
    // (1 s) also bounds how long the request itself may take to arrive (408), so it is kept well
    // above what sending a small body takes on a loaded machine.
    const slow = {
      executeHTTPGraphQLRequest: () =>
        new Promise((resolve) =>
          setTimeout(
            () => resolve({ status: 200, headers: new HeaderMap(), body: { kind: "complete", string: '{"data":{}}' } }),
            2500,
          ),
        ),
    } as unknown as ApolloServer<object>;
    const server: http.Server = createHttpServer({
      apollo: slow,
      context: () => ({}),
      checkReady: async () => {},
      requestTimeoutMs: 1000,
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      // 503 rather than the slow 200: the timer answered first.
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: "The operation did not finish within 1 s. Ask for less, or retry later.",
            extensions: { code: "TIMEOUT" },
          },
        ],
      });
      await new Promise((resolve) => setTimeout(resolve, 2000)); // the late result must not crash the server
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("slow clients", () => {
  it("get 408 and a closed connection when headers and body take longer than the time limit", async () => {
    let ran = 0;
    const apollo = {
      executeHTTPGraphQLRequest: async () => {
        ran++;
        return { status: 200, headers: new HeaderMap(), body: { kind: "complete", string: '{"data":{}}' } };
      },
    } as unknown as ApolloServer<object>;
    const server: http.Server = createHttpServer({
      apollo,
      context: () => ({}),
      checkReady: async () => {},
      requestTimeoutMs: 300,
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const body = JSON.stringify({ query: "{ __typename }" });
      // Headers, then a body that stops halfway and never ends.
      const socket = net.connect(port, "127.0.0.1");
      let answer = "";
      socket.on("data", (chunk) => (answer += chunk.toString()));
      const closed = new Promise((resolve) => socket.once("close", resolve));
      socket.write(
        `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
      );
      socket.write(body.slice(0, 5));
      // Without the limit Node would wait five minutes (its default), past the test's own time limit.
      await closed;
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(ran).toBe(0);
      // A client that sends in time is answered as usual.
      const quick = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(quick.status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("operations at once", () => {
  /** A stand-in for Apollo that counts the requests it is running and takes `ms` for each. */
  function countingApollo(ms: number) {
    const seen = { running: 0, most: 0, finished: 0 };
    const apollo = {
      executeHTTPGraphQLRequest: async () => {
        seen.running++;
        seen.most = Math.max(seen.most, seen.running);
        await new Promise((resolve) => setTimeout(resolve, ms));
        seen.running--;
        seen.finished++;
        return { status: 200, headers: new HeaderMap(), body: { kind: "complete", string: '{"data":{}}' } };
      },
    } as unknown as ApolloServer<object>;
    return { seen, apollo };
  }

  async function serve(apollo: ApolloServer<object>, options: { maxConcurrentOperations?: number; requestTimeoutMs?: number }) {
    const server: http.Server = createHttpServer({ apollo, context: () => ({}), checkReady: async () => {}, ...options });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const post = (signal?: AbortSignal) =>
      fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
        signal,
      });
    return {
      post,
      close: () => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(resolve));
      },
    };
  }

  it("runs at most MAX_CONCURRENT_OPERATIONS requests at once and answers every other in turn", async () => {
    const { seen, apollo } = countingApollo(50);
    const server = await serve(apollo, { maxConcurrentOperations: 3 });
    try {
      const responses = await Promise.all(Array.from({ length: 10 }, () => server.post()));
      expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
      expect(seen).toMatchObject({ most: 3, finished: 10, running: 0 });
    } finally {
      await server.close();
    }
  });

  it("answers TIMEOUT to a request still waiting for its turn at its time limit, and never runs it", async () => {
    const { seen, apollo } = countingApollo(300);
    const server = await serve(apollo, { maxConcurrentOperations: 1, requestTimeoutMs: 200 });
    try {
      const [first, second] = await Promise.all([server.post(), server.post()]);
      expect([first.status, second.status]).toEqual([503, 503]);
      await new Promise((resolve) => setTimeout(resolve, 400));
      // The first ran (and was answered late); the second timed out while waiting and never started.
      expect(seen).toMatchObject({ most: 1, finished: 1 });
    } finally {
      await server.close();
    }
  });

  it("does not run a request whose client went away while it waited", async () => {
    const { seen, apollo } = countingApollo(200);
    const server = await serve(apollo, { maxConcurrentOperations: 1 });
    try {
      const first = server.post();
      const abandoned = server.post(AbortSignal.timeout(50));
      await expect(abandoned).rejects.toThrow();
      expect((await first).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seen).toMatchObject({ most: 1, finished: 1 });
    } finally {
      await server.close();
    }
  });
});
