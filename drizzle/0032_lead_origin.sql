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
