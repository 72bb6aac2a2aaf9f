CREATE TABLE "agreement_reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_on" date NOT NULL,
	"days" integer NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"renewal_type" text DEFAULT 'manual' NOT NULL,
	"renewal_term_months" integer DEFAULT 12 NOT NULL,
	"notice_days" integer DEFAULT 30 NOT NULL,
	"notice_given_on" date,
	"notice_given_by_id" uuid,
	"commercial_terms" text DEFAULT '' NOT NULL,
	"exclusivity" text DEFAULT 'none' NOT NULL,
	"exclusivity_scope" text DEFAULT '' NOT NULL,
	"segments" text[] DEFAULT '{}' NOT NULL,
	"territories" text[] DEFAULT '{}' NOT NULL,
	"solution_categories" text[] DEFAULT '{}' NOT NULL,
	"joint_ip_governance" text DEFAULT '' NOT NULL,
	"termination_provisions" text DEFAULT '' NOT NULL,
	"sent_at" timestamp (3) with time zone,
	"partner_signed_at" timestamp (3) with time zone,
	"partner_signed_by_id" uuid,
	"countersigned_at" timestamp (3) with time zone,
	"countersigned_by_id" uuid,
	"terminated_at" timestamp (3) with time zone,
	"termination_reason" text DEFAULT '' NOT NULL,
	"renewal_count" integer DEFAULT 0 NOT NULL,
	"last_renewed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "compliance_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"issued_on" date,
	"expires_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"reviewed_at" timestamp (3) with time zone,
	"reviewed_by_id" uuid,
	"rejection_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "compliance_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "compliance_reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"target_on" date NOT NULL,
	"days" integer NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "compliance_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "compliance_requirements" (
	"type" text PRIMARY KEY NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"blocks" text[] DEFAULT '{}' NOT NULL,
	"reminder_days" integer[] DEFAULT '{60,30,7}' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onboarding_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"onboarding_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_side" text NOT NULL,
	"owner_role" text NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"requirement" text DEFAULT 'none' NOT NULL,
	"due_on" date NOT NULL,
	"assignee_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"completed_by_id" uuid,
	"acknowledged_at" timestamp (3) with time zone,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "onboarding_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"partner_types" text[] DEFAULT '{}' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "onboarding_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "onboardings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"template_id" uuid,
	"name" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"start_on" date NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"started_by_id" uuid,
	"completed_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "onboardings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "agreement_reminders" ADD CONSTRAINT "agreement_reminders_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_reminders" ADD CONSTRAINT "agreement_reminders_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_notice_given_by_id_users_id_fk" FOREIGN KEY ("notice_given_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_partner_signed_by_id_users_id_fk" FOREIGN KEY ("partner_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_countersigned_by_id_users_id_fk" FOREIGN KEY ("countersigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_items" ADD CONSTRAINT "compliance_items_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_items" ADD CONSTRAINT "compliance_items_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_reminders" ADD CONSTRAINT "compliance_reminders_item_id_compliance_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."compliance_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_reminders" ADD CONSTRAINT "compliance_reminders_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ADD CONSTRAINT "onboarding_tasks_onboarding_id_onboardings_id_fk" FOREIGN KEY ("onboarding_id") REFERENCES "public"."onboardings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ADD CONSTRAINT "onboarding_tasks_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ADD CONSTRAINT "onboarding_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ADD CONSTRAINT "onboarding_tasks_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboardings" ADD CONSTRAINT "onboardings_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboardings" ADD CONSTRAINT "onboardings_template_id_onboarding_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."onboarding_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboardings" ADD CONSTRAINT "onboardings_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_reminders_once" ON "agreement_reminders" USING btree ("agreement_id","kind","target_on","days");--> statement-breakpoint
CREATE INDEX "agreements_partner_idx" ON "agreements" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "agreements_created_idx" ON "agreements" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "agreements_end_idx" ON "agreements" USING btree ("end_on") WHERE "agreements"."status" in ('active', 'countersigned');--> statement-breakpoint
CREATE INDEX "compliance_items_partner_idx" ON "compliance_items" USING btree ("partner_id","type","created_at");--> statement-breakpoint
CREATE INDEX "compliance_items_created_idx" ON "compliance_items" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "compliance_items_expires_idx" ON "compliance_items" USING btree ("expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_reminders_once" ON "compliance_reminders" USING btree ("item_id","target_on","days");--> statement-breakpoint
CREATE INDEX "onboarding_tasks_onboarding_idx" ON "onboarding_tasks" USING btree ("onboarding_id","position");--> statement-breakpoint
CREATE INDEX "onboarding_tasks_open_due_idx" ON "onboarding_tasks" USING btree ("due_on","id") WHERE "onboarding_tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "onboarding_tasks_partner_idx" ON "onboarding_tasks" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_templates_name_unique" ON "onboarding_templates" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "onboardings_partner_idx" ON "onboardings" USING btree ("partner_id","started_at");--> statement-breakpoint
CREATE INDEX "onboardings_status_idx" ON "onboardings" USING btree ("status","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "onboardings_one_in_progress" ON "onboardings" USING btree ("partner_id") WHERE "onboardings"."status" = 'in_progress';--> statement-breakpoint
CREATE POLICY "staff_all" ON "agreement_reminders" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "agreement_reminders" AS PERMISSIVE FOR ALL TO "consort_app" USING ("agreement_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("agreement_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "agreements" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "agreements" AS PERMISSIVE FOR ALL TO "consort_app" USING ("agreements"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("agreements"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "compliance_items" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "compliance_items" AS PERMISSIVE FOR ALL TO "consort_app" USING ("compliance_items"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("compliance_items"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "compliance_reminders" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "compliance_reminders" AS PERMISSIVE FOR ALL TO "consort_app" USING ("compliance_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("compliance_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "onboarding_tasks" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "onboarding_tasks" AS PERMISSIVE FOR ALL TO "consort_app" USING ("onboarding_tasks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("onboarding_tasks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "onboarding_templates" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "onboardings" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "onboardings" AS PERMISSIVE FOR ALL TO "consort_app" USING ("onboardings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("onboardings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);