import { SingleBar } from "cli-progress";

/** Counts written records up to a total. */
export interface Progress {
  advance(records: number): void;
  stop(): void;
}

/**
 * A progress bar on standard error when it is a terminal and the job is large enough to wait for;
 * otherwise nothing, so that logs and pipes stay clean.
 */
export function progressBar(
  label: string,
  total: number,
  options: { minimum?: number; stream?: NodeJS.WriteStream } = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY || total < (options.minimum ?? 1000)) return { advance() {}, stop() {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} records | {eta_formatted} left`,
    stream,
    hideCursor: true,
  });
  bar.start(total, 0);
  return {
    advance: (records) => bar.increment(records),
    stop: () => bar.stop(),
  };
}
