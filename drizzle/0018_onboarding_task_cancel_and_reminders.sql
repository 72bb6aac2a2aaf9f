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
ALTER TABLE "onboarding_task_reminders" ADD CONSTRAINT "onboarding_task_reminders_task_id_onboarding_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."onboarding_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_task_reminders" ADD CONSTRAINT "onboarding_task_reminders_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_task_reminders_once" ON "onboarding_task_reminders" USING btree ("task_id","reminded_on");--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ADD CONSTRAINT "onboarding_tasks_cancelled_by_id_users_id_fk" FOREIGN KEY ("cancelled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "staff_all" ON "onboarding_task_reminders" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "onboarding_task_reminders" AS PERMISSIVE FOR ALL TO "consort_app" USING ("onboarding_task_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("onboarding_task_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);