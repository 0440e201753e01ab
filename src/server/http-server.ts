import http from "node:http";
import type { ApolloServer } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import bodyParser from "body-parser";
import cors from "cors";
import type { Logger } from "pino";
import { ErrorCode } from "../graphql/errors";
import { serveExplorer } from "./explorer";
import { REQUEST_ID, requestIdOf } from "./observability";

/** What the HTTP layer needs from the server behind it (the hub, or the gateway). */
export interface HttpServerOptions<C extends object> {
  /** The started Apollo Server. */
  apollo: ApolloServer<C>;
  /** Makes the context of one GraphQL request from its HTTP request. */
  context: (req: http.IncomingMessage) => C | Promise<C>;
  /**
   * Resolves when what the server depends on answers (the database; the subgraphs); rejects with
   * an error saying what does not. Backs `/readyz`.
   */
  checkReady: () => Promise<void>;
  /** The largest request body accepted. Defaults to 1 MB. */
  bodyLimit?: string;
  /** The origins browsers may call from, or `*`. Defaults to `*`. */
  corsOrigins?: "*" | string[];
  /**
   * Answer TIMEOUT (HTTP 503) to an operation still running after this many milliseconds; a client
   * that takes longer than this to send a request's headers and body gets 408. Defaults to 10000.
   */
  requestTimeoutMs?: number;
  /** Run at most this many GraphQL requests at once; the others wait in arrival order. Defaults to no limit. */
  maxConcurrentOperations?: number;
  /** Serves the offline explorer at `/explorer` with these example operations when given. */
  explorer?: { operations: { title: string; query: string }[] };
  /** Serves `/metrics` (Prometheus' text format) when given. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  /** Told of requests the HTTP layer refuses or times out before Apollo answers them. */
  logger?: Pick<Logger, "warn" | "error">;
}

/**
 * The HTTP layer of the hub and of the gateway, on plain `node:http`: `/graphql` (Apollo, with
 * CORS, JSON bodies up to a limit and a time limit per operation), `/healthz` (the process is up)
 * and `/readyz` (its dependencies answer). No framework sits between the socket and Apollo:
 * a middleware stack was measured at 15–28% of the throughput (bench/README.md, "Before the benchmarks").
 */
