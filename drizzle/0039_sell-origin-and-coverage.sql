ALTER TABLE "deal_registrations" ADD COLUMN "customer_country" text;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD COLUMN "customer_region" text;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD COLUMN "customer_industry" text;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD COLUMN "customer_size" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "source_kind" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "source_id" text;--> statement-breakpoint
ALTER TABLE "referral_submissions" ADD COLUMN "lead_id" uuid;--> statement-breakpoint
CREATE INDEX "leads_source_idx" ON "leads" USING btree ("source_kind","source_id") WHERE source_kind IS NOT NULL;--> statement-breakpoint
-- Hand-written (decision 0221): leads made from submitted referrals before the origin existed
-- named the submission in their notes; record it as their origin, link the submission back and
-- move its status with its lead.
UPDATE "leads" SET "source_kind" = 'referral',
  "source_id" = substring("notes" from 'Submitted as a referral \(([0-9a-f-]{36})\)')
  WHERE "source" = 'referral' AND "source_kind" IS NULL
  AND "notes" ~ 'Submitted as a referral \([0-9a-f-]{36}\)';--> statement-breakpoint
UPDATE "referral_submissions" s SET "lead_id" = l."id",
  "status" = CASE l."status" WHEN 'accepted' THEN 'accepted' WHEN 'converted' THEN 'converted'
    WHEN 'disqualified' THEN 'rejected' ELSE s."status" END
  FROM "leads" l
  WHERE l."source_kind" = 'referral' AND l."source_id" = s."id"::text AND s."lead_id" IS NULL;
--> statement-breakpoint
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
