import path from "node:path";

/** The project's root folder: where `seeds/`, `schema/` and the default `data/` live. */
export const PROJECT_ROOT = path.resolve(__dirname, "..");

/** Where the database lives, parsed from `DATABASE_URL`. */
export type DatabaseConfig =
  | {
      /** The embedded default: a SQLite file (or `:memory:`). */
      type: "sqlite";
      /** Absolute path of the database file, or `:memory:`. */
      path: string;
    }
  | {
      /** MySQL 8 or MariaDB 10.11+ through mysql2. */
      type: "mysql";
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };

/** Every setting of the hub, read from the environment once, checked, with its default. */
export interface Config {
  /** `PORT`: the HTTP port. Defaults to 4000. */
  port: number;
  /** `HOST`: the interface to listen on. Defaults to `0.0.0.0` (all interfaces). */
  host: string;
  /** `DATABASE_URL`: `sqlite:<file>`, `sqlite::memory:` or `mysql://user:pass@host:3306/db`. Defaults to `sqlite:data/dossier.sqlite`. */
  database: DatabaseConfig;
  /** The `DATABASE_URL` as given, with any password masked, for logs. */
  databaseLabel: string;
  /**
   * `AUTO_MIGRATE`: run pending migrations when `serve` starts. Defaults to `true` on SQLite (the
   * zero-setup default) and `false` on MySQL, where deployments run `dossier migrate` as a step.
   */
  autoMigrate: boolean;
  /** `AUTO_SEED`: load the data sets in `seeds/` when `serve` finds an empty database. Same defaults as `autoMigrate`. */
  autoSeed: boolean;
  /**
   * `PUBLIC_READ`: let clients without an API key run queries. Defaults to `true` in development
   * and to `false` in production, where every request needs a key unless this says otherwise (a
   * public hub: anonymous clients then share a rate-limit budget per address).
   */
  publicRead: boolean;
  /** `NODE_ENV === "production"`. */
  production: boolean;
  /** `LOG_SQL`: print every SQL statement (for debugging). Defaults to `false`. */
  logSql: boolean;
  /**
   * `LOG_LEVEL`: pino's level for the JSON log on standard output — `info` (a line per GraphQL
   * request, the default), `warn` (failed requests only), `error`, `debug`, `silent`.
   */
  logLevel: string;
  /** `INTROSPECTION`: answer introspection queries. Defaults to `true`, and to `false` in production. */
  introspection: boolean;
  /**
   * `CORS_ORIGINS`: the origins browsers may call from, comma-separated (`https://studio.apollographql.com`), or `*`.
   * Defaults to `*`, and to none in production.
   */
  corsOrigins: "*" | string[];
  /** `BODY_LIMIT`: the largest request body, e.g. `100kb`, `1mb`. Defaults to `1mb`. */
  bodyLimit: string;
  /** `REQUEST_TIMEOUT_MS`: answer TIMEOUT (HTTP 503) to an operation still running after this long. Defaults to 10000 (ten seconds). */
  requestTimeoutMs: number;
  /**
   * `MAX_CONCURRENT_OPERATIONS`: how many GraphQL requests run at once; later ones wait their turn
   * (their time limit counting). Bounds the memory that large answers in flight take. Defaults to 8.
   */
  maxConcurrentOperations: number;
  /**
   * `COMPILE_QUERIES`: run operations compiled once per document by graphql-jit. Defaults to `true`;
   * `false` runs them on graphql-js, field by field (slower on large answers; the same results).
   */
  compileQueries: boolean;
  /**
   * `HEAP_GROWING_PERCENT`: how far the JavaScript heap may grow past the data a full garbage
   * collection kept before the next one, in percent (`setHeapGrowth`). Defaults to 100; 0 leaves it
   * to V8, which lets the heap grow to several times the live data when the machine has memory.
   */
  heapGrowingPercent: number;
  /**
   * `LIMIT_DEPTH`, `LIMIT_ALIASES`, `LIMIT_DIRECTIVES`, `LIMIT_TOKENS`, `LIMIT_COST`,
   * `LIMIT_LIST_ITEMS`, `LIMIT_INPUT_DEPTH`: the operation limits (`OperationLimits`).
   */
  limits: {
    depth: number;
    aliases: number;
    directives: number;
    tokens: number;
    cost: number;
    listItems: number;
    inputDepth: number;
  };
  /** `RATE_LIMIT_POINTS`: the points each client may spend per minute (0: no rate limit). Defaults to 500000. */
  rateLimitPoints: number;
  /** `REDIS_URL`: share rate-limit budgets between replicas through this Redis; in memory when unset. */
  redisUrl: string | undefined;
  /**
   * `API_KEY_CACHE_SECONDS`: how long a checked API key is trusted before the database is asked
   * again. Revoking through this hub takes effect at once; through the CLI or another replica,
   * within this time. Defaults to 5; 0 checks every request against the database.
   */
  apiKeyCacheSeconds: number;
  /** `TRUST_PROXY`: take an anonymous client's address from `X-Forwarded-For` (behind a proxy). Defaults to `false`. */
  trustProxy: boolean;
}