export function createHttpServer<C extends object>(options: HttpServerOptions<C>): http.Server {
  const origins = options.corsOrigins ?? "*";
  const corsHandler = cors({ origin: origins === "*" ? "*" : origins, maxAge: 600 });
  const jsonHandler = bodyParser.json({ limit: options.bodyLimit ?? "1mb" });
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const turns = new Turns(options.maxConcurrentOperations ?? Infinity);

  // A client must send its headers and body within the same time limit (Node answers 408 and
  // closes the connection), checked every half second: otherwise a slow sender holds a socket and
  // its buffers for Node's default of five minutes, and the operation's own timer only starts later.
  const serverOptions: http.ServerOptions = {
    requestTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    connectionsCheckingInterval: Math.min(500, timeoutMs),
  };
  return http.createServer(serverOptions, (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (path === "/readyz") {
      options.checkReady().then(
        () => sendJson(res, 200, { status: "ready" }),
        (error: unknown) => sendJson(res, 503, { status: "unavailable", reason: (error as Error).message }),
      );
      return;
    }
    if (options.explorer && (path === "/explorer" || path.startsWith("/explorer/"))) {
      return serveExplorer(path, res, options.explorer.operations);
    }
    if (path === "/metrics" && options.metrics) {
      options.metrics().then(
        ({ contentType, body }) => {
          res.setHeader("content-type", contentType);
          res.end(body);
        },
        (error: unknown) => sendJson(res, 500, { error: `Metrics failed: ${(error as Error).message}` }),
      );
      return;
    }
    if (path === "/" && req.method === "GET") return sendJson(res, 200, directory(options));
    if (path !== "/graphql") {
      return sendJson(res, 404, { error: `Nothing at ${path}. The GraphQL endpoint is /graphql.`, ...directory(options) });
    }
    // Every GraphQL request has an ID, echoed to the client and written in its log line.
    const requestId = requestIdOf(req);
    (req as unknown as Record<symbol, string>)[REQUEST_ID] = requestId;
    res.setHeader("x-request-id", requestId);
    corsHandler(req, res, () => {
      jsonHandler(req, res, (error?: unknown) => {
        if (error) {
          const status = httpStatusOf(error);
          options.logger?.warn({ requestId, status, errors: [ErrorCode.BAD_REQUEST] }, "request body refused");
          return sendGraphQLError(res, status, bodyErrorMessage(error));
        }
        const timer = setTimeout(() => {
          options.logger?.warn({ requestId, status: 503, errors: [ErrorCode.TIMEOUT], timeoutMs }, "graphql request timed out");
          sendGraphQLError(
            res,
            503,
            `The operation did not finish within ${timeoutMs / 1000} s. Ask for less, or retry later.`,
            ErrorCode.TIMEOUT,
          );
        }, timeoutMs);
        turns
          // A request answered (TIMEOUT) or abandoned by its client while it waited is not run.
          .run(() =>
            res.headersSent || res.destroyed || (res.socket?.destroyed ?? true) ? undefined : handleGraphQL(options, req, res),
          )
          .catch((failure: unknown) => {
            if (options.logger) options.logger.error({ requestId, err: failure }, "graphql request failed");
            else console.error("GraphQL request failed:", failure);
            sendGraphQLError(res, 500, "Internal server error", ErrorCode.INTERNAL_SERVER_ERROR);
          })
          .finally(() => clearTimeout(timer));
      });
    });
  });
}

/**
 * At most `limit` tasks at a time; the others wait, first come first served. With two cores, a
 * handful of operations in flight keep them busy (each also waits on the database); more only
 * share the CPU more thinly and hold more answers in memory at once. An operation answered with
 * TIMEOUT keeps its turn until it really ends: graphql-js cannot stop one midway.
 */
class Turns {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => T | Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      // The turn passes straight to the next in line, or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

async function handleGraphQL<C extends object>(
  options: HttpServerOptions<C>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const url = req.url ?? "";
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? "GET").toUpperCase(),
      headers,
      search: url.includes("?") ? url.slice(url.indexOf("?")) : "",
      body: (req as { body?: unknown }).body,
    },
    context: async () => options.context(req),
  });
  // The time limit may have answered already; the late result is dropped.
  if (res.headersSent) return;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  // The status is Apollo's, as `httpStatusPlugin` set it.
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** What `GET /` answers: where everything is, the offline explorer first among what a browser can open. */
function directory(options: Pick<HttpServerOptions<object>, "explorer" | "metrics">): Record<string, string> {
  return {
    graphql: "/graphql",
    ...(options.explorer
      ? {
          explorer: "/explorer/",
          browse:
            "Open /explorer/ in a browser for the hub's own GraphiQL explorer, which works offline; " +
            "/graphql opens Apollo Sandbox, which loads from Apollo's servers and needs the internet.",
        }
      : {}),
    health: "/healthz",
    ready: "/readyz",
    ...(options.metrics ? { metrics: "/metrics" } : {}),
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

function sendGraphQLError(
  res: http.ServerResponse,
  status: number,
  message: string,
  code: ErrorCode = ErrorCode.BAD_REQUEST,
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" && status >= 400 && status < 600 ? status : 400;
}

function bodyErrorMessage(error: unknown): string {
  const type = (error as { type?: unknown }).type;
  if (type === "entity.parse.failed") return "The request body is not valid JSON.";
  if (type === "entity.too.large") return "The request body is too large.";
  if (type === "charset.unsupported" || type === "encoding.unsupported")
    return "The request body's charset or encoding is not supported; send UTF-8 JSON.";
  return "The request body could not be read.";
}
