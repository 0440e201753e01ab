import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import pino, { type DestinationStream, type Logger } from "pino";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Database } from "../db/database";

/*
 * What operators see: one JSON log line per GraphQL request (pino) and Prometheus metrics at
 * /metrics (prom-client). Both are made here and handed to the HTTP layer and Apollo.
 */

/** This process's part of the IDs it makes: random, so that replicas and restarts do not share IDs. */
const PROCESS_TAG = randomBytes(6).toString("hex");
let requestCount = 0;

/**
 * A request's ID: the client's `X-Request-ID` when it is a sensible token; otherwise a new one, the
 * process's random tag and a counter (`3f9a0c1d22e4-1k7`): unique, and cheaper than a UUID per request.
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  if (typeof given === "string" && /^[\w.:-]{1,128}$/.test(given)) return given;
  return `${PROCESS_TAG}-${(++requestCount).toString(36)}`;
}

/** Where a request's ID is kept on its context. */
export const REQUEST_ID = Symbol("requestId");

/** The most distinct operation names the metrics label separately; later names count as `other`. */
export const MAX_OPERATION_LABELS = 200;

export interface Observability {
  logger: Logger;
  registry: Registry;
  /** Logs and counts every GraphQL request; put it after the cost plugin, whose figure it reports. */
  plugin: ApolloServerPlugin<object>;
  /** Writes out what the log still holds (on stop). */
  flush(): Promise<void>;
  /** The metrics in Prometheus' text format, and its content type. */
  metrics(): Promise<{ contentType: string; body: string }>;
}

export interface ObservabilityOptions {
  /** pino's level: `info` logs every request, `warn` only failed ones, `silent` nothing. */
  level: string;
  /** Where log lines go; standard output by default. */
  destination?: DestinationStream;
  /** The database whose own connection pool is reported (MySQL/MariaDB; SQLite has none). */
  database?: Database;
}

export function createObservability(options: ObservabilityOptions): Observability {
  // Standard output written asynchronously: lines logged while a write is in flight go out together
  // in the next one, so a busy hub does not pay a system call per request, and a quiet one writes at
  // once (a fixed minimum buffer would hold a quiet hub's lines back). `flush` empties it on stop.
  const destination = options.destination ?? pino.destination({ dest: 1, sync: false });
  const logger = pino(
    {
      level: options.level,
      base: { service: "dossier" },
      timestamp: pino.stdTimeFunctions.isoTime,
      // A failed query's values (an API key's hash, for one) stay out of the log; its SQL text stays in.
      redact: { paths: ["err.parameters", "err.driverError.parameters", "err.driverError.sql", "err.sql"], censor: "[withheld]" },
    },
    destination,
  );
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "dossier_" });
  const requests = new Counter({
    name: "dossier_graphql_requests_total",
    help: "GraphQL requests answered, by operation name and outcome (ok, or error when the answer has errors).",
    labelNames: ["operation", "outcome"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "dossier_graphql_request_duration_seconds",
    help: "Time from a GraphQL request's start in Apollo to its answer, by operation name.",
    labelNames: ["operation"],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: "dossier_graphql_errors_total",
    help: "Errors in GraphQL answers, by extensions.code.",
    labelNames: ["code"],
    registers: [registry],
  });
  const database = options.database;
  if (database?.poolFigures()) {
    new Gauge({
      name: "dossier_db_pool_connections",
      help: "The database connection pool: connections open (total), idle (free), requests waiting for one (queued), and the most it opens (limit).",
      labelNames: ["state"],
      registers: [registry],
      collect() {
        for (const [state, value] of Object.entries(database.poolFigures() ?? {})) this.set({ state }, value);
      },
    });
  }

  const labels = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return "anonymous";
    if (labels.has(name)) return name;
    if (labels.size >= MAX_OPERATION_LABELS || name.length > 64) return "other";
    labels.add(name);
    return name;
  };

  const plugin: ApolloServerPlugin<object> = {
    // A request that fails before it starts (its API key could not be checked) is logged and counted too.
    async contextCreationDidFail({ error }) {
      const extensions = (error as { extensions?: { code?: unknown; http?: { status?: number } } }).extensions;
      const code = String(extensions?.code ?? "INTERNAL_SERVER_ERROR");
      const operation = operationLabel(null);
      requests.inc({ operation, outcome: "error" });
      errors.inc({ code });
      const line = {
        requestId: (error as unknown as Record<symbol, unknown>)[REQUEST_ID],
        operation: null,
        status: extensions?.http?.status ?? 500,
        errors: [code],
      };
      if (code === "INTERNAL_SERVER_ERROR") logger.error({ ...line, err: error }, "graphql request failed");
      else logger.warn(line, "graphql request failed");
    },
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          const codes = (result?.errors ?? []).map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
          const cost = (result?.extensions?.cost as { requested?: number } | undefined)?.requested;
          // The name the document gives the operation run (a GraphQL name), not whatever the client sent.
          const name = operationName ?? null;
          const operation = operationLabel(name);
          requests.inc({ operation, outcome: codes.length ? "error" : "ok" });
          duration.observe({ operation }, seconds);
          for (const code of codes) errors.inc({ code });
          const line = {
            requestId: (contextValue as Record<symbol, unknown>)[REQUEST_ID],
            operation: name,
            durationMs: Math.round(seconds * 1e6) / 1e3,
            cost,
            status: response.http.status ?? 200,
            ...(codes.length ? { errors: codes } : {}),
          };
          if (codes.length) logger.warn(line, "graphql request failed");
          else logger.info(line, "graphql request");
        },
      };
    },
  };

  return {
    logger,
    registry,
    plugin,
    flush: () => new Promise<void>((resolve) => logger.flush(() => resolve())),
    async metrics() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
