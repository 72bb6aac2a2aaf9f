CREATE TABLE "alliance_alert_states" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"flagged" boolean NOT NULL,
	"reasons" text[] DEFAULT '{}' NOT NULL,
	"flagged_since" timestamp (3) with time zone,
	"evaluated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alliance_alert_states" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "risk_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"risk_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "risk_actions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "risk_review_reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"risk_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"review_on" date NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "risk_review_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"likelihood" integer NOT NULL,
	"impact" integer NOT NULL,
	"score" integer GENERATED ALWAYS AS (likelihood * impact) STORED NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"owner_id" uuid,
	"review_on" date,
	"shared" boolean DEFAULT false NOT NULL,
	"raised_by" text DEFAULT 'vendor' NOT NULL,
	"created_by_id" uuid,
	"closed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "risks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "alliance_alert_states" ADD CONSTRAINT "alliance_alert_states_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_review_reminders" ADD CONSTRAINT "risk_review_reminders_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_review_reminders" ADD CONSTRAINT "risk_review_reminders_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_actions_risk_idx" ON "risk_actions" USING btree ("risk_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_review_reminders_once" ON "risk_review_reminders" USING btree ("risk_id","review_on");--> statement-breakpoint
CREATE INDEX "risks_partner_idx" ON "risks" USING btree ("partner_id","status");--> statement-breakpoint
CREATE INDEX "risks_created_idx" ON "risks" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "risks_review_idx" ON "risks" USING btree ("review_on");--> statement-breakpoint
CREATE POLICY "staff_all" ON "alliance_alert_states" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "alliance_alert_states" AS PERMISSIVE FOR ALL TO "consort_app" USING ("alliance_alert_states"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("alliance_alert_states"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "risk_actions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "risk_actions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("risk_actions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("risk_actions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "risk_review_reminders" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "risk_review_reminders" AS PERMISSIVE FOR ALL TO "consort_app" USING ("risk_review_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("risk_review_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "risks" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "risks" AS PERMISSIVE FOR ALL TO "consort_app" USING ("risks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("risks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);