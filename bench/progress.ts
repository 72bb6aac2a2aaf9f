/**
 * Progress for long steps. On a terminal, one bar redrawn in place; otherwise (CI, a test piping
 * the output) a plain line when a quarter is passed, with the share really done (a step may pass
 * several quarters at once), so logs stay readable and short.
 */
export type Progress = { tick(done: number): void; done(): void };

/** Where progress goes: stderr, or any stream (a terminal redraws a bar). */
type Output = { write(text: string): unknown; isTTY?: boolean };

const WIDTH = 30;

const CLEAR_LINE = '\r\x1b[2K';

export function log(message: string): void {
  process.stderr.write(`${process.stderr.isTTY ? CLEAR_LINE : ''}${message}\n`);
}

/** A transient line on a terminal (what is running now), replaced by the next log line. */
export function status(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${CLEAR_LINE}${message}`);
}

export function progress(label: string, total: number, stream: Output = process.stderr): Progress {
  const started = Date.now();
  const interactive = Boolean(stream.isTTY);
  let nextQuarter = 1;
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  return {
    tick(done) {
      if (interactive) {
        const filled = Math.round((Math.min(done, total) / total) * WIDTH);
        stream.write(`\r  ${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${seconds()} s`);
        return;
      }
      // The last quarter is the done() line.
      const quarter = Math.floor((Math.min(done, total) * 4) / total);
      if (quarter < nextQuarter || done >= total) return;
      stream.write(`  ${label}: ${done}/${total} (${Math.floor((done * 100) / total)}%)\n`);
      nextQuarter = quarter + 1;
    },
    done() {
      if (interactive) stream.write('\n');
      else stream.write(`  ${label}: ${total}/${total} in ${seconds()} s\n`);
    },
  };
}
