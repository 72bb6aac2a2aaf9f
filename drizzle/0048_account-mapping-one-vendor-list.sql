-- One vendor account list for matching (decision 0205). The vendor's list holds rows of two
-- sources — the CRM upload and the pipeline the opportunities module keeps (decision 0223) — and
-- the pipeline adds a row per open opportunity: the same company several times. A row's company is
-- its normalised domain, else the domain a row of the same population with the same name knows,
-- else its name key (the same identity the totals of decision 0225 count). The views are
-- security_invoker: a caller sees what the row-level security of vendor_mapping_accounts lets it
-- (vendor staff all, a partner nothing); the definer functions below read them as their owner.
CREATE VIEW vendor_mapping_account_companies WITH (security_invoker = true) AS
SELECT v.id, v.population,
       coalesce(v.domain_key,
                (SELECT min(w.domain_key) FROM vendor_mapping_accounts w
                  WHERE w.population = v.population AND w.name_key = v.name_key AND w.domain_key IS NOT NULL),
                'name:' || v.name_key) AS company_key
  FROM vendor_mapping_accounts v;
--> statement-breakpoint
-- A company per population: the pipeline's row speaks first (the record the product keeps
-- current), the upload fills what it lacks; `sources` and `rows` say what was merged.
CREATE VIEW vendor_mapping_companies WITH (security_invoker = true) AS
SELECT (array_agg(v.id ORDER BY v.domain_key IS NULL, v.source = 'upload', v.created_at, v.id))[1] AS id,
       v.population,
       k.company_key,
       (array_agg(v.name ORDER BY v.domain_key IS NULL, v.source = 'upload', v.created_at, v.id))[1] AS name,
       (array_agg(v.name_key ORDER BY v.domain_key IS NULL, v.source = 'upload', v.created_at, v.id))[1] AS name_key,
       (array_agg(v.domain ORDER BY v.source = 'upload', v.created_at, v.id) FILTER (WHERE v.domain IS NOT NULL))[1] AS domain,
       max(v.domain_key) AS domain_key,
       (array_agg(v.industry ORDER BY v.source = 'upload', v.created_at, v.id) FILTER (WHERE v.industry IS NOT NULL))[1] AS industry,
       (array_agg(v.country ORDER BY v.source = 'upload', v.created_at, v.id) FILTER (WHERE v.country IS NOT NULL))[1] AS country,
       array_agg(DISTINCT v.source ORDER BY v.source) AS sources,
       count(*)::int AS rows
  FROM vendor_mapping_accounts v
  JOIN vendor_mapping_account_companies k ON k.id = v.id
 GROUP BY v.population, k.company_key;
--> statement-breakpoint
REVOKE ALL ON vendor_mapping_account_companies, vendor_mapping_companies FROM PUBLIC;
--> statement-breakpoint
GRANT SELECT ON vendor_mapping_account_companies, vendor_mapping_companies TO consort_staff;
--> statement-breakpoint
-- The pairs name the vendor row's company, so the overlap list shows one row per partner account
-- and vendor company (decision 0205), however many of the vendor's rows it matched.
DROP FUNCTION account_mapping_pairs(uuid);
--> statement-breakpoint
CREATE FUNCTION account_mapping_pairs(p_partner_id uuid)
RETURNS TABLE (vendor_account_id uuid, partner_account_id uuid, vendor_population text, partner_population text,
               match_key text, vendor_name text, vendor_domain text, company_key text, vendor_company_key text)
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
         m.ckey,
         k.company_key
    FROM matched m JOIN lv ON lv.pop = m.vpop
    JOIN vendor_mapping_account_companies k ON k.id = m.vid
   WHERE lv.level <> 'hidden'
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION account_mapping_pairs(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION account_mapping_pairs(uuid) TO consort_app, consort_staff;
--> statement-breakpoint
-- The vendor's list as the other side (or its staff) pages it: one row per company.
CREATE OR REPLACE FUNCTION account_mapping_vendor_accounts(p_partner_id uuid, p_population text, p_after_key text, p_after_id uuid, p_limit integer)
RETURNS TABLE (id uuid, population text, name text, domain text, industry text, country text, name_key text)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT v.id, v.population, v.name, v.domain, v.industry, v.country, v.name_key
    FROM vendor_mapping_companies v
   WHERE v.population = p_population
     AND account_mapping_vendor_level(p_partner_id, p_population) IN ('staff', 'full')
     AND (p_after_key IS NULL OR (v.name_key, v.id) > (p_after_key, p_after_id))
   ORDER BY v.name_key, v.id
   LIMIT p_limit
$$;
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
  SELECT k.population, count(DISTINCT k.company_key)
    FROM vendor_mapping_account_companies k JOIN lv ON lv.pop = k.population
   WHERE lv.level <> 'hidden'
   GROUP BY k.population
$$;
