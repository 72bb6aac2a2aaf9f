import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const NOT_BUILT = `<!doctype html><html><head><meta charset="utf-8"><title>Consort</title></head>
<body><h1>Consort</h1><p>The web app has not been built. Run <code>npm run build</code> (or <code>npm start</code>, which builds first).</p>
<p>The API is available at <a href="/api/docs">/api/docs</a>.</p></body></html>`;

/**
 * Serves the built React app: hashed assets with a long cache life, and index.html for every
 * other non-API path (client-side routing). index.html carries the request's CSP nonce in a meta
 * tag, which the app hands to Mantine for the style tags it injects (style-src has no
 * 'unsafe-inline').
 */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const indexPath = path.join(webDir, 'index.html');
  const index = fs.existsSync(indexPath) ? fs.readFileSync(indexPath, 'utf8') : null;
  if (index !== null && fs.existsSync(path.join(webDir, 'assets'))) {
    await app.register(fastifyStatic, {
      root: path.join(webDir, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
    });
  }
  const sendIndex = (reply: FastifyReply) => {
    const nonce = (reply as unknown as { cspNonce?: { style: string } }).cspNonce?.style ?? '';
    reply.header('cache-control', 'no-store');
    reply.type('text/html; charset=utf-8');
    if (index === null) return reply.send(NOT_BUILT);
    return reply.send(index.replace('<head>', `<head>\n    <meta name="csp-nonce" content="${nonce}">`));
  };
  for (const file of ['favicon.svg', 'robots.txt']) {
    const full = path.join(webDir, file);
    if (fs.existsSync(full)) {
      const body = fs.readFileSync(full);
      app.get(`/${file}`, { schema: { hide: true }, config: { access: { kind: 'public' } } }, (_req, reply) =>
        reply
          .type(file.endsWith('.svg') ? 'image/svg+xml' : 'text/plain')
          .header('cache-control', 'public, max-age=86400')
          .send(body),
      );
    }
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    const isApi = url.startsWith('/api/') || url === '/api' || url === '/healthz' || url === '/readyz';
    if (request.method === 'GET' && !isApi && !url.startsWith('/assets/')) return sendIndex(reply);
    return reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: 'https://consort.dev/problems/not-found',
        title: 'Not found',
        status: 404,
        detail: `No route ${request.method} ${url}`,
        code: 'NOT_FOUND',
        requestId: String(request.id),
      });
  });
}
