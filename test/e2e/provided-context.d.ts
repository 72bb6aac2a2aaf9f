import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the suite's Consort server (demo data, built web app) listens, e.g. http://127.0.0.1:41234. */
    baseUrl: string;
    /** Where the test SMTP server the app sends to saves each message (one JSON file each). */
    mailDir: string;
    /** The output of the server's process (support/server.ts), shown when it never became ready. */
    serverLog: string;
  }
}
