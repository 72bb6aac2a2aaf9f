CREATE TABLE "governance_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"meeting_id" uuid,
	"decision_id" uuid,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"side" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"reminded_on" date,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_actions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "governance_attendees" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"side" text NOT NULL,
	"executive_sponsor" boolean DEFAULT false NOT NULL,
	"attended" boolean,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_attendees" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "governance_bodies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"cadence" text DEFAULT '' NOT NULL,
	"quorum_percent" integer DEFAULT 50 NOT NULL,
	"decision_rules" jsonb NOT NULL,
	"partner_may_write_minutes" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_bodies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "governance_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"meeting_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"decision_class" text NOT NULL,
	"rule" jsonb NOT NULL,
	"voter_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"result" jsonb,
	"opened_at" timestamp (3) with time zone NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_decisions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "governance_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"body_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"minutes_updated_at" timestamp (3) with time zone,
	"minutes_by_id" uuid,
	"partner_may_write_minutes" boolean DEFAULT false NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"held_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone,
	"cancel_reason" text,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_meetings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "governance_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"side" text NOT NULL,
	"role" text NOT NULL,
	"executive_sponsor" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "governance_votes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"vote" text NOT NULL,
	"cast_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_votes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "calendar" jsonb;--> statement-breakpoint
ALTER TABLE "governance_actions" ADD CONSTRAINT "governance_actions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_actions" ADD CONSTRAINT "governance_actions_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_actions" ADD CONSTRAINT "governance_actions_decision_id_governance_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."governance_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_actions" ADD CONSTRAINT "governance_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_actions" ADD CONSTRAINT "governance_actions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendees" ADD CONSTRAINT "governance_attendees_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendees" ADD CONSTRAINT "governance_attendees_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendees" ADD CONSTRAINT "governance_attendees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_bodies" ADD CONSTRAINT "governance_bodies_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_minutes_by_id_users_id_fk" FOREIGN KEY ("minutes_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_members" ADD CONSTRAINT "governance_members_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_members" ADD CONSTRAINT "governance_members_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_members" ADD CONSTRAINT "governance_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_votes" ADD CONSTRAINT "governance_votes_decision_id_governance_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."governance_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_votes" ADD CONSTRAINT "governance_votes_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_votes" ADD CONSTRAINT "governance_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_actions_partner_idx" ON "governance_actions" USING btree ("partner_id","due_on");--> statement-breakpoint
CREATE INDEX "governance_actions_open_due_idx" ON "governance_actions" USING btree ("due_on","id") WHERE "governance_actions"."status" = 'open';--> statement-breakpoint
CREATE INDEX "governance_actions_meeting_idx" ON "governance_actions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_actions_decision_idx" ON "governance_actions" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_attendees_unique" ON "governance_attendees" USING btree ("meeting_id","user_id");--> statement-breakpoint
CREATE INDEX "governance_attendees_partner_idx" ON "governance_attendees" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_bodies_name_unique" ON "governance_bodies" USING btree ("partner_id",lower("name"));--> statement-breakpoint
CREATE INDEX "governance_decisions_partner_idx" ON "governance_decisions" USING btree ("partner_id","opened_at");--> statement-breakpoint
CREATE INDEX "governance_decisions_meeting_idx" ON "governance_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_meetings_partner_idx" ON "governance_meetings" USING btree ("partner_id","starts_at");--> statement-breakpoint
CREATE INDEX "governance_meetings_starts_idx" ON "governance_meetings" USING btree ("starts_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_members_unique" ON "governance_members" USING btree ("body_id","user_id");--> statement-breakpoint
CREATE INDEX "governance_members_partner_idx" ON "governance_members" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_votes_unique" ON "governance_votes" USING btree ("decision_id","user_id");--> statement-breakpoint
CREATE INDEX "governance_votes_partner_idx" ON "governance_votes" USING btree ("partner_id");--> statement-breakpoint
CREATE POLICY "staff_all" ON "governance_actions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "governance_actions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("governance_actions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("governance_actions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "governance_attendees" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "governance_attendees" AS PERMISSIVE FOR ALL TO "consort_app" USING ("governance_attendees"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("governance_attendees"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "governance_bodies" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "governance_bodies" AS PERMISSIVE FOR ALL TO "consort_app" USING ("governance_bodies"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("governance_bodies"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "governance_decisions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "governance_decisions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("governance_decisions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("governance_decisions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "governance_meetings" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "governance_meetings" AS PERMISSIVE FOR ALL TO "consort_app" USING ("governance_meetings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("governance_meetings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "governance_members" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "governance_members" AS PERMISSIVE FOR ALL TO "consort_app" USING ("governance_members"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("governance_members"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "governance_votes" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "governance_votes" AS PERMISSIVE FOR ALL TO "consort_app" USING ("governance_votes"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("governance_votes"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);