import type Redis from "ioredis";
import type { Logger } from "pino";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { DossierError, ErrorCode } from "../errors";

/** How the points budget works. */
export interface RateLimitOptions {
  /** Points each client may spend per window; an operation costs its calculated cost. */
  points: number;
  /** The window, in seconds. Defaults to 60. */
  windowSeconds?: number;
  /** Share the budget across hub replicas through this Redis server (`REDIS_URL`); in memory when absent. */
  redisUrl?: string;
  /** The prefix of the budget keys in Redis. Defaults to `dossier-rate`. */
  keyPrefix?: string;
  /** Told once when Redis stops answering and budgets fall back to memory, and once when it is back. Defaults to the console. */
  logger?: Pick<Logger, "warn" | "info">;
}

/** A points budget per client and the Redis connection behind it, if any. */
export interface RateLimiter {
  limiter: RateLimiterAbstract;
  close(): Promise<void>;
}

/**
 * Makes the limiter: in memory (one hub), or in Redis so that every replica draws on one budget per
 * client. If Redis becomes unreachable, each replica falls back to its own memory budget rather
 * than refusing everything or letting everything through.
 */
export async function createRateLimiter(options: RateLimitOptions): Promise<RateLimiter> {
  const base = { points: options.points, duration: options.windowSeconds ?? 60, keyPrefix: options.keyPrefix ?? "dossier-rate" };
  if (!options.redisUrl) return { limiter: new RateLimiterMemory(base), close: async () => {} };
  // Loaded only when used: a hub without Redis does not hold the client's code in memory.
  const { default: RedisClient } = await import("ioredis");
  const client: Redis = new RedisClient(options.redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
  });
  // ioredis reconnects by itself and the insurance limiter covers the gap; the fall-back and the
  // recovery are each logged once, not every failed reconnect.
  const logger = options.logger ?? { warn: (line: object, msg: string) => console.warn(msg, line), info: () => undefined };
  const redis = options.redisUrl.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
  let shared = true;
  let closing = false;
  const lost = () => {
    if (!shared || closing) return;
    shared = false;
    logger.warn({ redis }, "Redis does not answer: each replica keeps rate-limit budgets of its own until it does");
  };
  client.on("error", lost);
  client.on("close", lost);
  client.on("ready", () => {
    if (shared) return;
    shared = true;
    logger.info({ redis }, "Redis answers again: rate-limit budgets are shared again");
  });
  // Wait for the connection, so that the first requests already share the budget.
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => client.once("ready", () => resolve(true))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000).unref()),
  ]);
  if (!ready) lost();
  const limiter = new RateLimiterRedis({ ...base, storeClient: client, insuranceLimiter: new RateLimiterMemory(base) });
  return {
    limiter,
    close: async () => {
      closing = true;
      client.disconnect();
    },
  };
}

/** Who a request is charged to: its API key, or its address for anonymous clients. */
export const RATE_KEY = Symbol("rate key");

/** What is left of a client's budget after a charge. */
export interface Budget {
  budget: number;
  remaining: number;
  resetAt: string;
}

/**
 * Charges `cost` points to `key`. When the budget is spent: RATE_LIMITED, HTTP 429, `Retry-After`.
 */
export async function charge(rateLimiter: RateLimiter, options: RateLimitOptions, key: string, cost: number): Promise<Budget> {
  const window = options.windowSeconds ?? 60;
  try {
    const state = await rateLimiter.limiter.consume(key, cost);
    return {
      budget: options.points,
      remaining: state.remainingPoints,
      resetAt: new Date(Date.now() + state.msBeforeNext).toISOString(),
    };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new DossierError(
      ErrorCode.RATE_LIMITED,
      cost > options.points
        ? `The operation costs ${cost}, more than the ${options.points} points a client may spend per ${window} s; ask for less.`
        : `The rate limit is spent: ${options.points} points per ${window} s, and this operation costs ${cost}. Retry after ${retryAfter} s.`,
      { retryAfter, cost, limit: options.points, http: { status: 429, headers: new Map([["retry-after", String(retryAfter)]]) } },
    );
  }
}
