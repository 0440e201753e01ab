import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { ConfigError, loadConfig, PROJECT_ROOT } from "../../src/config";

const run = promisify(execFile);

/**
 * The heap a process reaches while it keeps about 40 MB live and replaces another 20 MB again and
 * again, long-lived enough to reach the old generation (as a page of rows does while the database
 * answers), after `setHeapGrowth(percent)`.
 */
async function peakHeapMb(percent: number): Promise<number> {
  const script = `
    require(${JSON.stringify(path.join(PROJECT_ROOT, "dist", "server", "memory.js"))}).setHeapGrowth(${percent});
    const live = Array.from({ length: 400000 }, (_, i) => ({ i, text: "live " + i }));
    let batch = [], peak = 0;
    for (let round = 0; round < 60; round++) {
      const next = [];
      for (let i = 0; i < 200000; i++) next.push({ i, round, text: "row " + i });
      batch = next;
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(Math.round(peak / 1048576), live.length + batch.length);`;
  const { stdout } = await run(process.execPath, ["-e", script]);
  return Number(stdout.split(" ")[0]);
}

describe("heap growth", () => {
  it("is 100% by default (HEAP_GROWING_PERCENT), 0 leaving it to V8, and refuses what is not a whole number", () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(100);
    expect(loadConfig({ HEAP_GROWING_PERCENT: "0" }).heapGrowingPercent).toBe(0);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: "-1" })).toThrow(ConfigError);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: "lots" })).toThrow('HEAP_GROWING_PERCENT "lots" must be a whole number');
  });

  it("keeps the heap well below where V8 alone lets it grow", async () => {
    const [bounded, v8Default] = await Promise.all([peakHeapMb(100), peakHeapMb(0)]);
    expect(bounded).toBeLessThan(v8Default * 0.8);
  }, 60_000);
});
