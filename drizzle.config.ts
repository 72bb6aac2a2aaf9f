import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  casing: 'snake_case',
  // The application role is created by the migration runner (src/db/migrate.ts), not here.
  entities: { roles: false },
});
