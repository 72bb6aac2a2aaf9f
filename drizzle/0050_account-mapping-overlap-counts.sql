-- The overlap matrix's count path (decision 0208). The pair rule is spelled twice: a change to
-- the matching here must be made in account_mapping_pairs too, and the other way round. The matrix and the total count distinct
-- partner companies per vendor population × partner population; they need neither the vendor
-- row's name nor its company. account_mapping_pairs joins vendor_mapping_account_companies for the
-- latter (a correlated lookup per matched vendor row, for the overlap list's one row per vendor
-- company), so the counts take the same pairs and the same sharing levels here without that join,
-- and count inside the function: nine cells and a total cross its boundary instead of every pair.
-- p_side names the other side's column ('vendor' or 'partner'); the total counts only pairs whose
-- other-side population is in p_countable (the populations the caller may count).
CREATE FUNCTION account_mapping_overlap_counts(p_partner_id uuid, p_side text, p_countable text[])
RETURNS TABLE (vendor_population text, partner_population text, companies integer)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH lv AS (
    SELECT pop, account_mapping_vendor_level(p_partner_id, pop) AS level
      FROM unnest(ARRAY['customer', 'prospect', 'opportunity']) AS pop
  ), matched AS (
    SELECT v.population AS vpop, p.population AS ppop, p.domain_key AS ckey
      FROM partner_mapping_accounts p
      JOIN vendor_mapping_accounts v ON v.domain_key = p.domain_key
     WHERE p.partner_id = p_partner_id AND p.domain_key IS NOT NULL
    UNION ALL
    SELECT v.population, p.population, coalesce(p.domain_key, 'name:' || p.name_key)
      FROM partner_mapping_accounts p
      JOIN vendor_mapping_accounts v ON v.name_key = p.name_key
     WHERE p.partner_id = p_partner_id AND (p.domain_key IS NULL OR v.domain_key IS NULL)
  ), x AS MATERIALIZED (
    SELECT m.vpop, m.ppop, m.ckey FROM matched m JOIN lv ON lv.pop = m.vpop WHERE lv.level <> 'hidden'
  )
  SELECT vpop, ppop, count(DISTINCT ckey)::int FROM x GROUP BY 1, 2
  UNION ALL
  SELECT NULL, NULL, count(DISTINCT ckey)::int FROM x
   WHERE (CASE WHEN p_side = 'vendor' THEN vpop ELSE ppop END) = ANY (p_countable)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION account_mapping_overlap_counts(uuid, text, text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION account_mapping_overlap_counts(uuid, text, text[]) TO consort_app, consort_staff;
