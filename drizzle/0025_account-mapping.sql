CREATE TABLE "account_mapping_private_matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"submitted" integer NOT NULL,
	"vendor_values" integer NOT NULL,
	"revealed" integer,
	"revealed_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_mapping_private_matches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "account_mapping_sharing" (
	"partner_id" uuid NOT NULL,
	"side" text NOT NULL,
	"population" text NOT NULL,
	"level" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	CONSTRAINT "account_mapping_sharing_partner_id_side_population_pk" PRIMARY KEY("partner_id","side","population"),
	CONSTRAINT "account_mapping_sharing_level" CHECK ("account_mapping_sharing"."level" in ('full', 'overlap', 'counts', 'hidden'))
);
--> statement-breakpoint
ALTER TABLE "account_mapping_sharing" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "partner_mapping_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"population" text NOT NULL,
	"name" text NOT NULL,
	"domain" text,
	"name_key" text NOT NULL,
	"domain_key" text,
	"industry" text,
	"country" text,
	"source" text DEFAULT 'upload' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_mapping_accounts_population" CHECK ("partner_mapping_accounts"."population" in ('customer', 'prospect', 'opportunity'))
);
--> statement-breakpoint
ALTER TABLE "partner_mapping_accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "vendor_mapping_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"population" text NOT NULL,
	"name" text NOT NULL,
	"domain" text,
	"name_key" text NOT NULL,
	"domain_key" text,
	"industry" text,
	"country" text,
	"source" text DEFAULT 'upload' NOT NULL,
	"external_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vendor_mapping_accounts_population" CHECK ("vendor_mapping_accounts"."population" in ('customer', 'prospect', 'opportunity'))
);
--> statement-breakpoint
ALTER TABLE "vendor_mapping_accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "account_mapping_private_matches" ADD CONSTRAINT "account_mapping_private_matches_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_mapping_private_matches" ADD CONSTRAINT "account_mapping_private_matches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_mapping_sharing" ADD CONSTRAINT "account_mapping_sharing_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_mapping_sharing" ADD CONSTRAINT "account_mapping_sharing_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_mapping_accounts" ADD CONSTRAINT "partner_mapping_accounts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_mapping_private_matches_partner_idx" ON "account_mapping_private_matches" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "partner_mapping_accounts_domain_idx" ON "partner_mapping_accounts" USING btree ("domain_key","partner_id");--> statement-breakpoint
CREATE INDEX "partner_mapping_accounts_name_idx" ON "partner_mapping_accounts" USING btree ("name_key","partner_id");--> statement-breakpoint
CREATE INDEX "partner_mapping_accounts_list_idx" ON "partner_mapping_accounts" USING btree ("partner_id","population","name_key","id");--> statement-breakpoint
CREATE INDEX "vendor_mapping_accounts_domain_idx" ON "vendor_mapping_accounts" USING btree ("domain_key","population");--> statement-breakpoint
CREATE INDEX "vendor_mapping_accounts_name_idx" ON "vendor_mapping_accounts" USING btree ("name_key","population");--> statement-breakpoint
CREATE INDEX "vendor_mapping_accounts_list_idx" ON "vendor_mapping_accounts" USING btree ("population","name_key","id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_mapping_accounts_external_unique" ON "vendor_mapping_accounts" USING btree ("source","external_id");--> statement-breakpoint
CREATE POLICY "staff_all" ON "account_mapping_private_matches" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "account_mapping_private_matches" AS PERMISSIVE FOR ALL TO "consort_app" USING ("account_mapping_private_matches"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("account_mapping_private_matches"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "account_mapping_sharing" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "account_mapping_sharing" AS PERMISSIVE FOR ALL TO "consort_app" USING ("account_mapping_sharing"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("account_mapping_sharing"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "partner_mapping_accounts" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "partner_mapping_accounts" AS PERMISSIVE FOR ALL TO "consort_app" USING ("partner_mapping_accounts"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("partner_mapping_accounts"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "vendor_mapping_accounts" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
-- Account mapping (docs/decisions/0195–0199), written by hand below the generated part.
-- The vendor's list is vendor-only under row-level security; a partner-side transaction reaches
-- it only through these SECURITY DEFINER functions, which apply the vendor's sharing choices for
-- that partner themselves (no row: hidden), so nothing outside a granted population can leave
-- the database for a partner, whatever the service asks. A staff transaction (role
-- consort_staff, no partner) gets every row; the service then applies the partner's choices.
CREATE FUNCTION account_mapping_vendor_level(p_partner_id uuid, p_population text)
RETURNS text
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT CASE
    WHEN current_setting('role', true) = 'consort_staff' AND nullif(current_setting('consort.partner_id', true), '') IS NULL THEN 'staff'
    WHEN nullif(current_setting('consort.partner_id', true), '')::uuid IS DISTINCT FROM p_partner_id THEN 'hidden'
    ELSE coalesce((SELECT s.level FROM account_mapping_sharing s
                    WHERE s.partner_id = p_partner_id AND s.side = 'vendor' AND s.population = p_population), 'hidden')
  END
$$;
--> statement-breakpoint
-- The overlap of one partner's list with the vendor's: equal normalised domains, or equal
-- normalised names where either account has no domain. Two equi-joins on indexed keys (hash or
-- merge joins at scale, no per-row work outside the database); `match_key` is what matched.
-- For a partner caller: only vendor populations shared at least as counts; the vendor account's
-- name and domain only where shared at least as overlap.
CREATE FUNCTION account_mapping_pairs(p_partner_id uuid)
RETURNS TABLE (vendor_account_id uuid, partner_account_id uuid, vendor_population text, partner_population text,
               match_key text, vendor_name text, vendor_domain text)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH lv AS (
    SELECT pop, account_mapping_vendor_level(p_partner_id, pop) AS level
      FROM unnest(ARRAY['customer', 'prospect', 'opportunity']) AS pop
  ), matched AS (
    SELECT v.id AS vid, p.id AS pid, v.population AS vpop, p.population AS ppop, p.domain_key AS mkey, v.name AS vname, v.domain AS vdomain
      FROM partner_mapping_accounts p
      JOIN vendor_mapping_accounts v ON v.domain_key = p.domain_key
     WHERE p.partner_id = p_partner_id AND p.domain_key IS NOT NULL
    UNION ALL
    SELECT v.id, p.id, v.population, p.population, 'name:' || p.name_key, v.name, v.domain
      FROM partner_mapping_accounts p
      JOIN vendor_mapping_accounts v ON v.name_key = p.name_key
     WHERE p.partner_id = p_partner_id AND (p.domain_key IS NULL OR v.domain_key IS NULL)
  )
  SELECT m.vid, m.pid, m.vpop, m.ppop, m.mkey,
         CASE WHEN lv.level IN ('staff', 'full', 'overlap') THEN m.vname END,
         CASE WHEN lv.level IN ('staff', 'full', 'overlap') THEN m.vdomain END
    FROM matched m JOIN lv ON lv.pop = m.vpop
   WHERE lv.level <> 'hidden'
$$;
--> statement-breakpoint
-- How many accounts the vendor lists per population, as far as the caller may know.
CREATE FUNCTION account_mapping_vendor_totals(p_partner_id uuid)
RETURNS TABLE (population text, accounts bigint)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH lv AS (
    SELECT pop, account_mapping_vendor_level(p_partner_id, pop) AS level
      FROM unnest(ARRAY['customer', 'prospect', 'opportunity']) AS pop
  )
  SELECT v.population, count(*)
    FROM vendor_mapping_accounts v JOIN lv ON lv.pop = v.population
   WHERE lv.level <> 'hidden'
   GROUP BY v.population
$$;
--> statement-breakpoint
-- A page of the vendor's list of one population, by (name key, id): for a partner caller only
-- when the vendor shares that population in full.
CREATE FUNCTION account_mapping_vendor_accounts(p_partner_id uuid, p_population text, p_after_key text, p_after_id uuid, p_limit integer)
RETURNS TABLE (id uuid, population text, name text, domain text, industry text, country text, name_key text)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT v.id, v.population, v.name, v.domain, v.industry, v.country, v.name_key
    FROM vendor_mapping_accounts v
   WHERE v.population = p_population
     AND account_mapping_vendor_level(p_partner_id, p_population) IN ('staff', 'full')
     AND (p_after_key IS NULL OR (v.name_key, v.id) > (p_after_key, p_after_id))
   ORDER BY v.name_key, v.id
   LIMIT p_limit
$$;
--> statement-breakpoint
-- The vendor's domain keys a private match runs against (populations shared at least as
-- overlap), or those of them among p_keys (a reveal is checked against them).
CREATE FUNCTION account_mapping_vendor_keys(p_partner_id uuid, p_keys text[])
RETURNS TABLE (domain_key text, population text)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH lv AS (
    SELECT pop, account_mapping_vendor_level(p_partner_id, pop) AS level,
           coalesce((SELECT s.level FROM account_mapping_sharing s
                      WHERE s.partner_id = p_partner_id AND s.side = 'vendor' AND s.population = pop), 'hidden') AS shared
      FROM unnest(ARRAY['customer', 'prospect', 'opportunity']) AS pop
  )
  SELECT DISTINCT v.domain_key, v.population
    FROM vendor_mapping_accounts v JOIN lv ON lv.pop = v.population
   WHERE v.domain_key IS NOT NULL
     AND (p_keys IS NULL OR v.domain_key = ANY (p_keys))
     AND lv.shared IN ('full', 'overlap') AND lv.level <> 'hidden'
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION account_mapping_vendor_level(uuid, text) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION account_mapping_pairs(uuid) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION account_mapping_vendor_totals(uuid) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION account_mapping_vendor_accounts(uuid, text, text, uuid, integer) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION account_mapping_vendor_keys(uuid, text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION account_mapping_vendor_level(uuid, text) TO consort_app, consort_staff;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION account_mapping_pairs(uuid) TO consort_app, consort_staff;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION account_mapping_vendor_totals(uuid) TO consort_app, consort_staff;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION account_mapping_vendor_accounts(uuid, text, text, uuid, integer) TO consort_app, consort_staff;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION account_mapping_vendor_keys(uuid, text[]) TO consort_app, consort_staff;
