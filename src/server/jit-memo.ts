/**
 * graphql-jit 0.8.7 keeps, for the life of the process, memos keyed by objects that every
 * compilation makes anew (the field paths it joins into code), so each new document compiled grew
 * the heap for good; 0.8.9 fixed that (graphql-jit #288) but allocates on every leaf of every answer
 * (compiled-execution.ts says why the hub runs 0.8.7). graphql-jit makes its memos with
 * lodash.memoize, whose caches are made by `memoize.Cache` when a memoized function is made, so
 * this module, loaded before graphql-jit, gives them a cache that forgets everything past a bound:
 * a forgotten entry is computed again, the answer the same. Only graphql-jit uses lodash.memoize in
 * production; test/architecture/library-internals.test.ts checks that, and fails on a graphql-jit
 * upgrade (0.8.9 and later bound their memos themselves: this file can then go).
 */
import memoize from "lodash.memoize";

/** Entries a memo keeps before it starts again from empty. */
export const MEMO_LIMIT = 10_000;

/** A Map that empties itself when it reaches `MEMO_LIMIT` entries. */
export class BoundedMemoCache<K, V> extends Map<K, V> {
  override set(key: K, value: V): this {
    if (this.size >= MEMO_LIMIT && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

memoize.Cache = BoundedMemoCache;
