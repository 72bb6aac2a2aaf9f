CREATE TABLE "mdf_allocations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"expires_on" date NOT NULL,
	"basis_revenue" bigint,
	"accrual_percent" numeric(5, 2),
	"notes" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"reminded_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mdf_allocations_amount_positive" CHECK (amount > 0)
);
--> statement-breakpoint
ALTER TABLE "mdf_allocations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mdf_claim_leads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mdf_claim_leads" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mdf_claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"claimed_amount" bigint NOT NULL,
	"approved_amount" bigint,
	"currency" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"lead_list" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decision_reason" text DEFAULT '' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp (3) with time zone,
	"paid_at" timestamp (3) with time zone,
	"paid_by_id" uuid,
	"payment_reference" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mdf_claims" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mdf_ledger" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"allocation_id" uuid NOT NULL,
	"request_id" uuid,
	"claim_id" uuid,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"on_date" date NOT NULL,
	"key" text NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mdf_ledger_amount_positive" CHECK (amount > 0)
);
--> statement-breakpoint
ALTER TABLE "mdf_ledger" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mdf_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"allocation_id" uuid NOT NULL,
	"activity_type" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"requested_amount" bigint NOT NULL,
	"approved_amount" bigint,
	"currency" text NOT NULL,
	"expected_leads" integer DEFAULT 0 NOT NULL,
	"expected_pipeline" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decision_reason" text DEFAULT '' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mdf_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mdf_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"claim_window_days" integer DEFAULT 60 NOT NULL,
	"expiry_reminder_days" integer DEFAULT 30 NOT NULL,
	"partner_cap" bigint,
	"period_pool" bigint,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mdf_allocations" ADD CONSTRAINT "mdf_allocations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_allocations" ADD CONSTRAINT "mdf_allocations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claim_leads" ADD CONSTRAINT "mdf_claim_leads_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claim_leads" ADD CONSTRAINT "mdf_claim_leads_claim_id_mdf_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."mdf_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claim_leads" ADD CONSTRAINT "mdf_claim_leads_request_id_mdf_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mdf_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claims" ADD CONSTRAINT "mdf_claims_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claims" ADD CONSTRAINT "mdf_claims_request_id_mdf_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mdf_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claims" ADD CONSTRAINT "mdf_claims_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claims" ADD CONSTRAINT "mdf_claims_paid_by_id_users_id_fk" FOREIGN KEY ("paid_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claims" ADD CONSTRAINT "mdf_claims_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_ledger" ADD CONSTRAINT "mdf_ledger_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_ledger" ADD CONSTRAINT "mdf_ledger_allocation_id_mdf_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."mdf_allocations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_ledger" ADD CONSTRAINT "mdf_ledger_request_id_mdf_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mdf_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_ledger" ADD CONSTRAINT "mdf_ledger_claim_id_mdf_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."mdf_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_ledger" ADD CONSTRAINT "mdf_ledger_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_requests" ADD CONSTRAINT "mdf_requests_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_requests" ADD CONSTRAINT "mdf_requests_allocation_id_mdf_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."mdf_allocations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_requests" ADD CONSTRAINT "mdf_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_requests" ADD CONSTRAINT "mdf_requests_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mdf_allocations_partner_idx" ON "mdf_allocations" USING btree ("partner_id","period_start");--> statement-breakpoint
CREATE INDEX "mdf_allocations_created_idx" ON "mdf_allocations" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "mdf_allocations_expires_idx" ON "mdf_allocations" USING btree ("expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mdf_allocations_accrued_once" ON "mdf_allocations" USING btree ("partner_id","period") WHERE kind = 'accrued';--> statement-breakpoint
CREATE UNIQUE INDEX "mdf_claim_leads_unique" ON "mdf_claim_leads" USING btree ("claim_id","lead_id");--> statement-breakpoint
CREATE INDEX "mdf_claim_leads_request_idx" ON "mdf_claim_leads" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "mdf_claims_partner_idx" ON "mdf_claims" USING btree ("partner_id","status");--> statement-breakpoint
CREATE INDEX "mdf_claims_created_idx" ON "mdf_claims" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "mdf_claims_request_idx" ON "mdf_claims" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mdf_claims_one_live" ON "mdf_claims" USING btree ("request_id") WHERE status <> 'rejected';--> statement-breakpoint
CREATE UNIQUE INDEX "mdf_ledger_key_unique" ON "mdf_ledger" USING btree ("key");--> statement-breakpoint
CREATE INDEX "mdf_ledger_allocation_idx" ON "mdf_ledger" USING btree ("allocation_id","kind");--> statement-breakpoint
CREATE INDEX "mdf_ledger_partner_idx" ON "mdf_ledger" USING btree ("partner_id","on_date");--> statement-breakpoint
CREATE INDEX "mdf_requests_partner_idx" ON "mdf_requests" USING btree ("partner_id","status");--> statement-breakpoint
CREATE INDEX "mdf_requests_created_idx" ON "mdf_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "mdf_requests_allocation_idx" ON "mdf_requests" USING btree ("allocation_id");--> statement-breakpoint
CREATE POLICY "staff_all" ON "mdf_allocations" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "mdf_allocations" AS PERMISSIVE FOR ALL TO "consort_app" USING ("mdf_allocations"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("mdf_allocations"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "mdf_claim_leads" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "mdf_claim_leads" AS PERMISSIVE FOR ALL TO "consort_app" USING ("mdf_claim_leads"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("mdf_claim_leads"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "mdf_claims" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "mdf_claims" AS PERMISSIVE FOR ALL TO "consort_app" USING ("mdf_claims"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("mdf_claims"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "mdf_ledger" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "mdf_ledger" AS PERMISSIVE FOR ALL TO "consort_app" USING ("mdf_ledger"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("mdf_ledger"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "mdf_requests" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "mdf_requests" AS PERMISSIVE FOR ALL TO "consort_app" USING ("mdf_requests"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("mdf_requests"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);