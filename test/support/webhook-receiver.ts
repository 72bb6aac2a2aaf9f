import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = { path: string; headers: Record<string, string>; body: string; at: number };

/**
 * A real HTTP server on 127.0.0.1 that webhooks are sent to in tests and the bench. Each path
 * answers from its own script of statuses (the last one repeats; 200 when none), and every
 * request is kept.
 */
export type Receiver = {
  url(path: string): string;
  received: Received[];
  on(path: string): Received[];
  /**
   * Answers `statuses` in turn on `path`; a status may carry headers (a redirect's Location) and
   * a delay before the answer (a receiver slower than the sender's timeout).
   */
  script(path: string, statuses: Scripted[]): void;
  /** Resolves when `path` has received `count` requests (or fails after `timeoutMs`). */
  waitFor(path: string, count: number, timeoutMs?: number): Promise<Received[]>;
  /** Calls `listener` for each request as it arrives. */
  listen(listener: (r: Received) => void): () => void;
  close(): Promise<void>;
};

/** One scripted answer: a status, or a status with headers and a delay (ms) before it is sent. */
export type Scripted = number | { status: number; headers?: Record<string, string>; delayMs?: number };

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const scripts = new Map<string, Scripted[]>();
  const listeners = new Set<(r: Received) => void>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const r: Received = { path, headers, body: Buffer.concat(chunks).toString('utf8'), at: performance.now() };
      received.push(r);
      for (const l of listeners) l(r);
      const script = scripts.get(path) ?? [];
      const next = (script.length > 1 ? script.shift() : script[0]) ?? 200;
      const { status, headers: extra = {}, delayMs = 0 } = typeof next === 'number' ? { status: next } : next;
      const answer = () => {
        // The sender may have given up (its timeout) and closed the connection meanwhile.
        if (res.destroyed || res.writableEnded) return;
        res.writeHead(status, { 'content-type': 'text/plain', ...extra });
        res.end(status < 300 ? 'ok' : `answer ${status}`);
      };
      if (delayMs > 0) setTimeout(answer, delayMs).unref();
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const on = (path: string) => received.filter((r) => r.path === path);
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    on,
    script: (path, statuses) => scripts.set(path, [...statuses]),
    async waitFor(path, count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (on(path).length < count) {
        if (Date.now() > deadline) throw new Error(`${path} received ${on(path).length} of ${count} webhooks in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return on(path);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
