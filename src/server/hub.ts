import type http from "node:http";
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { DataSource } from "typeorm";
import { type Config, loadConfig } from "../config";
import { Database } from "../db/database";
import { authenticate } from "../auth/authenticate";
import { createContext, type Context } from "../api/context";
import { DomainError } from "../errors";
import { DatabaseUnavailableError, isDatabaseUnavailable, toGraphQLError } from "../graphql/errors";
import { buildDossierSchema } from "../api/schema";
import type { Registry } from "../domains";
import { sql } from "../db/sql";
import { createServices, type Services } from "../services";
import { createApolloServer } from "./apollo";
import { createRateLimiter, RATE_KEY } from "../graphql/plugins/rate-limit";
import { exampleOperations } from "./explorer";
import { createHttpServer } from "./http-server";
import { createObservability, type Observability, REQUEST_ID } from "./observability";
import type { DestinationStream } from "pino";

/** A running hub: its URL, and how to stop it. */
export interface Hub {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  services: Services;
  /** The JSON logger and the metrics registry. */
  observability: Observability;
  /** Stops accepting connections, lets in-flight requests finish, stops Apollo and closes the hub's own connections. Does not close the data source. */
  stop(): Promise<void>;
}

/**
 * The settings `startHub` reads; everything but the address has the defaults `loadConfig` gives
 * (the log level the process's `LOG_LEVEL`).
 */
export type HubSettings = Pick<Config, "port" | "host" | "production"> &
  Partial<Omit<Config, "port" | "host" | "production">> & {
    /** The prefix of this hub's rate-limit keys in Redis (tests keep theirs apart). */
    rateLimitPrefix?: string;
    /** Where the JSON log goes; standard output by default (tests read theirs). */
    logDestination?: DestinationStream;
    /** The domains to serve: the hub's (`REGISTRY`) by default. */
    registry?: Registry;
  };

/** Starts the GraphQL server over an initialized, prepared data source. */
export async function startHub(dataSource: DataSource, settings: HubSettings): Promise<Hub> {
  const defaults = loadConfig({ NODE_ENV: settings.production ? "production" : "development", LOG_LEVEL: process.env.LOG_LEVEL });
  const config = { ...defaults, ...settings };
  const db = new Database(dataSource);
  const services = createServices(db, settings.registry);
  services.apiKeys.cacheSeconds = config.apiKeyCacheSeconds;
  const schema = await buildDossierSchema(services.registry);
  const observability = createObservability({ level: config.logLevel, destination: settings.logDestination, database: db });
  const rateOptions = {
    points: config.rateLimitPoints,
    redisUrl: config.redisUrl,
    keyPrefix: settings.rateLimitPrefix,
    logger: observability.logger,
  };
  const rate = config.rateLimitPoints > 0 ? { limiter: await createRateLimiter(rateOptions), options: rateOptions } : undefined;
  const apollo = createApolloServer(schema, {
    plugins: [observability.plugin],
    production: config.production,
    publicRead: config.publicRead,
    introspection: config.introspection,
    limits: config.limits,
    rate,
    compileQueries: config.compileQueries,
    logger: observability.logger,
  });
  const httpServer = createHttpServer({
    apollo,
    context: async (req) => {
      const requestId = (req as unknown as Record<symbol, unknown>)[REQUEST_ID];
      let viewer: Awaited<ReturnType<typeof authenticate>>;
      try {
        viewer = await authenticate(req.headers.authorization, services.apiKeys);
      } catch (error) {
        // The key could not be checked: the client should retry (503), not fix its key. Either way
        // the request's ID goes with the error, for its log line (`contextCreationDidFail`).
        const failure = isDatabaseUnavailable(error)
          ? new DatabaseUnavailableError()
          : error instanceof DomainError
            ? toGraphQLError(error)
            : error;
        if (failure instanceof Error) (failure as unknown as Record<symbol, unknown>)[REQUEST_ID] = requestId;
        throw failure;
      }
      const context = createContext(services, viewer);
      (context as unknown as Record<symbol, unknown>)[REQUEST_ID] = requestId;
      // Budgets are per key; anonymous clients share one per address.
      (context as unknown as Record<symbol, string>)[RATE_KEY] = context.viewer
        ? context.viewer.keyId
        : `ip:${clientAddress(req, config.trustProxy)}`;
      return context;
    },
    checkReady: async () => {
      try {
        // Both doors: the hub's own connections (reads) and the data source's (writes, transactions).
        await Promise.all([db.query(sql`SELECT 1`), dataSource.query("SELECT 1")]);
      } catch {
        throw new Error("The database does not answer.");
      }
    },
    bodyLimit: config.bodyLimit,
    corsOrigins: config.corsOrigins,
    requestTimeoutMs: config.requestTimeoutMs,
    maxConcurrentOperations: config.maxConcurrentOperations,
    metrics: observability.metrics,
    explorer: { operations: exampleOperations() },
    logger: observability.logger,
  });
  // Stopping Apollo first stops the HTTP server from accepting and waits for in-flight requests.
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await apollo.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    httpServer,
    apollo,
    services,
    observability,
    stop: async () => {
      await apollo.stop();
      await rate?.limiter.close();
      await db.close();
      await observability.flush();
    },
  };
}

/** The client's address: the socket's, or behind a trusted proxy the first of `X-Forwarded-For`. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers["x-forwarded-for"];
  if (trustProxy && typeof forwarded === "string" && forwarded.trim()) return forwarded.split(",")[0].trim();
  return req.socket.remoteAddress ?? "unknown";
}
