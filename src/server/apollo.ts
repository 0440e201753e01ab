import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import type { GraphQLSchema } from "graphql";
import { authPlugin } from "../auth/auth.plugin";
import { DEFAULT_LIMITS } from "../config";
import type { Context } from "../graphql/context";
import { ErrorCode, formatError } from "../graphql/errors";
import {
  costLimitPlugin,
  maxAliasesRule,
  maxDepthRule,
  maxDirectivesRule,
  type OperationLimits,
} from "../graphql/plugins/operation-limits";
import type { RateLimiter, RateLimitOptions } from "../graphql/plugins/rate-limit";
import { compiledExecution } from "./compiled-execution";

/** Options for the Apollo Server the hub runs. */
export interface ApolloOptions {
  /** Production mode: no stack traces, no "Did you mean" suggestions, no Sandbox landing page. Defaults to false. */
  production?: boolean;
  /** Let clients without an API key run queries. Defaults to true. */
  publicRead?: boolean;
  /** Answer introspection. Defaults to true outside production, false in it. */
  introspection?: boolean;
  /** The operation limits. Defaults to `DEFAULT_LIMITS`. */
  limits?: OperationLimits;
  /** A points budget per client, charged by cost. None by default. */
  rate?: { limiter: RateLimiter; options: RateLimitOptions };
  /** Further plugins. */
  plugins?: ApolloServerPlugin<Context>[];
  /** Run operations compiled by graphql-jit (`compiledExecution`) rather than on graphql-js. Defaults to true. */
  compileQueries?: boolean;
}

/**
 * Creates the Apollo Server over the hub's schema, with its protections: operation limits (depth,
 * aliases, directives and tokens when the document is read; cost once the variables are known),
 * the points budget, roles, and errors shaped by `formatError`. In development `GET /graphql` from a
 * browser opens Apollo Sandbox with an example operation.
 */
export function createApolloServer(schema: GraphQLSchema, options: ApolloOptions = {}): ApolloServer<Context> {
  const production = options.production ?? false;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const landingPage = production
    ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
    : ApolloServerPluginLandingPageLocalDefault({
        footer: false,
        document: EXAMPLE_OPERATION,
        embed: { endpointIsEditable: false },
      });
  return new ApolloServer<Context>({
    ...(options.compileQueries === false ? { schema } : { gateway: compiledExecution(schema) }),
    formatError,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    introspection: options.introspection ?? !production,
    parseOptions: { maxTokens: limits.tokens },
    validationRules: [maxDepthRule(limits.depth), maxAliasesRule(limits.aliases), maxDirectivesRule(limits.directives)],
    plugins: [
      landingPage,
      // Inline traces (ftv1) only serve a gateway that reports to Apollo's cloud; they cost CPU on every request.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      authPlugin({ publicRead: options.publicRead ?? true }),
      costLimitPlugin(limits.cost, options.rate),
      statusPlugin(),
      ...(options.plugins ?? []),
    ],
  });
}

/** Answers HTTP 503 when the database did not: the client should retry, not fix its request. */
function statusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const codes = (response.body.singleResult.errors ?? []).map((error) => error.extensions?.code);
          if (codes.includes(ErrorCode.DATABASE_UNAVAILABLE)) response.http.status = 503;
        },
      };
    },
  };
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
