import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import type { GraphQLSchema } from "graphql";
import { authPlugin } from "../auth/auth.plugin";
import type { Context } from "../graphql/context";
import { formatError } from "../graphql/errors";

/** Options for the Apollo Server the hub runs. */
export interface ApolloOptions {
  /** Production mode: no stack traces, no landing page with Sandbox. Defaults to false. */
  production?: boolean;
  /** Let clients without an API key run queries. Defaults to true. */
  publicRead?: boolean;
  /** Further plugins, e.g. the HTTP server's drain plugin. */
  plugins?: ApolloServerPlugin<Context>[];
}

/**
 * Creates the Apollo Server over the hub's schema. In development, `GET /graphql` from a browser
 * opens Apollo Sandbox with an example operation; errors are shaped by `formatError`.
 */
export function createApolloServer(schema: GraphQLSchema, options: ApolloOptions = {}): ApolloServer<Context> {
  const landingPage = options.production
    ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
    : ApolloServerPluginLandingPageLocalDefault({
        footer: false,
        document: EXAMPLE_OPERATION,
        embed: { endpointIsEditable: false },
      });
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: !options.production,
    introspection: true,
    // Inline traces (ftv1) only serve a gateway that reports to Apollo's cloud; they cost CPU on every request.
    plugins: [
      landingPage,
      ApolloServerPluginInlineTraceDisabled(),
      authPlugin({ publicRead: options.publicRead ?? true }),
      ...(options.plugins ?? []),
    ],
  });
}

/** The operation Sandbox opens with: statements by officials about covert action. */
const EXAMPLE_OPERATION = `# Statements by officials about covert action
query OfficialsOnCovertAction {
  statements(filter: { speaker: { isOfficial: true }, topics: ["topic:covert-action"] }) {
    totalCount
    nodes {
      saidOn
      kind
      text
      speaker { name title }
      source { title publisher }
    }
  }
}
`;