/** The operation limits when the environment does not set them. */
export const DEFAULT_LIMITS = {
  depth: 15,
  aliases: 15,
  directives: 50,
  tokens: 2000,
  cost: 100_000,
  listItems: 100,
  inputDepth: 8,
};

/** A setting that could not be understood; the message says which variable and what is allowed. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const DEFAULT_DATABASE_URL = "sqlite:data/dossier.sqlite";

/**
 * Reads and checks every environment variable the hub understands, once, and returns the
 * settings with their defaults filled in. Throws a `ConfigError` naming the variable on bad input.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = nonEmpty(env.DATABASE_URL) ?? DEFAULT_DATABASE_URL;
  const database = parseDatabaseUrl(databaseUrl);
  const embedded = database.type === "sqlite";
  const production = env.NODE_ENV === "production";
  return {
    port: parsePort(env.PORT),
    host: nonEmpty(env.HOST) ?? "0.0.0.0",
    database,
    databaseLabel: databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@"),
    autoMigrate: parseBoolean("AUTO_MIGRATE", env.AUTO_MIGRATE, embedded),
    autoSeed: parseBoolean("AUTO_SEED", env.AUTO_SEED, embedded),
    publicRead: parseBoolean("PUBLIC_READ", env.PUBLIC_READ, !production),
    production,
    logSql: parseBoolean("LOG_SQL", env.LOG_SQL, false),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    introspection: parseBoolean("INTROSPECTION", env.INTROSPECTION, !production),
    corsOrigins: parseOrigins(env.CORS_ORIGINS, production),
    bodyLimit: parseSize("BODY_LIMIT", env.BODY_LIMIT, "1mb"),
    requestTimeoutMs: parseCount("REQUEST_TIMEOUT_MS", env.REQUEST_TIMEOUT_MS, 10_000, 1),
    maxConcurrentOperations: parseCount("MAX_CONCURRENT_OPERATIONS", env.MAX_CONCURRENT_OPERATIONS, 8, 1),
    compileQueries: parseBoolean("COMPILE_QUERIES", env.COMPILE_QUERIES, true),
    heapGrowingPercent: parseCount("HEAP_GROWING_PERCENT", env.HEAP_GROWING_PERCENT, 100, 0),
    limits: {
      depth: parseCount("LIMIT_DEPTH", env.LIMIT_DEPTH, DEFAULT_LIMITS.depth, 1),
      aliases: parseCount("LIMIT_ALIASES", env.LIMIT_ALIASES, DEFAULT_LIMITS.aliases, 0),
      directives: parseCount("LIMIT_DIRECTIVES", env.LIMIT_DIRECTIVES, DEFAULT_LIMITS.directives, 0),
      tokens: parseCount("LIMIT_TOKENS", env.LIMIT_TOKENS, DEFAULT_LIMITS.tokens, 10),
      cost: parseCount("LIMIT_COST", env.LIMIT_COST, DEFAULT_LIMITS.cost, 1),
      listItems: parseCount("LIMIT_LIST_ITEMS", env.LIMIT_LIST_ITEMS, DEFAULT_LIMITS.listItems, 1),
      inputDepth: parseCount("LIMIT_INPUT_DEPTH", env.LIMIT_INPUT_DEPTH, DEFAULT_LIMITS.inputDepth, 1),
    },
    rateLimitPoints: parseCount("RATE_LIMIT_POINTS", env.RATE_LIMIT_POINTS, 500_000, 0),
    redisUrl: nonEmpty(env.REDIS_URL),
    trustProxy: parseBoolean("TRUST_PROXY", env.TRUST_PROXY, false),
    apiKeyCacheSeconds: parseCount("API_KEY_CACHE_SECONDS", env.API_KEY_CACHE_SECONDS, 5, 0),
  };
}

function parseCount(name: string, value: string | undefined, fallback: number, minimum: number): number {
  const text = nonEmpty(value);
  if (text === undefined) return fallback;
  const count = Number(text.replace(/_/g, ""));
  if (!Number.isInteger(count) || count < minimum)
    throw new ConfigError(`${name} "${value}" must be a whole number of at least ${minimum}`);
  return count;
}

function parseSize(name: string, value: string | undefined, fallback: string): string {
  const text = nonEmpty(value)?.toLowerCase();
  if (text === undefined) return fallback;
  if (!/^\d+(b|kb|mb)?$/.test(text)) throw new ConfigError(`${name} "${value}" must be a size such as 100kb or 1mb`);
  return text;
}

function parseOrigins(value: string | undefined, production: boolean): "*" | string[] {
  const text = nonEmpty(value);
  if (text === undefined) return production ? [] : "*";
  if (text === "*") return "*";
  const origins = text
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS entry "${origin}" must be an origin such as https://studio.apollographql.com (scheme and host, no path)`,
      );
    }
  }
  return origins;
}

/**
 * Parses a `DATABASE_URL`: `sqlite:<path>` (relative paths are taken from the project root),
 * `sqlite::memory:`, or `mysql://` / `mariadb://user:password@host:port/database`.
 */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith("sqlite:")) {
    const file = url.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (file === "") {
      throw new ConfigError(`DATABASE_URL "${url}" names no file: use sqlite:data/dossier.sqlite or sqlite::memory:`);
    }
    return { type: "sqlite", path: file === ":memory:" ? file : path.resolve(PROJECT_ROOT, file) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`DATABASE_URL "${url}" is not a URL: use sqlite:<file> or mysql://user:password@host:3306/database`);
  }
  if (parsed.protocol !== "mysql:" && parsed.protocol !== "mariadb:") {
    throw new ConfigError(
      `DATABASE_URL scheme "${parsed.protocol}" is not supported: use sqlite:<file> or mysql://user:password@host:3306/database`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!/^[A-Za-z0-9_$]+$/.test(database)) {
    throw new ConfigError(
      `DATABASE_URL "${url}" must name a database of letters, digits and underscores, e.g. mysql://root@127.0.0.1:3306/dossier`,
    );
  }
  return {
    type: "mysql",
    host: parsed.hostname || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username) || "root",
    password: decodeURIComponent(parsed.password),
    database,
  };
}

function parsePort(value: string | undefined): number {
  const text = nonEmpty(value);
  if (text === undefined) return 4000;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT "${value}" must be an integer from 0 to 65535`);
  }
  return port;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  const text = nonEmpty(value)?.toLowerCase();
  if (text === undefined) return fallback;
  if (["1", "true", "yes", "on"].includes(text)) return true;
  if (["0", "false", "no", "off"].includes(text)) return false;
  throw new ConfigError(`${name} "${value}" must be true or false`);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function parseLogLevel(value: string | undefined): string {
  const level = nonEmpty(value)?.toLowerCase() ?? "info";
  if (!LOG_LEVELS.includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}; got "${value}"`);
  }
  return level;
}
