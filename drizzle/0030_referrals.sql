CREATE TABLE "referral_clicks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"token" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referral_clicks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "referral_commissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"conversion_id" uuid NOT NULL,
	"customer_ref" text NOT NULL,
	"base_amount" bigint NOT NULL,
	"rate_percent" numeric(7, 3) NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text DEFAULT 'accrued' NOT NULL,
	"accrued_at" timestamp (3) with time zone NOT NULL,
	"approved_at" timestamp (3) with time zone,
	"approved_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referral_commissions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "referral_conversions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"link_id" uuid,
	"click_id" uuid,
	"kind" text NOT NULL,
	"customer_ref" text NOT NULL,
	"customer_domain" text,
	"amount" bigint,
	"currency" text,
	"via" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_conversions_amount_nonnegative" CHECK ("referral_conversions"."amount" is null or "referral_conversions"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "referral_conversions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "referral_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"code" text NOT NULL,
	"destination_url" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referral_links" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "referral_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"cookie_days" integer DEFAULT 90 NOT NULL,
	"allowed_domains" text[] DEFAULT '{}' NOT NULL,
	"tracking_key_hash" text,
	"tracking_key_hint" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_settings_singleton" CHECK ("referral_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "referral_submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"company_name" text NOT NULL,
	"domain" text,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"submitted_by_id" uuid,
	"submitted_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referral_submissions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "referral_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referral_throttle" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "referral_clicks" ADD CONSTRAINT "referral_clicks_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_clicks" ADD CONSTRAINT "referral_clicks_link_id_referral_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."referral_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_commissions" ADD CONSTRAINT "referral_commissions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_commissions" ADD CONSTRAINT "referral_commissions_conversion_id_referral_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."referral_conversions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_commissions" ADD CONSTRAINT "referral_commissions_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_conversions" ADD CONSTRAINT "referral_conversions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_conversions" ADD CONSTRAINT "referral_conversions_link_id_referral_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."referral_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_conversions" ADD CONSTRAINT "referral_conversions_click_id_referral_clicks_id_fk" FOREIGN KEY ("click_id") REFERENCES "public"."referral_clicks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_links" ADD CONSTRAINT "referral_links_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_links" ADD CONSTRAINT "referral_links_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_submissions" ADD CONSTRAINT "referral_submissions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_submissions" ADD CONSTRAINT "referral_submissions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "referral_clicks_token_unique" ON "referral_clicks" USING btree ("token");--> statement-breakpoint
CREATE INDEX "referral_clicks_partner_idx" ON "referral_clicks" USING btree ("partner_id","occurred_at");--> statement-breakpoint
CREATE INDEX "referral_clicks_link_idx" ON "referral_clicks" USING btree ("link_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_commissions_conversion_unique" ON "referral_commissions" USING btree ("conversion_id");--> statement-breakpoint
CREATE INDEX "referral_commissions_partner_idx" ON "referral_commissions" USING btree ("partner_id","accrued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_conversions_customer_unique" ON "referral_conversions" USING btree ("kind","customer_ref");--> statement-breakpoint
CREATE INDEX "referral_conversions_partner_idx" ON "referral_conversions" USING btree ("partner_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_links_code_unique" ON "referral_links" USING btree (lower("code"));--> statement-breakpoint
CREATE INDEX "referral_links_partner_idx" ON "referral_links" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "referral_submissions_partner_idx" ON "referral_submissions" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE POLICY "staff_all" ON "referral_clicks" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "referral_clicks" AS PERMISSIVE FOR ALL TO "consort_app" USING ("referral_clicks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("referral_clicks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "referral_commissions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "referral_commissions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("referral_commissions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("referral_commissions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "referral_conversions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "referral_conversions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("referral_conversions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("referral_conversions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "referral_links" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "referral_links" AS PERMISSIVE FOR ALL TO "consort_app" USING ("referral_links"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("referral_links"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "referral_submissions" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "referral_submissions" AS PERMISSIVE FOR ALL TO "consort_app" USING ("referral_submissions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("referral_submissions"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "referral_throttle" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);