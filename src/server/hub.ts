import type http from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { Database } from "../db/database";
import { authenticate } from "../auth/authenticate";
import { createContext, type Context } from "../graphql/context";
import { buildDossierSchema } from "../graphql/schema";
import { createServices, type Services } from "../services";
import { createApolloServer } from "./apollo";
import { createHttpServer } from "./http-server";

/** A running hub: its URL, and how to stop it. */
export interface Hub {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  services: Services;
  /** Stops accepting connections, lets in-flight requests finish, and stops Apollo. Does not close the data source. */
  stop(): Promise<void>;
}

/** Starts the GraphQL server over an initialized, prepared data source. */
export async function startHub(
  dataSource: DataSource,
  config: Pick<Config, "port" | "host" | "production"> & Partial<Pick<Config, "publicRead">>,
): Promise<Hub> {
  const services = createServices(new Database(dataSource));
  const schema = await buildDossierSchema();
  const apollo = createApolloServer(schema, { production: config.production, publicRead: config.publicRead ?? true });
  const httpServer = createHttpServer({
    apollo,
    context: async (req) => createContext(services, await authenticate(req.headers.authorization, services.apiKeys)),
    checkReady: async () => {
      try {
        await dataSource.query("SELECT 1");
      } catch {
        throw new Error("The database does not answer.");
      }
    },
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
    stop: () => apollo.stop(),
  };
}
