import type { ApolloServer } from "@apollo/server";
import type { DataSource } from "typeorm";
import type { Viewer } from "../../src/auth/api-key.service";
import { DEFAULT_LIMITS } from "../../src/config";
import { Database } from "../../src/db/database";
import { type Context, createContext } from "../../src/api/context";
import { buildDossierSchema } from "../../src/api/schema";
import { seed } from "../../src/seeding/seed-loader";
import { createApolloServer } from "../../src/server/apollo";
import { type Hub, type HubSettings, startHub } from "../../src/server/hub";
import { createServices, type Services } from "../../src/services";
import { createTestDataSource, QueryCounter } from "./test-database";

/** The result of one GraphQL operation, as a client would receive it. */
export interface OperationResult<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    locations?: { line: number; column: number }[];
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

/** A hub over a real test database, executing operations through Apollo (without HTTP). */
export interface TestHub {
  dataSource: DataSource;
  services: Services;
  apollo: ApolloServer<Context>;
  counter: QueryCounter;
  /** Runs an operation with a fresh per-request context, as one HTTP request would; as `viewer` when given. */
  execute<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
  ): Promise<OperationResult<T>>;
  /** Runs an operation and fails the test if it returns errors. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** Starts a hub on a fresh database, loaded with the seed data sets unless `seeded` is false. */
export async function createTestHub(options: { seeded?: boolean } = {}): Promise<TestHub> {
  const counter = new QueryCounter();
  const dataSource = await createTestDataSource({ counter });
  if (options.seeded !== false) await seed(dataSource);
  const services = createServices(new Database(dataSource));
  // Generous limits: these hubs test what the API answers; test/server tests the limits themselves.
  const apollo = createApolloServer(await buildDossierSchema(), {
    production: true,
    publicRead: true,
    introspection: true,
    limits: { ...DEFAULT_LIMITS, depth: 30, cost: 10_000_000 },
  });
  await apollo.start();
  const execute = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    viewer: Viewer | null = null,
  ): Promise<OperationResult<T>> => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(services, viewer) });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    // Through JSON, as a client receives it (DateTime values, for one, are serialized there).
    return JSON.parse(JSON.stringify(response.body.singleResult)) as OperationResult<T>;
  };
  return {
    dataSource,
    services,
    apollo,
    counter,
    execute,
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const result = await execute<T>(query, variables);
      if (result.errors) throw new Error(`operation failed: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    async close() {
      await apollo.stop();
      await services.db.close();
      await dataSource.destroy();
    },
  };
}

/** A hub serving HTTP on a loopback port over a fresh, seeded test database (for tests of the HTTP layer). */
export interface HttpTestHub {
  hub: Hub;
  dataSource: DataSource;
  /** `http://127.0.0.1:<port>`, without `/graphql`. */
  base: string;
  /** Stops the hub and closes the database (unless a test closed it already). */
  close(): Promise<void>;
}

/** Starts `startHub` on port 0 over a seeded test database, in development mode unless `settings` say otherwise. */
export async function startHttpTestHub(settings: Partial<HubSettings> = {}): Promise<HttpTestHub> {
  const dataSource = await createTestDataSource();
  await seed(dataSource);
  const hub = await startHub(dataSource, { port: 0, host: "127.0.0.1", production: false, ...settings });
  return {
    hub,
    dataSource,
    base: hub.url.replace(/\/graphql$/, ""),
    async close() {
      await hub.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
