CREATE TABLE "business_plan_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"summary" text NOT NULL,
	"actor_id" uuid,
	"actor_side" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "business_plan_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "business_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status_comment" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"proposed_at" timestamp (3) with time zone,
	"approved_at" timestamp (3) with time zone,
	"approved_by_id" uuid,
	"closed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "business_plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plan_commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"side" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"due_date" date NOT NULL,
	"owner_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"completed_by_id" uuid,
	"overdue_notified_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_commitments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "business_plan_versions" ADD CONSTRAINT "business_plan_versions_plan_id_business_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."business_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plan_versions" ADD CONSTRAINT "business_plan_versions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plan_versions" ADD CONSTRAINT "business_plan_versions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plans" ADD CONSTRAINT "business_plans_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plans" ADD CONSTRAINT "business_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plans" ADD CONSTRAINT "business_plans_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_commitments" ADD CONSTRAINT "plan_commitments_plan_id_business_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."business_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_commitments" ADD CONSTRAINT "plan_commitments_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_commitments" ADD CONSTRAINT "plan_commitments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_commitments" ADD CONSTRAINT "plan_commitments_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "business_plan_versions_unique" ON "business_plan_versions" USING btree ("plan_id","version");--> statement-breakpoint
CREATE INDEX "business_plans_partner_idx" ON "business_plans" USING btree ("partner_id","period_start");--> statement-breakpoint
CREATE INDEX "business_plans_status_idx" ON "business_plans" USING btree ("status","period_start");--> statement-breakpoint
CREATE INDEX "business_plans_period_idx" ON "business_plans" USING btree ("period_start","id");--> statement-breakpoint
CREATE INDEX "plan_commitments_plan_idx" ON "plan_commitments" USING btree ("plan_id","due_date");--> statement-breakpoint
CREATE INDEX "plan_commitments_partner_idx" ON "plan_commitments" USING btree ("partner_id","due_date");--> statement-breakpoint
CREATE INDEX "plan_commitments_overdue_idx" ON "plan_commitments" USING btree ("due_date","id") WHERE "plan_commitments"."status" = 'open' and "plan_commitments"."overdue_notified_at" is null;--> statement-breakpoint
CREATE POLICY "staff_all" ON "business_plan_versions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "business_plan_versions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("business_plan_versions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("business_plan_versions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "business_plans" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "business_plans" AS PERMISSIVE FOR ALL TO "consort_app" USING ("business_plans"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("business_plans"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "plan_commitments" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "plan_commitments" AS PERMISSIVE FOR ALL TO "consort_app" USING ("plan_commitments"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("plan_commitments"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);