CREATE TABLE "incentive_deal_credits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"deal_number" text NOT NULL,
	"deal_title" text NOT NULL,
	"role" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"close_date" date NOT NULL,
	"status" text NOT NULL,
	"cycle" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incentive_deal_credits" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "incentive_earnings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"opportunity_id" uuid,
	"credit_id" uuid,
	"deal_number" text DEFAULT '' NOT NULL,
	"deal_title" text DEFAULT '' NOT NULL,
	"plan_id" uuid,
	"plan_name" text DEFAULT '' NOT NULL,
	"rule" text NOT NULL,
	"base_amount" bigint,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"close_date" date NOT NULL,
	"period" text NOT NULL,
	"payable_on" date NOT NULL,
	"reverses_id" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"batch_id" uuid,
	"paid_at" timestamp (3) with time zone,
	"accrued_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incentive_earnings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "incentive_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"currency" text NOT NULL,
	"config" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incentive_plans_dates" CHECK ("incentive_plans"."effective_to" is null or "incentive_plans"."effective_to" >= "incentive_plans"."effective_from")
);
--> statement-breakpoint
ALTER TABLE "incentive_plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "incentive_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"approval_threshold" bigint DEFAULT 5000000 NOT NULL,
	"payout_day" integer DEFAULT 15 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incentive_settings_singleton" CHECK ("incentive_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "payout_approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"approved_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payout_approvals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payout_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"period_end" date NOT NULL,
	"pay_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"approvals_required" integer NOT NULL,
	"total_reporting" bigint NOT NULL,
	"reporting_currency" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"approved_at" timestamp (3) with time zone,
	"paid_at" timestamp (3) with time zone,
	"paid_by_id" uuid,
	"payment_reference" text DEFAULT '' NOT NULL,
	"cancelled_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payout_batches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payout_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"amount" bigint NOT NULL,
	"entry_count" integer NOT NULL,
	"held" boolean DEFAULT false NOT NULL,
	"held_reason" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"pay_date" date NOT NULL,
	"paid_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payout_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "incentive_deal_credits" ADD CONSTRAINT "incentive_deal_credits_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_deal_credits" ADD CONSTRAINT "incentive_deal_credits_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_earnings" ADD CONSTRAINT "incentive_earnings_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_earnings" ADD CONSTRAINT "incentive_earnings_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_earnings" ADD CONSTRAINT "incentive_earnings_credit_id_incentive_deal_credits_id_fk" FOREIGN KEY ("credit_id") REFERENCES "public"."incentive_deal_credits"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_earnings" ADD CONSTRAINT "incentive_earnings_plan_id_incentive_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."incentive_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_earnings" ADD CONSTRAINT "incentive_earnings_reverses_id_incentive_earnings_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."incentive_earnings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_earnings" ADD CONSTRAINT "incentive_earnings_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payout_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_plans" ADD CONSTRAINT "incentive_plans_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_approvals" ADD CONSTRAINT "payout_approvals_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payout_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_approvals" ADD CONSTRAINT "payout_approvals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_paid_by_id_users_id_fk" FOREIGN KEY ("paid_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_lines" ADD CONSTRAINT "payout_lines_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payout_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_lines" ADD CONSTRAINT "payout_lines_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_deal_credits_once" ON "incentive_deal_credits" USING btree ("opportunity_id","partner_id");--> statement-breakpoint
CREATE INDEX "incentive_deal_credits_partner_idx" ON "incentive_deal_credits" USING btree ("partner_id","close_date");--> statement-breakpoint
CREATE INDEX "incentive_deal_credits_account_idx" ON "incentive_deal_credits" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_earnings_key_unique" ON "incentive_earnings" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_earnings_reversed_once" ON "incentive_earnings" USING btree ("reverses_id") WHERE "incentive_earnings"."reverses_id" is not null;--> statement-breakpoint
CREATE INDEX "incentive_earnings_partner_idx" ON "incentive_earnings" USING btree ("partner_id","accrued_at");--> statement-breakpoint
CREATE INDEX "incentive_earnings_accrued_idx" ON "incentive_earnings" USING btree ("accrued_at","id");--> statement-breakpoint
CREATE INDEX "incentive_earnings_unbatched_idx" ON "incentive_earnings" USING btree ("payable_on") WHERE "incentive_earnings"."batch_id" is null;--> statement-breakpoint
CREATE INDEX "incentive_earnings_batch_idx" ON "incentive_earnings" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "incentive_earnings_opportunity_idx" ON "incentive_earnings" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "incentive_plans_program_idx" ON "incentive_plans" USING btree ("program_id","kind","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_approvals_once" ON "payout_approvals" USING btree ("batch_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_batches_number_unique" ON "payout_batches" USING btree ("number");--> statement-breakpoint
CREATE INDEX "payout_batches_created_idx" ON "payout_batches" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_lines_once" ON "payout_lines" USING btree ("batch_id","partner_id","currency");--> statement-breakpoint
CREATE INDEX "payout_lines_partner_idx" ON "payout_lines" USING btree ("partner_id","pay_date");--> statement-breakpoint
CREATE POLICY "staff_all" ON "incentive_deal_credits" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "incentive_deal_credits" AS PERMISSIVE FOR ALL TO "consort_app" USING ("incentive_deal_credits"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("incentive_deal_credits"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "incentive_earnings" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "incentive_earnings" AS PERMISSIVE FOR ALL TO "consort_app" USING ("incentive_earnings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("incentive_earnings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "incentive_plans" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "payout_approvals" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "payout_batches" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "payout_lines" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "payout_lines" AS PERMISSIVE FOR ALL TO "consort_app" USING ("payout_lines"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("payout_lines"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);