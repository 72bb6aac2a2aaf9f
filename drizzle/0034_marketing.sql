CREATE TABLE "marketing_audiences" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketing_audiences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "marketing_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"audience_id" uuid NOT NULL,
	"email" text NOT NULL,
	"first_name" text DEFAULT '' NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"company" text DEFAULT '' NOT NULL,
	"consent" text DEFAULT 'subscribed' NOT NULL,
	"unsubscribed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketing_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "marketing_kits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"program_id" uuid,
	"tier_ids" uuid[] DEFAULT '{}' NOT NULL,
	"steps" jsonb NOT NULL,
	"landing" jsonb NOT NULL,
	"approved_at" timestamp (3) with time zone,
	"approved_by_id" uuid,
	"retired_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketing_launches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"kit_id" uuid NOT NULL,
	"audience_id" uuid,
	"name" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"content" jsonb NOT NULL,
	"landing_token" text NOT NULL,
	"landing_visits" integer DEFAULT 0 NOT NULL,
	"launched_by_id" uuid,
	"launched_at" timestamp (3) with time zone NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketing_launches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "marketing_leads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"launch_id" uuid NOT NULL,
	"lead_id" uuid,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"company" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketing_leads" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "marketing_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"launch_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"skip_reason" text,
	"mail_id" uuid,
	"sent_at" timestamp (3) with time zone,
	"opened_at" timestamp (3) with time zone,
	"opens" integer DEFAULT 0 NOT NULL,
	"clicked_at" timestamp (3) with time zone,
	"clicks" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketing_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "marketing_suppressions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid,
	"email" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketing_suppressions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "marketing_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketing_throttle" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "from_name" text;--> statement-breakpoint
ALTER TABLE "marketing_audiences" ADD CONSTRAINT "marketing_audiences_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_audiences" ADD CONSTRAINT "marketing_audiences_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_contacts" ADD CONSTRAINT "marketing_contacts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_contacts" ADD CONSTRAINT "marketing_contacts_audience_id_marketing_audiences_id_fk" FOREIGN KEY ("audience_id") REFERENCES "public"."marketing_audiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_kits" ADD CONSTRAINT "marketing_kits_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_kits" ADD CONSTRAINT "marketing_kits_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_kits" ADD CONSTRAINT "marketing_kits_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_launches" ADD CONSTRAINT "marketing_launches_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_launches" ADD CONSTRAINT "marketing_launches_kit_id_marketing_kits_id_fk" FOREIGN KEY ("kit_id") REFERENCES "public"."marketing_kits"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_launches" ADD CONSTRAINT "marketing_launches_audience_id_marketing_audiences_id_fk" FOREIGN KEY ("audience_id") REFERENCES "public"."marketing_audiences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_launches" ADD CONSTRAINT "marketing_launches_launched_by_id_users_id_fk" FOREIGN KEY ("launched_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_leads" ADD CONSTRAINT "marketing_leads_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_leads" ADD CONSTRAINT "marketing_leads_launch_id_marketing_launches_id_fk" FOREIGN KEY ("launch_id") REFERENCES "public"."marketing_launches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_leads" ADD CONSTRAINT "marketing_leads_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_messages" ADD CONSTRAINT "marketing_messages_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_messages" ADD CONSTRAINT "marketing_messages_launch_id_marketing_launches_id_fk" FOREIGN KEY ("launch_id") REFERENCES "public"."marketing_launches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_messages" ADD CONSTRAINT "marketing_messages_contact_id_marketing_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."marketing_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_suppressions" ADD CONSTRAINT "marketing_suppressions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_suppressions" ADD CONSTRAINT "marketing_suppressions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_audiences_name_unique" ON "marketing_audiences" USING btree ("partner_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_contacts_email_unique" ON "marketing_contacts" USING btree ("audience_id","email");--> statement-breakpoint
CREATE INDEX "marketing_contacts_partner_email_idx" ON "marketing_contacts" USING btree ("partner_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_kits_name_unique" ON "marketing_kits" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "marketing_kits_status_idx" ON "marketing_kits" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_launches_token_unique" ON "marketing_launches" USING btree ("landing_token");--> statement-breakpoint
CREATE INDEX "marketing_launches_partner_idx" ON "marketing_launches" USING btree ("partner_id","launched_at");--> statement-breakpoint
CREATE INDEX "marketing_launches_kit_idx" ON "marketing_launches" USING btree ("kit_id");--> statement-breakpoint
CREATE INDEX "marketing_leads_partner_idx" ON "marketing_leads" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "marketing_leads_launch_idx" ON "marketing_leads" USING btree ("launch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_messages_unique" ON "marketing_messages" USING btree ("launch_id","contact_id","step");--> statement-breakpoint
CREATE INDEX "marketing_messages_due_idx" ON "marketing_messages" USING btree ("status","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_suppressions_unique" ON "marketing_suppressions" USING btree (coalesce("partner_id", '00000000-0000-0000-0000-000000000000'::uuid),"email");--> statement-breakpoint
CREATE POLICY "staff_all" ON "marketing_audiences" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "marketing_audiences" AS PERMISSIVE FOR ALL TO "consort_app" USING ("marketing_audiences"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("marketing_audiences"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "marketing_contacts" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "marketing_contacts" AS PERMISSIVE FOR ALL TO "consort_app" USING ("marketing_contacts"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("marketing_contacts"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "marketing_launches" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "marketing_launches" AS PERMISSIVE FOR ALL TO "consort_app" USING ("marketing_launches"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("marketing_launches"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "marketing_leads" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "marketing_leads" AS PERMISSIVE FOR ALL TO "consort_app" USING ("marketing_leads"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("marketing_leads"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "marketing_messages" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "marketing_messages" AS PERMISSIVE FOR ALL TO "consort_app" USING ("marketing_messages"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("marketing_messages"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "marketing_suppressions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "marketing_suppressions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("marketing_suppressions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("marketing_suppressions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "marketing_throttle" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
-- Hand-written: the key that signs campaign links (open pixel, clicks, unsubscribe), like 0012's.
INSERT INTO "signing_keys" ("name", "secret") VALUES ('marketing', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
