import type { Pool } from "mysql2";

/*
 * The one place that reads past mysql2's public API, checked by
 * test/architecture/library-internals.test.ts, which fails on an upgrade that moves it: mysql2's
 * pool keeps its connections in `_allConnections`, `_freeConnections` and `_connectionQueue`,
 * which /metrics reads as gauges. (The pool's events cannot give them: a waiting request handed a
 * released connection raises none.)
 */

/** How many connections a pool has open, how many are idle, how many requests wait for one, and its limit. */
export interface PoolFigures {
  total: number;
  free: number;
  queued: number;
  limit: number;
}

interface PoolInternals {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

/** A mysql2 pool's figures. */
export function poolFigures(pool: Pool): PoolFigures {
  const internals = pool as unknown as PoolInternals;
  return {
    total: internals._allConnections?.length ?? 0,
    free: internals._freeConnections?.length ?? 0,
    queued: internals._connectionQueue?.length ?? 0,
    limit: internals.config?.connectionLimit ?? 0,
  };
}
