/** @module Progress of a long run: a bar with counts, rate and errors on a terminal, plain log lines elsewhere. */

export type ProgressSink = { readonly write: (chunk: string) => void; readonly isTTY: boolean };

export type Progress = {
  /** One item finished. */
  tick(failed: boolean): void;
  /** Prints the final line. */
  done(): void;
};

/** A progress reporter; `total` may be unknown (null) while files are still being listed. */
export function createProgress(
  label: string,
  total: number | null,
  sink: ProgressSink,
  now = () => Date.now(),
): Progress {
  const started = now();
  let count = 0;
  let errors = 0;
  let lastDraw = 0;
  const line = (): string => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = (count / seconds).toFixed(1);
    const of = total === null ? `${count}` : `${count}/${total}`;
    const bar = total ? `${renderBar(count / total)} ` : "";
    return `${label} ${bar}${of} files, ${rate}/s, ${errors} error${errors === 1 ? "" : "s"}`;
  };
  return {
    tick(failed) {
      count++;
      if (failed) errors++;
      const t = now();
      if (sink.isTTY) {
        if (t - lastDraw >= 100 || count === total) {
          sink.write(`\r\x1b[2K${line()}`);
          lastDraw = t;
        }
      } else if (count % 100 === 0) sink.write(`${line()}\n`);
    },
    done() {
      sink.write(sink.isTTY ? `\r\x1b[2K${line()}\n` : `${line()}\n`);
    },
  };
}

function renderBar(fraction: number, width = 24): string {
  const filled = Math.round(Math.min(Math.max(fraction, 0), 1) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}
