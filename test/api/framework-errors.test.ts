import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { createTestApp, type TestApp } from '../support/harness.js';

/**
 * Answers that Fastify and Node's HTTP parser give before any route or error handler of ours
 * runs must be RFC 9457 problem+json too, with a request id. Most come through `app.inject`;
 * the parser's (431, a request line too long, bad HTTP) and the 503 while stopping only happen on
 * a real socket, so those use a listening server and raw bytes.
 */
let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as net.AddressInfo).port;
});
afterAll(async () => t?.close());

type RawResponse = { status: number; headers: Record<string, string>; body: string };

/** Sends bytes as they are and reads the answer until the server closes or ends it. */
function raw(request: string, to = port): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(to, '127.0.0.1');
    let data = '';
    const done = () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      if (!statusLine) return reject(new Error('no answer'));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    };
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      data += chunk;
      // One answer is all we want; keep-alive would otherwise hold the socket open.
      const [head] = data.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head ?? '')?.[1];
      if (length && data.length >= (head?.length ?? 0) + 4 + Number(length)) socket.end();
    });
    socket.on('end', done);
    socket.on('close', done);
    // A server refusing a request it did not read to the end may reset the connection after
    // its answer; what arrived before still counts.
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' && data ? done() : reject(error)));
    socket.write(request);
  });
}

type Answer = { status?: number; statusCode?: number; headers: Record<string, unknown>; body: unknown };

function expectProblem(res: Answer, status: number, code: string) {
  expect(res.status ?? res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const body = (typeof res.body === 'string' ? JSON.parse(res.body) : res.body) as Record<string, unknown>;
  expect(body).toMatchObject({ status, code, type: expect.stringContaining('https://consort.dev/problems/') });
  expect(body.title).toEqual(expect.any(String));
  expect(body.requestId).toEqual(expect.any(String));
  expect(res.headers['x-request-id']).toBe(body.requestId);
}

describe('errors Fastify answers itself are problem+json', () => {
  it('a path parameter longer than the router allows: 414', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/partners/${'a'.repeat(500)}` });
    expectProblem(res, 414, 'URI_TOO_LONG');
  });

  it('a path parameter that is not valid percent-encoding: 400', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/partners/%E0%A4%A' });
    expectProblem(res, 400, 'BAD_REQUEST');
  });

  it('bodies: not JSON, empty JSON, too large, another content type', async () => {
    const post = (payload: string, type: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': type }, payload });
    expectProblem(await post('{"email": ', 'application/json'), 400, 'BAD_REQUEST');
    expectProblem(await post('', 'application/json'), 400, 'BAD_REQUEST');
    expectProblem(
      await post(JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024) }), 'application/json'),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectProblem(await post('email=x', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});

describe("errors Node's HTTP parser finds are problem+json", () => {
  it('header fields too large: 431', async () => {
    const res = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expectProblem(res, 431, 'HEADER_FIELDS_TOO_LARGE');
  });

  it('a request line too long: 414', async () => {
    const res = await raw(`GET /api/v1/partners?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expectProblem(res, 414, 'URI_TOO_LONG');
  });

  it('bytes that are not HTTP: 400', async () => {
    const res = await raw('HELLO THERE\r\n\r\n');
    expectProblem(res, 400, 'BAD_REQUEST');
  });
});

describe('while stopping', () => {
  it('a request that arrives as the server drains gets a 503 problem', async () => {
    const app = await buildApp({ config: t.config, database: t.database, logger: false });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Holds the stop between "closing" and closing the listening socket, as in-flight requests do.
    app.addHook('preClose', async () => held);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const stopping = app.close();
    try {
      const res = await raw('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', (app.server.address() as net.AddressInfo).port);
      expectProblem(res, 503, 'SERVICE_UNAVAILABLE');
      expect(res.headers.connection).toBe('close');
    } finally {
      release();
      await stopping;
    }
  });
});
