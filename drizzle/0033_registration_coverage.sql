ALTER TABLE "deal_registrations" ADD COLUMN "customer_country" text;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD COLUMN "customer_region" text;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD COLUMN "customer_industry" text;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD COLUMN "customer_size" text;--> statement-breakpoint
-- Hand-written (decision 0222): the coverage model as the rule needs it, for any caller. A partner
-- registering a deal has its motion checked, but the vendor's segments stay vendor-only tables:
-- this answers the segments and the default motion (one row with NULL segment columns when there
-- are none), nothing else.
CREATE OR REPLACE FUNCTION coverage_model()
RETURNS TABLE (id uuid, name text, countries text[], regions text[], industries text[], sizes text[], motion text, default_motion text)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT s.id, s.name, s.countries, s.regions, s.industries, s.sizes, s.motion, d.default_motion
    FROM (SELECT coalesce((SELECT default_motion FROM lead_settings WHERE lead_settings.id = 1), 'hybrid') AS default_motion) d
    LEFT JOIN coverage_segments s ON true
   ORDER BY s.created_at, s.id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION coverage_model() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION coverage_model() TO consort_app, consort_staff;
