CREATE TABLE "alliance_alert_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"review_within_days" integer DEFAULT 120 NOT NULL,
	"max_asymmetry" integer DEFAULT 25 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliance_alert_settings_singleton" CHECK ("alliance_alert_settings"."id" = 1),
	CONSTRAINT "alliance_alert_settings_review_days" CHECK ("alliance_alert_settings"."review_within_days" BETWEEN 7 AND 730),
	CONSTRAINT "alliance_alert_settings_asymmetry" CHECK ("alliance_alert_settings"."max_asymmetry" BETWEEN 0 AND 100)
);
--> statement-breakpoint
ALTER TABLE "alliance_alert_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "staff_all" ON "alliance_alert_settings" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);