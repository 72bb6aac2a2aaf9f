/**
 * Progress for long steps. On a terminal, one bar redrawn in place; otherwise (CI, a test piping
 * the output) a plain line at each quarter, so logs stay readable and short.
 */
export type Progress = { tick(done: number): void; done(): void };

const WIDTH = 30;

const CLEAR_LINE = '\r\x1b[2K';

export function log(message: string): void {
  process.stderr.write(`${process.stderr.isTTY ? CLEAR_LINE : ''}${message}\n`);
}

/** A transient line on a terminal (what is running now), replaced by the next log line. */
export function status(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${CLEAR_LINE}${message}`);
}

export function progress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
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
      while (nextQuarter <= 4 && done >= (total * nextQuarter) / 4) {
        if (nextQuarter < 4) stream.write(`  ${label}: ${done}/${total} (${nextQuarter * 25}%)\n`);
        nextQuarter += 1;
      }
    },
    done() {
      if (interactive) stream.write('\n');
      else stream.write(`  ${label}: ${total}/${total} in ${seconds()} s\n`);
    },
  };
}
