CREATE TABLE "domain_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"partner_id" uuid,
	"actor_id" uuid,
	"changed_fields" text[] DEFAULT '{}' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_id" text DEFAULT '' NOT NULL,
	"occurred_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "domain_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "domain_events_occurred_idx" ON "domain_events" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "domain_events_entity_idx" ON "domain_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "domain_events_name_idx" ON "domain_events" USING btree ("name","occurred_at");--> statement-breakpoint
CREATE POLICY "staff_all" ON "domain_events" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "domain_events" AS PERMISSIVE FOR ALL TO "consort_app" USING ("domain_events"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("domain_events"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);