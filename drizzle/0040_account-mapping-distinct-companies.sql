-- Account mapping counts companies, not rows (decision 0225). The vendor's list holds the same
-- company twice when an uploaded CRM row and the pipeline (syncVendorAccounts) both name it, and a
-- partner account with a domain could match one vendor row by domain and another (without a
-- domain) by name: it was counted twice under two match keys. `company_key` is the partner
-- account's own identity (its domain key, else its name key), whichever vendor row it matched;
-- `match_key` still says what matched. Vendor totals count distinct companies: a domain, or a
-- name no row of the same population knows a domain for.
DROP FUNCTION account_mapping_pairs(uuid);
--> statement-breakpoint
CREATE FUNCTION account_mapping_pairs(p_partner_id uuid)
RETURNS TABLE (vendor_account_id uuid, partner_account_id uuid, vendor_population text, partner_population text,
               match_key text, vendor_name text, vendor_domain text, company_key text)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH lv AS (
    SELECT pop, account_mapping_vendor_level(p_partner_id, pop) AS level
      FROM unnest(ARRAY['customer', 'prospect', 'opportunity']) AS pop
  ), matched AS (
    SELECT v.id AS vid, p.id AS pid, v.population AS vpop, p.population AS ppop, p.domain_key AS mkey, v.name AS vname,
           v.domain AS vdomain, p.domain_key AS ckey
      FROM partner_mapping_accounts p
      JOIN vendor_mapping_accounts v ON v.domain_key = p.domain_key
     WHERE p.partner_id = p_partner_id AND p.domain_key IS NOT NULL
    UNION ALL
    SELECT v.id, p.id, v.population, p.population, 'name:' || p.name_key, v.name, v.domain,
           coalesce(p.domain_key, 'name:' || p.name_key)
      FROM partner_mapping_accounts p
      JOIN vendor_mapping_accounts v ON v.name_key = p.name_key
     WHERE p.partner_id = p_partner_id AND (p.domain_key IS NULL OR v.domain_key IS NULL)
  )
  SELECT m.vid, m.pid, m.vpop, m.ppop, m.mkey,
         CASE WHEN lv.level IN ('staff', 'full', 'overlap') THEN m.vname END,
         CASE WHEN lv.level IN ('staff', 'full', 'overlap') THEN m.vdomain END,
         m.ckey
    FROM matched m JOIN lv ON lv.pop = m.vpop
   WHERE lv.level <> 'hidden'
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION account_mapping_pairs(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION account_mapping_pairs(uuid) TO consort_app, consort_staff;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION account_mapping_vendor_totals(p_partner_id uuid)
RETURNS TABLE (population text, accounts bigint)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH lv AS (
    SELECT pop, account_mapping_vendor_level(p_partner_id, pop) AS level
      FROM unnest(ARRAY['customer', 'prospect', 'opportunity']) AS pop
  )
  SELECT v.population,
         count(DISTINCT v.domain_key) + count(DISTINCT v.name_key) FILTER (
           WHERE v.domain_key IS NULL AND NOT EXISTS (
             SELECT 1 FROM vendor_mapping_accounts w
              WHERE w.population = v.population AND w.name_key = v.name_key AND w.domain_key IS NOT NULL))
    FROM vendor_mapping_accounts v JOIN lv ON lv.pop = v.population
   WHERE lv.level <> 'hidden'
   GROUP BY v.population
$$;
--> statement-breakpoint
-- The key the server's per-run secret of a private match is derived from (decision 0226): every
-- chunk of one run is blinded alike, and no secret is stored.
INSERT INTO "signing_keys" ("name", "secret") VALUES ('private-match', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
