-- Trigram matching for partner search (`q`, a substring of name or legal name). pg_trgm is a
-- trusted extension since PostgreSQL 13, so a database owner who is not a superuser may create
-- it; PGlite loads it in its worker (src/db/pglite-worker.mjs) before this runs.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
