import v8 from "node:v8";

/**
 * Sets how far V8 lets the heap grow past what the last full collection kept before it collects
 * again: `percent` 100 means twice the live data. V8's own choice (0 here) goes up to four times
 * on a machine with much memory, so a hub that keeps some 60 MB live under the nested Q3 load
 * peaked at 305–395 MB, most of it garbage waiting for a collection; at 100 it peaks near 220 MB
 * (at 50 near 190 MB, but with a visible cost in throughput; bench/README.md). V8 reads the
 * setting at every collection, so setting it once at startup is enough.
 */
export function setHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
