CREATE TABLE "kpi_cost_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"on_date" date NOT NULL,
	"partner_id" uuid,
	"program_id" uuid,
	"segment" text,
	"category" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_cost_entries_amount_positive" CHECK ("kpi_cost_entries"."amount" > 0),
	CONSTRAINT "kpi_cost_entries_one_target" CHECK ((case when "kpi_cost_entries"."partner_id" is null then 0 else 1 end + case when "kpi_cost_entries"."program_id" is null then 0 else 1 end + case when "kpi_cost_entries"."segment" is null then 0 else 1 end) = 1)
);
--> statement-breakpoint
ALTER TABLE "kpi_cost_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "kpi_deal_facts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"month" date NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"amount" bigint,
	"joint" boolean NOT NULL,
	"sourced_partner_id" uuid,
	"partner_ids" uuid[] DEFAULT '{}' NOT NULL,
	"close_date" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kpi_deal_facts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "kpi_months" (
	"id" uuid PRIMARY KEY NOT NULL,
	"month" date NOT NULL,
	"currency" text NOT NULL,
	"partners" integer DEFAULT 0 NOT NULL,
	"deals" integer DEFAULT 0 NOT NULL,
	"taken_at" timestamp (3) with time zone NOT NULL,
	"taken_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kpi_months" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "kpi_snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"month" date NOT NULL,
	"partner_id" uuid NOT NULL,
	"program_id" uuid,
	"tier_id" uuid,
	"program_ids" uuid[] DEFAULT '{}' NOT NULL,
	"tier_ids" uuid[] DEFAULT '{}' NOT NULL,
	"motion" text NOT NULL,
	"designation" text NOT NULL,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"segment" text DEFAULT '' NOT NULL,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"stage" text NOT NULL,
	"active" boolean NOT NULL,
	"active_at_start" boolean NOT NULL,
	"is_new" boolean NOT NULL,
	"churned" boolean NOT NULL,
	"signed_on" date,
	"first_won_on" date,
	"days_to_first_deal" integer,
	"sourced_revenue" bigint DEFAULT 0 NOT NULL,
	"influenced_revenue" bigint DEFAULT 0 NOT NULL,
	"won_deals" integer DEFAULT 0 NOT NULL,
	"sourced_deals" integer DEFAULT 0 NOT NULL,
	"lost_deals" integer DEFAULT 0 NOT NULL,
	"open_pipeline" bigint DEFAULT 0 NOT NULL,
	"certified_people" integer,
	"nps" integer,
	"currency" text NOT NULL,
	"taken_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kpi_snapshots" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "kpi_cost_entries" ADD CONSTRAINT "kpi_cost_entries_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_cost_entries" ADD CONSTRAINT "kpi_cost_entries_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_cost_entries" ADD CONSTRAINT "kpi_cost_entries_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_deal_facts" ADD CONSTRAINT "kpi_deal_facts_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_months" ADD CONSTRAINT "kpi_months_taken_by_id_users_id_fk" FOREIGN KEY ("taken_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_snapshots" ADD CONSTRAINT "kpi_snapshots_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_snapshots" ADD CONSTRAINT "kpi_snapshots_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kpi_cost_entries_date_idx" ON "kpi_cost_entries" USING btree ("on_date","id");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_deal_facts_month_opportunity" ON "kpi_deal_facts" USING btree ("month","opportunity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_months_month_unique" ON "kpi_months" USING btree ("month");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_snapshots_month_partner" ON "kpi_snapshots" USING btree ("month","partner_id");--> statement-breakpoint
CREATE INDEX "kpi_snapshots_partner_idx" ON "kpi_snapshots" USING btree ("partner_id","month");--> statement-breakpoint
CREATE POLICY "staff_all" ON "kpi_cost_entries" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "kpi_cost_entries" AS PERMISSIVE FOR ALL TO "consort_app" USING ("kpi_cost_entries"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("kpi_cost_entries"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "kpi_deal_facts" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "kpi_months" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "kpi_snapshots" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "kpi_snapshots" AS PERMISSIVE FOR ALL TO "consort_app" USING ("kpi_snapshots"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("kpi_snapshots"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);