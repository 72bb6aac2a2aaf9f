CREATE TABLE "account_plan_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"side" text NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"completed_by_id" uuid,
	"reminded_for" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_plan_actions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "account_plan_cells" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"unit" text NOT NULL,
	"area" text NOT NULL,
	"status" text NOT NULL,
	"vendor_notes" text DEFAULT '' NOT NULL,
	"partner_notes" text DEFAULT '' NOT NULL,
	"updated_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_plan_cells" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "account_plan_goals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"target_amount" bigint NOT NULL,
	"achieved_amount" bigint DEFAULT 0 NOT NULL,
	"currency" text NOT NULL,
	"target_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_plan_goals_amounts" CHECK ("account_plan_goals"."target_amount" >= 0 and "account_plan_goals"."achieved_amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "account_plan_goals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "account_plan_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"side" text NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_plan_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "account_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"footprint" text DEFAULT '' NOT NULL,
	"vendor_relationships" text DEFAULT '' NOT NULL,
	"partner_relationships" text DEFAULT '' NOT NULL,
	"partner_notes" text DEFAULT '' NOT NULL,
	"business_units" text[] DEFAULT '{}' NOT NULL,
	"solution_areas" text[] DEFAULT '{}' NOT NULL,
	"created_by_id" uuid,
	"activated_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"status_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_plans_period" CHECK ("account_plans"."period_end" >= "account_plans"."period_start")
);
--> statement-breakpoint
ALTER TABLE "account_plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "account_plan_actions" ADD CONSTRAINT "account_plan_actions_plan_id_account_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."account_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_actions" ADD CONSTRAINT "account_plan_actions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_actions" ADD CONSTRAINT "account_plan_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_actions" ADD CONSTRAINT "account_plan_actions_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_cells" ADD CONSTRAINT "account_plan_cells_plan_id_account_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."account_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_cells" ADD CONSTRAINT "account_plan_cells_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_cells" ADD CONSTRAINT "account_plan_cells_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_goals" ADD CONSTRAINT "account_plan_goals_plan_id_account_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."account_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_goals" ADD CONSTRAINT "account_plan_goals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_members" ADD CONSTRAINT "account_plan_members_plan_id_account_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."account_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_members" ADD CONSTRAINT "account_plan_members_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_members" ADD CONSTRAINT "account_plan_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plans" ADD CONSTRAINT "account_plans_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plans" ADD CONSTRAINT "account_plans_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plans" ADD CONSTRAINT "account_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_plan_actions_plan_idx" ON "account_plan_actions" USING btree ("plan_id","due_on");--> statement-breakpoint
CREATE INDEX "account_plan_actions_due_idx" ON "account_plan_actions" USING btree ("due_on","id") WHERE "account_plan_actions"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "account_plan_cells_once" ON "account_plan_cells" USING btree ("plan_id","unit","area");--> statement-breakpoint
CREATE INDEX "account_plan_goals_plan_idx" ON "account_plan_goals" USING btree ("plan_id","target_date");--> statement-breakpoint
CREATE UNIQUE INDEX "account_plan_members_once" ON "account_plan_members" USING btree ("plan_id","user_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "account_plans_open_unique" ON "account_plans" USING btree ("account_id","partner_id") WHERE "account_plans"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "account_plans_partner_idx" ON "account_plans" USING btree ("partner_id","status");--> statement-breakpoint
CREATE INDEX "account_plans_account_idx" ON "account_plans" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "account_plans_created_idx" ON "account_plans" USING btree ("created_at","id");--> statement-breakpoint
CREATE POLICY "staff_all" ON "account_plan_actions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "account_plan_actions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("account_plan_actions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("account_plan_actions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "account_plan_cells" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "account_plan_cells" AS PERMISSIVE FOR ALL TO "consort_app" USING ("account_plan_cells"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("account_plan_cells"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "account_plan_goals" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "account_plan_goals" AS PERMISSIVE FOR ALL TO "consort_app" USING ("account_plan_goals"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("account_plan_goals"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "account_plan_members" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "account_plan_members" AS PERMISSIVE FOR ALL TO "consort_app" USING ("account_plan_members"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("account_plan_members"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "account_plans" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "account_plans" AS PERMISSIVE FOR ALL TO "consort_app" USING ("account_plans"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("account_plans"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
-- Hand-written: a partner's people read the account of their company's account plan (name, domain,
-- industry, segment), even where they are involved in none of its opportunities. Opportunities stay
-- readable only through an involvement (decision 0216).
CREATE POLICY "partner_account_plan_read" ON "accounts" AS PERMISSIVE FOR SELECT TO "consort_app" USING (exists (select 1 from account_plans ap where ap.account_id = "accounts"."id" and ap.partner_id = nullif(current_setting('consort.partner_id', true), '')::uuid));
