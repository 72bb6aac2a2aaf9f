import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const api = process.env.CONSORT_API_URL ?? 'http://127.0.0.1:3000';

/**
 * The SPA is built into dist/web, which the Fastify server serves (index.html for every non-API
 * path, with the CSP nonce inserted). In development, `vite --config web/vite.config.ts` proxies
 * the API to a running server.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(webRoot, '../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
});
