import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLSchema, type ValidationRule } from "graphql";
import type { Logger } from "pino";
import { authPlugin } from "../auth/auth.plugin";
import { DEFAULT_LIMITS } from "../config";
import type { Context } from "../graphql/context";
import { formatError } from "../graphql/errors";
import {
  costLimitPlugin,
  maxAliasesRule,
  maxDepthRule,
  maxDirectivesRule,
  type OperationLimits,
} from "../graphql/plugins/operation-limits";
import type { RateLimiter, RateLimitOptions } from "../graphql/plugins/rate-limit";
import { argumentPathsPlugin } from "../graphql/plugins/argument-paths";
import { compiledExecution } from "./compiled-execution";
import { httpStatusPlugin } from "./http-status.plugin";
import { landingPagePlugin } from "./landing-page";

/** Options for the Apollo Server the hub runs. */
export interface ApolloOptions {
  /** Production mode: no stack traces, no "Did you mean" suggestions, no Sandbox landing page. Defaults to false. */
  production?: boolean;
  /** Let clients without an API key run queries. Defaults to true, and to false in production. */
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
  /** Where internal errors are reported (the hub's JSON log). Defaults to the console. */
  logger?: Pick<Logger, "error">;
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
  const introspection = options.introspection ?? !production;
  const landingPage = landingPagePlugin<Context>({ production, document: EXAMPLE_OPERATION });
  return new ApolloServer<Context>({
    ...(options.compileQueries === false ? { schema } : { gateway: compiledExecution(schema) }),
    formatError: options.logger
      ? (formatted, error) =>
          formatError(formatted, error, (cause) =>
            options.logger!.error({ err: cause }, "internal error while executing an operation"),
          )
      : formatError,
    includeStacktraceInErrorResponses: !production,
    // The `serve` command stops the hub on SIGTERM/SIGINT (drain, close the pool, exit 0). Apollo's
    // own handlers, on by default outside tests, would stop it and re-raise the signal: exit 143.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: production,
    introspection,
    parseOptions: { maxTokens: limits.tokens },
    validationRules: [
      maxDepthRule(limits.depth),
      maxAliasesRule(limits.aliases),
      maxDirectivesRule(limits.directives),
      ...(introspection ? [] : [noServiceSdlRule]),
    ],
    plugins: [
      landingPage,
      // Inline traces (ftv1) only serve a gateway that reports to Apollo's cloud; they cost CPU on every request.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      authPlugin({ publicRead: options.publicRead ?? !production }),
      costLimitPlugin(limits, options.rate),
      argumentPathsPlugin(),
      httpStatusPlugin(),
      ...(options.plugins ?? []),
    ],
  });
}

/**
 * Refuses `_service { sdl }` where introspection is off: it prints the whole schema, admin fields
 * included, as `__schema` would. A gateway composes from the committed supergraph in production;
 * one that composes by asking the subgraphs (`dossier gateway --introspect`) needs `INTROSPECTION=true`.
 */
const noServiceSdlRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === "_service" && context.getParentType() === context.getSchema().getQueryType()) {
      context.reportError(
        new GraphQLError(
          "GraphQL introspection is not allowed by Apollo Server, but the query contained _service. " +
            "It is off in production; set INTROSPECTION=true where a gateway composes by introspection.",
          { nodes: node },
        ),
      );
    }
  },
});

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
