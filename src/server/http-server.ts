import http from "node:http";
import type { ApolloServer } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import bodyParser from "body-parser";
import cors from "cors";
import { ErrorCode } from "../graphql/errors";

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
}

/**
 * The HTTP layer of the hub and of the gateway, on plain `node:http`: `/graphql` (Apollo, with
 * CORS and JSON bodies), `/healthz` (the process is up) and `/readyz` (its dependencies answer).
 * No framework sits between the socket and Apollo: PERFORMANCE.md measured a middleware stack at
 * 15–28% of the throughput.
 */
export function createHttpServer<C extends object>(options: HttpServerOptions<C>): http.Server {
  const corsHandler = cors();
  const jsonHandler = bodyParser.json({ limit: options.bodyLimit ?? "1mb" });

  return http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (path === "/readyz") {
      options.checkReady().then(
        () => sendJson(res, 200, { status: "ready" }),
        (error: unknown) => sendJson(res, 503, { status: "unavailable", reason: (error as Error).message }),
      );
      return;
    }
    if (path !== "/graphql") {
      return sendJson(res, 404, { error: `Nothing at ${path}. The GraphQL endpoint is /graphql.` });
    }
    corsHandler(req, res, () => {
      jsonHandler(req, res, (error?: unknown) => {
        if (error) return sendGraphQLError(res, httpStatusOf(error), bodyErrorMessage(error));
        handleGraphQL(options, req, res).catch((failure: unknown) => {
          console.error("GraphQL request failed:", failure);
          if (!res.headersSent) sendGraphQLError(res, 500, "Internal server error", ErrorCode.INTERNAL_SERVER_ERROR);
          else res.end();
        });
      });
    });
  });
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
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
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
