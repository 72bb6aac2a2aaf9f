CREATE TABLE "offboarding_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"runbook_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"amount" bigint,
	"currency" text,
	"note" text DEFAULT '' NOT NULL,
	"done_at" timestamp (3) with time zone,
	"done_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offboarding_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "offboarding_runbooks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"started_by_id" uuid,
	"completed_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offboarding_runbooks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "onboarding_task_reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"reminded_on" date NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "onboarding_task_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ADD COLUMN "cancelled_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ADD COLUMN "cancelled_by_id" uuid;--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ADD COLUMN "cancel_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "onboardings" ADD COLUMN "cancel_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offboarding_items" ADD CONSTRAINT "offboarding_items_runbook_id_offboarding_runbooks_id_fk" FOREIGN KEY ("runbook_id") REFERENCES "public"."offboarding_runbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offboarding_items" ADD CONSTRAINT "offboarding_items_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offboarding_items" ADD CONSTRAINT "offboarding_items_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offboarding_runbooks" ADD CONSTRAINT "offboarding_runbooks_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offboarding_runbooks" ADD CONSTRAINT "offboarding_runbooks_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_task_reminders" ADD CONSTRAINT "onboarding_task_reminders_task_id_onboarding_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."onboarding_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_task_reminders" ADD CONSTRAINT "onboarding_task_reminders_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offboarding_items_runbook_idx" ON "offboarding_items" USING btree ("runbook_id","position");--> statement-breakpoint
CREATE INDEX "offboarding_runbooks_partner_idx" ON "offboarding_runbooks" USING btree ("partner_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "offboarding_runbooks_one_open" ON "offboarding_runbooks" USING btree ("partner_id") WHERE "offboarding_runbooks"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_task_reminders_once" ON "onboarding_task_reminders" USING btree ("task_id","reminded_on");--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ADD CONSTRAINT "onboarding_tasks_cancelled_by_id_users_id_fk" FOREIGN KEY ("cancelled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "staff_all" ON "offboarding_items" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "offboarding_items" AS PERMISSIVE FOR ALL TO "consort_app" USING ("offboarding_items"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("offboarding_items"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "offboarding_runbooks" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "offboarding_runbooks" AS PERMISSIVE FOR ALL TO "consort_app" USING ("offboarding_runbooks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("offboarding_runbooks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "onboarding_task_reminders" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "onboarding_task_reminders" AS PERMISSIVE FOR ALL TO "consort_app" USING ("onboarding_task_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("onboarding_task_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);