CREATE TABLE "custom_metric_values" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" numeric NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_id" uuid,
	"recorded_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "custom_metric_values" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "milestone_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rule_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"from_stage" text NOT NULL,
	"to_stage" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp (3) with time zone,
	"decision_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "milestone_proposals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "milestone_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"from_stages" text[] NOT NULL,
	"to_stage" text NOT NULL,
	"metric" text NOT NULL,
	"operator" text NOT NULL,
	"threshold" numeric NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "milestone_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "program_memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"tier_id" uuid,
	"joined_at" timestamp (3) with time zone NOT NULL,
	"left_at" timestamp (3) with time zone,
	"below_since" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "program_memberships" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"commercial_model" jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"demotion_grace_days" integer DEFAULT 90 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tier_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"from_tier_id" uuid,
	"to_tier_id" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"proposal_id" uuid,
	"actor_id" uuid,
	"occurred_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tier_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tier_evaluation_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid,
	"period_label" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"as_of" timestamp (3) with time zone NOT NULL,
	"trigger" text NOT NULL,
	"started_by_id" uuid,
	"evaluated" integer DEFAULT 0 NOT NULL,
	"promotions" integer DEFAULT 0 NOT NULL,
	"demotions" integer DEFAULT 0 NOT NULL,
	"in_grace" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tier_evaluation_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tier_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"from_tier_id" uuid,
	"to_tier_id" uuid,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp (3) with time zone,
	"decision_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tier_proposals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "tiers_name_unique";--> statement-breakpoint
DROP INDEX "tiers_rank_unique";--> statement-breakpoint
ALTER TABLE "tiers" ADD COLUMN "program_id" uuid;--> statement-breakpoint
-- The global ladder becomes the default program's: every existing tier and every tiered partner
-- moves into "Partner program" (partners keep their tier; their membership dates from their creation).
INSERT INTO "programs" ("id", "name", "kind", "description", "commercial_model", "is_default")
  VALUES ('00000000-0000-7000-8000-000000000001', 'Partner program', 'reseller', 'The partner program every partner was tiered in before programs existed.',
          '{"model":"reseller_discount","discountPercent":0}'::jsonb, true);--> statement-breakpoint
UPDATE "tiers" SET "program_id" = (SELECT "id" FROM "programs" WHERE "is_default");--> statement-breakpoint
ALTER TABLE "tiers" ALTER COLUMN "program_id" SET NOT NULL;--> statement-breakpoint
INSERT INTO "program_memberships" ("id", "program_id", "partner_id", "tier_id", "joined_at")
  SELECT gen_random_uuid(), (SELECT "id" FROM "programs" WHERE "is_default"), p."id", p."tier_id", p."created_at"
  FROM "partners" p WHERE p."tier_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "tiers" ADD COLUMN "requirements" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tiers" ADD COLUMN "benefits" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "custom_metric_values" ADD CONSTRAINT "custom_metric_values_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_metric_values" ADD CONSTRAINT "custom_metric_values_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_proposals" ADD CONSTRAINT "milestone_proposals_rule_id_milestone_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."milestone_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_proposals" ADD CONSTRAINT "milestone_proposals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_proposals" ADD CONSTRAINT "milestone_proposals_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_memberships" ADD CONSTRAINT "program_memberships_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_memberships" ADD CONSTRAINT "program_memberships_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_memberships" ADD CONSTRAINT "program_memberships_tier_id_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."tiers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_from_tier_id_tiers_id_fk" FOREIGN KEY ("from_tier_id") REFERENCES "public"."tiers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_to_tier_id_tiers_id_fk" FOREIGN KEY ("to_tier_id") REFERENCES "public"."tiers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_evaluation_runs" ADD CONSTRAINT "tier_evaluation_runs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_evaluation_runs" ADD CONSTRAINT "tier_evaluation_runs_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_proposals" ADD CONSTRAINT "tier_proposals_run_id_tier_evaluation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."tier_evaluation_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_proposals" ADD CONSTRAINT "tier_proposals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_proposals" ADD CONSTRAINT "tier_proposals_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_proposals" ADD CONSTRAINT "tier_proposals_membership_id_program_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."program_memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_proposals" ADD CONSTRAINT "tier_proposals_from_tier_id_tiers_id_fk" FOREIGN KEY ("from_tier_id") REFERENCES "public"."tiers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_proposals" ADD CONSTRAINT "tier_proposals_to_tier_id_tiers_id_fk" FOREIGN KEY ("to_tier_id") REFERENCES "public"."tiers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_proposals" ADD CONSTRAINT "tier_proposals_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "custom_metric_values_unique" ON "custom_metric_values" USING btree ("partner_id","key");--> statement-breakpoint
