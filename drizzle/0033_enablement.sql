CREATE SEQUENCE "public"."certificate_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "certificate_reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"certificate_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"days" integer NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificate_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"certification_id" uuid NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"renewal_of" uuid,
	"renewed_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"validity_months" integer DEFAULT 24 NOT NULL,
	"required_course_ids" uuid[] DEFAULT '{}' NOT NULL,
	"renewal_course_id" uuid,
	"badge_emoji" text DEFAULT '🎓' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_enrolments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"completed_module_ids" text[] DEFAULT '{}' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp (3) with time zone,
	"last_score" integer,
	"best_score" integer,
	"completed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "course_enrolments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"level" text DEFAULT 'introductory' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"duration_minutes" integer DEFAULT 0 NOT NULL,
	"modules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quiz" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pass_mark" integer DEFAULT 80 NOT NULL,
	"max_attempts" integer,
	"cooldown_hours" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificate_reminders" ADD CONSTRAINT "certificate_reminders_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_reminders" ADD CONSTRAINT "certificate_reminders_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_renewal_of_certificates_id_fk" FOREIGN KEY ("renewal_of") REFERENCES "public"."certificates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_renewal_course_id_courses_id_fk" FOREIGN KEY ("renewal_course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrolments" ADD CONSTRAINT "course_enrolments_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrolments" ADD CONSTRAINT "course_enrolments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrolments" ADD CONSTRAINT "course_enrolments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_reminders_once" ON "certificate_reminders" USING btree ("certificate_id","days");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_number_unique" ON "certificates" USING btree ("number");--> statement-breakpoint
CREATE INDEX "certificates_partner_idx" ON "certificates" USING btree ("partner_id","expires_on");--> statement-breakpoint
CREATE INDEX "certificates_user_idx" ON "certificates" USING btree ("user_id","certification_id");--> statement-breakpoint
CREATE INDEX "certificates_created_idx" ON "certificates" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "certifications_name_unique" ON "certifications" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "course_enrolments_user_course" ON "course_enrolments" USING btree ("user_id","course_id");--> statement-breakpoint
CREATE INDEX "course_enrolments_partner_idx" ON "course_enrolments" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "course_enrolments_created_idx" ON "course_enrolments" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "courses_created_idx" ON "courses" USING btree ("created_at","id");--> statement-breakpoint
CREATE POLICY "staff_all" ON "certificate_reminders" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "certificate_reminders" AS PERMISSIVE FOR ALL TO "consort_app" USING ("certificate_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("certificate_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "certificates" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "certificates" AS PERMISSIVE FOR ALL TO "consort_app" USING ("certificates"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("certificates"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "course_enrolments" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "course_enrolments" AS PERMISSIVE FOR ALL TO "consort_app" USING ("course_enrolments"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("course_enrolments"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);