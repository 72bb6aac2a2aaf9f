CREATE TABLE "survey_answers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"response_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"dimension" text NOT NULL,
	"side" text NOT NULL,
	"score" smallint NOT NULL,
	"comment" text
);
--> statement-breakpoint
ALTER TABLE "survey_answers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_recipients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"side" text NOT NULL,
	"notified_at" timestamp (3) with time zone,
	"reminded_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "survey_recipients" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"side" text NOT NULL,
	"submitted_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"template_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"questions" jsonb NOT NULL,
	"period" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"status" text NOT NULL,
	"wave_id" uuid,
	"recurring" boolean DEFAULT false NOT NULL,
	"created_by_id" uuid,
	"closed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_rounds_dates" CHECK ("survey_rounds"."closes_on" >= "survey_rounds"."opens_on")
);
--> statement-breakpoint
ALTER TABLE "survey_rounds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"px_cadence" text DEFAULT 'quarterly' NOT NULL,
	"nps_cadence" text DEFAULT 'half_yearly' NOT NULL,
	"response_days" integer DEFAULT 21 NOT NULL,
	"reminder_days" integer DEFAULT 3 NOT NULL,
	"gap_threshold" real DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_settings_singleton" CHECK ("survey_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "survey_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"questions" jsonb NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_recipients" ADD CONSTRAINT "survey_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_template_id_survey_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."survey_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answers_round_idx" ON "survey_answers" USING btree ("round_id","question_id");--> statement-breakpoint
CREATE INDEX "survey_answers_response_idx" ON "survey_answers" USING btree ("response_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_recipients_once" ON "survey_recipients" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE INDEX "survey_recipients_user_idx" ON "survey_recipients" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_once" ON "survey_responses" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE INDEX "survey_rounds_partner_idx" ON "survey_rounds" USING btree ("partner_id","kind","closes_on");--> statement-breakpoint
CREATE INDEX "survey_rounds_created_idx" ON "survey_rounds" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "survey_rounds_kind_period_idx" ON "survey_rounds" USING btree ("kind","period");--> statement-breakpoint
CREATE POLICY "staff_all" ON "survey_answers" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "survey_answers" AS PERMISSIVE FOR ALL TO "consort_app" USING ("survey_answers"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("survey_answers"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "survey_recipients" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "survey_recipients" AS PERMISSIVE FOR ALL TO "consort_app" USING ("survey_recipients"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("survey_recipients"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "survey_responses" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "survey_responses" AS PERMISSIVE FOR ALL TO "consort_app" USING ("survey_responses"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("survey_responses"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "survey_rounds" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "survey_rounds" AS PERMISSIVE FOR ALL TO "consort_app" USING ("survey_rounds"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("survey_rounds"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "survey_settings" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "survey_templates" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
-- The built-in templates (decision 0285): the ASAP partner health diagnostic of seed 001, the
-- partner NPS question and the partner-experience (PX) survey. Fixed ids, so every installation
-- and the demo name the same questions; the vendor edits them like any other template.
INSERT INTO "survey_templates" ("id", "kind", "name", "description", "questions", "built_in") VALUES
('5a7e0000-0000-4000-8000-000000000001', 'health_diagnostic', 'Partner health diagnostic',
 'The joint alliance evaluation both sides answer: do the teams trust each other, do stakeholders meet their commitments, are problems resolved efficiently? The gap between the sides'' answers is the finding.',
 '[{"id":"trust","dimension":"trust","scale":"agreement","text":"Our alliance teams trust each other."},
   {"id":"trust_interest","dimension":"trust","scale":"agreement","text":"People on the other side act in the alliance''s interest, not only their own company''s."},
   {"id":"commitments","dimension":"commitments","scale":"agreement","text":"Stakeholders on both sides meet their commitments."},
   {"id":"sponsors","dimension":"commitments","scale":"agreement","text":"Executive sponsors give the alliance the time and resources they promised."},
   {"id":"problems","dimension":"problem_resolution","scale":"agreement","text":"Problems are resolved efficiently, at the right level."},
   {"id":"escalation","dimension":"problem_resolution","scale":"agreement","text":"When we disagree, we have a way to escalate that works."},
   {"id":"communication","dimension":"communication","scale":"agreement","text":"Communication between the teams is open, frequent and timely."},
   {"id":"strategy","dimension":"strategic_alignment","scale":"agreement","text":"Both companies'' strategies for this alliance point the same way."},
   {"id":"value","dimension":"value","scale":"agreement","text":"The alliance delivers the value my company expected from it."},
   {"id":"fit","dimension":"fit","scale":"agreement","text":"Our ways of working and cultures fit well together."}]'::jsonb, true),
('5a7e0000-0000-4000-8000-000000000002', 'nps', 'Partner NPS',
 'The Net Promoter question, asked of the partner''s people: promoters (9–10) minus detractors (0–6).',
 '[{"id":"recommend","dimension":"nps","scale":"nps","text":"How likely are you to recommend partnering with us to a peer company? (0 = not at all likely, 10 = extremely likely)"}]'::jsonb, true),
('5a7e0000-0000-4000-8000-000000000003', 'px', 'Partner experience (PX)',
 'The recurring partner-experience survey: how easy and rewarding it is to work with us, by dimension.',
 '[{"id":"px_communication","dimension":"communication","scale":"agreement","text":"We get the information we need from the vendor, when we need it."},
   {"id":"px_support","dimension":"support","scale":"agreement","text":"When we need help, the vendor''s team responds quickly and effectively."},
   {"id":"px_enablement","dimension":"enablement","scale":"agreement","text":"Training and certification prepare our people to sell and deliver."},
   {"id":"px_ease","dimension":"ease_of_doing_business","scale":"agreement","text":"Doing business with the vendor (registering deals, the portal, getting paid) is easy."}]'::jsonb, true);