CREATE INDEX "milestone_proposals_status_idx" ON "milestone_proposals" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "milestone_proposals_one_open" ON "milestone_proposals" USING btree ("rule_id","partner_id") WHERE "milestone_proposals"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "milestone_rules_name_unique" ON "milestone_rules" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "program_memberships_active_unique" ON "program_memberships" USING btree ("program_id","partner_id") WHERE "program_memberships"."left_at" IS NULL;--> statement-breakpoint
CREATE INDEX "program_memberships_partner_idx" ON "program_memberships" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_name_unique" ON "programs" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_single_default" ON "programs" USING btree ("is_default") WHERE "programs"."is_default";--> statement-breakpoint
CREATE INDEX "tier_changes_partner_idx" ON "tier_changes" USING btree ("partner_id","occurred_at");--> statement-breakpoint
CREATE INDEX "tier_evaluation_runs_created_idx" ON "tier_evaluation_runs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "tier_proposals_run_idx" ON "tier_proposals" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "tier_proposals_status_idx" ON "tier_proposals" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tier_proposals_one_open" ON "tier_proposals" USING btree ("membership_id") WHERE "tier_proposals"."status" = 'open';--> statement-breakpoint
ALTER TABLE "tiers" ADD CONSTRAINT "tiers_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tiers_program_name_unique" ON "tiers" USING btree ("program_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "tiers_program_rank_unique" ON "tiers" USING btree ("program_id","rank");--> statement-breakpoint
CREATE POLICY "staff_all" ON "custom_metric_values" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "custom_metric_values" AS PERMISSIVE FOR ALL TO "consort_app" USING ("custom_metric_values"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("custom_metric_values"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "milestone_proposals" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "milestone_proposals" AS PERMISSIVE FOR ALL TO "consort_app" USING ("milestone_proposals"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("milestone_proposals"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "milestone_rules" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "program_memberships" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "program_memberships" AS PERMISSIVE FOR ALL TO "consort_app" USING ("program_memberships"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("program_memberships"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "tier_changes" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "tier_changes" AS PERMISSIVE FOR ALL TO "consort_app" USING ("tier_changes"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("tier_changes"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "tier_evaluation_runs" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "tier_proposals" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "tier_proposals" AS PERMISSIVE FOR ALL TO "consort_app" USING ("tier_proposals"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("tier_proposals"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
-- The default program, for tiers created without one (POST /api/v1/tiers as before programs).
CREATE FUNCTION consort_default_program() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT "id" FROM "programs" WHERE "is_default" $$;--> statement-breakpoint
-- A partner's tierId (set on the partner record, by an import or the API) places it in that
-- tier's program: its active membership there follows, and the change joins the tier history.
-- Changes made through the programs module update the membership first, so this finds nothing to do.
CREATE FUNCTION consort_partner_tier_follows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target_program uuid;
  old_tier uuid;
  member_id uuid;
BEGIN
  IF NEW.tier_id IS NULL THEN
    IF TG_OP = 'UPDATE' AND OLD.tier_id IS NOT NULL THEN
      UPDATE program_memberships m SET tier_id = NULL, updated_at = NEW.updated_at
        FROM tiers t WHERE t.id = OLD.tier_id AND m.program_id = t.program_id AND m.partner_id = NEW.id
          AND m.left_at IS NULL AND m.tier_id IS NOT DISTINCT FROM OLD.tier_id
        RETURNING m.program_id INTO target_program;
      IF target_program IS NOT NULL THEN
        INSERT INTO tier_changes (id, partner_id, program_id, from_tier_id, to_tier_id, reason, occurred_at)
          VALUES (gen_random_uuid(), NEW.id, target_program, OLD.tier_id, NULL, 'Tier removed on the partner record', NEW.updated_at);
      END IF;
    END IF;
    RETURN NULL;
  END IF;
  SELECT program_id INTO target_program FROM tiers WHERE id = NEW.tier_id;
  SELECT id, tier_id INTO member_id, old_tier FROM program_memberships
    WHERE program_id = target_program AND partner_id = NEW.id AND left_at IS NULL;
  IF member_id IS NULL THEN
    INSERT INTO program_memberships (id, program_id, partner_id, tier_id, joined_at, created_at, updated_at)
      VALUES (gen_random_uuid(), target_program, NEW.id, NEW.tier_id, NEW.updated_at, NEW.updated_at, NEW.updated_at);
  ELSIF old_tier IS NOT DISTINCT FROM NEW.tier_id THEN
    RETURN NULL;
  ELSE
    UPDATE program_memberships SET tier_id = NEW.tier_id, below_since = NULL, updated_at = NEW.updated_at WHERE id = member_id;
  END IF;
  INSERT INTO tier_changes (id, partner_id, program_id, from_tier_id, to_tier_id, reason, occurred_at)
    VALUES (gen_random_uuid(), NEW.id, target_program, old_tier, NEW.tier_id, 'Tier set on the partner record', NEW.updated_at);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER partners_tier_follows_insert AFTER INSERT ON partners FOR EACH ROW WHEN (NEW.tier_id IS NOT NULL)
  EXECUTE FUNCTION consort_partner_tier_follows();--> statement-breakpoint
CREATE TRIGGER partners_tier_follows_update AFTER UPDATE OF tier_id ON partners FOR EACH ROW
  WHEN (NEW.tier_id IS DISTINCT FROM OLD.tier_id) EXECUTE FUNCTION consort_partner_tier_follows();
