CREATE TABLE "innovation_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"idea_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"from_stage" text NOT NULL,
	"to_stage" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "innovation_decisions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "innovation_ideas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"problem" text DEFAULT '' NOT NULL,
	"proposal" text NOT NULL,
	"expected_value" text DEFAULT '' NOT NULL,
	"stage" text DEFAULT 'submission' NOT NULL,
	"stop_reason" text,
	"stopped_at" text,
	"submitted_by_id" uuid,
	"stage_changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "innovation_ideas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "innovation_reviews" (
	"idea_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"value" integer,
	"feasibility" integer,
	"comment" text DEFAULT '' NOT NULL,
	"scored_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovation_reviews_idea_id_reviewer_id_pk" PRIMARY KEY("idea_id","reviewer_id")
);
--> statement-breakpoint
ALTER TABLE "innovation_reviews" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "value_propositions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"version" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"proposed_by" text NOT NULL,
	"based_on_id" uuid,
	"title" text NOT NULL,
	"outcome" text NOT NULL,
	"target_customer" text NOT NULL,
	"how" text NOT NULL,
	"differentiators" text[] DEFAULT '{}' NOT NULL,
	"proof_points" text[] DEFAULT '{}' NOT NULL,
	"calculator" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"published_at" timestamp (3) with time zone,
	"published_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "value_propositions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "value_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"proposition_id" uuid NOT NULL,
	"customer_name" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"side" text NOT NULL,
	"created_by_id" uuid,
	"token_hash" text,
	"shared_at" timestamp (3) with time zone,
	"share_expires_at" timestamp (3) with time zone,
	"share_revoked_at" timestamp (3) with time zone,
	"share_views" integer DEFAULT 0 NOT NULL,
	"share_last_viewed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "value_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "value_share_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "value_share_throttle" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "value_simulations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"offering" jsonb NOT NULL,
	"parties" jsonb NOT NULL,
	"price_points_bp" integer[] NOT NULL,
	"volumes" bigint[] NOT NULL,
	"side" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "value_simulations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "innovation_decisions" ADD CONSTRAINT "innovation_decisions_idea_id_innovation_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."innovation_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_decisions" ADD CONSTRAINT "innovation_decisions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_decisions" ADD CONSTRAINT "innovation_decisions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_ideas" ADD CONSTRAINT "innovation_ideas_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_ideas" ADD CONSTRAINT "innovation_ideas_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_reviews" ADD CONSTRAINT "innovation_reviews_idea_id_innovation_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."innovation_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_reviews" ADD CONSTRAINT "innovation_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_reviews" ADD CONSTRAINT "innovation_reviews_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_propositions" ADD CONSTRAINT "value_propositions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_propositions" ADD CONSTRAINT "value_propositions_based_on_id_value_propositions_id_fk" FOREIGN KEY ("based_on_id") REFERENCES "public"."value_propositions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_propositions" ADD CONSTRAINT "value_propositions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_propositions" ADD CONSTRAINT "value_propositions_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_sessions" ADD CONSTRAINT "value_sessions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_sessions" ADD CONSTRAINT "value_sessions_proposition_id_value_propositions_id_fk" FOREIGN KEY ("proposition_id") REFERENCES "public"."value_propositions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_sessions" ADD CONSTRAINT "value_sessions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_simulations" ADD CONSTRAINT "value_simulations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_simulations" ADD CONSTRAINT "value_simulations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "innovation_decisions_idea_idx" ON "innovation_decisions" USING btree ("idea_id","decided_at");--> statement-breakpoint
CREATE INDEX "innovation_ideas_partner_idx" ON "innovation_ideas" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "innovation_ideas_stage_idx" ON "innovation_ideas" USING btree ("stage","created_at");--> statement-breakpoint
CREATE INDEX "innovation_reviews_reviewer_idx" ON "innovation_reviews" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "value_propositions_partner_idx" ON "value_propositions" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "value_propositions_one_published" ON "value_propositions" USING btree ("partner_id") WHERE "value_propositions"."status" = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "value_propositions_version_unique" ON "value_propositions" USING btree ("partner_id","version");--> statement-breakpoint
CREATE INDEX "value_sessions_partner_idx" ON "value_sessions" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "value_sessions_share_token" ON "value_sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "value_simulations_partner_idx" ON "value_simulations" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE POLICY "staff_all" ON "innovation_decisions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "innovation_decisions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("innovation_decisions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("innovation_decisions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "innovation_ideas" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "innovation_ideas" AS PERMISSIVE FOR ALL TO "consort_app" USING ("innovation_ideas"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("innovation_ideas"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "innovation_reviews" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "innovation_reviews" AS PERMISSIVE FOR ALL TO "consort_app" USING ("innovation_reviews"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("innovation_reviews"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "value_propositions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "value_propositions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("value_propositions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("value_propositions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "value_sessions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "value_sessions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("value_sessions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("value_sessions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "value_share_throttle" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "value_simulations" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "value_simulations" AS PERMISSIVE FOR ALL TO "consort_app" USING ("value_simulations"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("value_simulations"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);