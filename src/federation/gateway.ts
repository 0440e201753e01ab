import fs from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import type { GraphQLFormattedError } from "graphql";
import { ErrorCode, formatError } from "../graphql/errors";
import { createHttpServer } from "../server/http-server";
import { httpStatusPlugin } from "../server/http-status.plugin";
import type { GatewayConfig } from "./gateway-config";

/** What the gateway keeps of each client request: the headers it forwards to the subgraphs. */
export interface GatewayContext {
  authorization?: string;
}

/** How the gateway learns the supergraph. */
export type GatewayMode =
  /** From the composed supergraph file: what production runs (and Apollo Router can run too). */
  | "static"
  /** By introspecting the running subgraphs and composing at start-up: for development. */
  | "introspect";

/** A running gateway. */
export interface Gateway {
  url: string;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/** Sends a client's `Authorization` header on to every subgraph, so that keys work through the gateway. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
  }
}

/**
 * Starts Apollo Gateway over the subgraphs of a configuration, behind the same HTTP layer as the
 * hub: `/graphql`, `/healthz`, `/readyz` (every subgraph answers), the same error shaping. Queries
 * go to the URLs of the configuration, whatever URLs the supergraph file was composed with.
 */
export async function startGateway(
  config: GatewayConfig,
  options: { mode: GatewayMode; port: number; host: string; production: boolean },
): Promise<Gateway> {
  const urls = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const gateway = new ApolloGateway({
    supergraphSdl:
      options.mode === "static"
        ? fs.readFileSync(config.supergraph, "utf8")
        : new IntrospectAndCompose({ subgraphs: config.subgraphs.map(({ name, url }) => ({ name, url })) }),
    buildService: ({ name, url }) => new ForwardingDataSource({ url: urls.get(name) ?? url }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: !options.production,
    // The `gateway` command handles SIGTERM/SIGINT itself and exits 0; Apollo's handlers would exit 143.
    stopOnTerminationSignals: false,
    plugins: [
      httpStatusPlugin(),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  const httpServer = createHttpServer<GatewayContext>({
    apollo,
    context: (req) => ({ authorization: req.headers.authorization }),
    checkReady: () => checkSubgraphs(config),
  });
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await apollo.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  return { url: `http://${host}:${port}/graphql`, httpServer, stop: () => apollo.stop() };
}

/**
 * Shapes errors as the hub does, plus one kind only a gateway meets: a subgraph that does not
 * answer becomes SUBGRAPH_UNAVAILABLE (the rest of the data is still returned), without the
 * subgraph's internal address.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (/^request to \S+ failed, reason: /.test(formatted.message)) {
    return {
      message: "A subgraph behind the gateway does not answer; the fields it provides are null. Retry later.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE },
    };
  }
  return formatError(formatted, error);
}

/** Resolves when every subgraph answers `{ __typename }` within two seconds; rejects naming those that do not. */
async function checkSubgraphs(config: GatewayConfig): Promise<void> {
  const results = await Promise.all(
    config.subgraphs.map(async ({ name, url }) => {
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
          signal: AbortSignal.timeout(2000),
        });
        return response.ok ? undefined : name;
      } catch {
        return name;
      }
    }),
  );
  const down = results.filter((name): name is string => name !== undefined);
  if (down.length > 0) throw new Error(`Subgraphs not answering: ${down.join(", ")}.`);
}
