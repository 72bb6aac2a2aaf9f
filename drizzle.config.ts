import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every module's tables: a new module's schema file is found without editing this file.
  schema: './src/modules/*/*.schema.ts',
  out: './drizzle',
  casing: 'snake_case',
  // The application role is created by the migration runner (src/db/migrate.ts), not here.
  entities: { roles: false },
});
