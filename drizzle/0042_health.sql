CREATE TABLE "health_snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"period" text NOT NULL,
	"as_of" timestamp (3) with time zone NOT NULL,
	"score" integer,
	"status" text,
	"strategic" integer,
	"operational" integer,
	"financial" integer,
	"relationship" integer,
	"alerted_at" timestamp (3) with time zone,
	"taken_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "health_snapshots" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "scorecard_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"cadence" text DEFAULT 'quarter' NOT NULL,
	"applies_to" jsonb DEFAULT '{"motion":null,"programId":null,"tierId":null}'::jsonb NOT NULL,
	"dimensions" jsonb NOT NULL,
	"green" integer DEFAULT 90 NOT NULL,
	"yellow" integer DEFAULT 70 NOT NULL,
	"shared" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecard_templates_thresholds" CHECK ("scorecard_templates"."yellow" <= "scorecard_templates"."green")
);
--> statement-breakpoint
ALTER TABLE "scorecard_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "scorecards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"template_name" text NOT NULL,
	"period" text NOT NULL,
	"as_of" timestamp (3) with time zone NOT NULL,
	"score" real,
	"colour" text,
	"dimensions" jsonb NOT NULL,
	"shared" boolean DEFAULT true NOT NULL,
	"evaluated_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scorecards" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "health_snapshots" ADD CONSTRAINT "health_snapshots_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_template_id_scorecard_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."scorecard_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "health_snapshots_partner_period_key" ON "health_snapshots" USING btree ("partner_id","period");--> statement-breakpoint
CREATE INDEX "health_snapshots_period_idx" ON "health_snapshots" USING btree ("period","status");--> statement-breakpoint
CREATE UNIQUE INDEX "scorecard_templates_name_key" ON "scorecard_templates" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "scorecards_template_partner_period_key" ON "scorecards" USING btree ("template_id","partner_id","period");--> statement-breakpoint
CREATE INDEX "scorecards_partner_idx" ON "scorecards" USING btree ("partner_id","period");--> statement-breakpoint
CREATE POLICY "staff_all" ON "health_snapshots" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "health_snapshots" AS PERMISSIVE FOR ALL TO "consort_app" USING ("health_snapshots"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("health_snapshots"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "scorecard_templates" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "scorecards" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "scorecards" AS PERMISSIVE FOR ALL TO "consort_app" USING ("scorecards"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("scorecards"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
-- Hand-written: the standard partner scorecard every installation starts with (STANDARD_TEMPLATE_ID in health.rules.ts).
INSERT INTO "scorecard_templates" ("id", "name", "description", "cadence", "dimensions", "green", "yellow")
VALUES (
  '5c0ecad0-0000-4000-8000-000000000001',
  'Standard partner scorecard',
  'Revenue, pipeline and capability against quarterly targets. Edit the targets to your programme.',
  'quarter',
  '[{"key":"revenue","label":"Revenue","weight":40,"metrics":[{"metric":"opportunities.won_revenue_t4q","target":25000000,"weight":2,"direction":"higher","green":100,"yellow":70},{"metric":"opportunities.won_deals","target":6,"weight":1,"direction":"higher","green":100,"yellow":60}]},{"key":"pipeline","label":"Pipeline","weight":30,"metrics":[{"metric":"opportunities.joint_pipeline","target":50000000,"weight":2,"direction":"higher","green":100,"yellow":60},{"metric":"deals.active_registrations","target":3,"weight":1,"direction":"higher","green":100,"yellow":60}]},{"key":"capability","label":"Capability","weight":30,"metrics":[{"metric":"enablement.certified_people","target":5,"weight":1,"direction":"higher","green":100,"yellow":60},{"metric":"plans.fulfilment_partner","target":90,"weight":1,"direction":"higher","green":100,"yellow":70}]}]'::jsonb,
  85,
  60
);
