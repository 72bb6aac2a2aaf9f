CREATE SEQUENCE "public"."opportunity_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"domain" text,
	"other_domains" text[] DEFAULT '{}' NOT NULL,
	"name_key" text NOT NULL,
	"domain_key" text,
	"segment" text DEFAULT '' NOT NULL,
	"industry" text DEFAULT '' NOT NULL,
	"country" text,
	"owner_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "co_sell_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"opportunity_id" uuid,
	"title" text DEFAULT '' NOT NULL,
	"customer_name" text DEFAULT '' NOT NULL,
	"customer_domain" text,
	"amount" bigint,
	"currency" text,
	"close_date" date,
	"role" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"decision_reason" text DEFAULT '' NOT NULL,
	"requested_by_id" uuid,
	"decided_by_id" uuid,
	"decided_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "co_sell_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"account_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"stage" text NOT NULL,
	"close_date" date NOT NULL,
	"owner_id" uuid,
	"products" text[] DEFAULT '{}' NOT NULL,
	"source_kind" text DEFAULT 'direct' NOT NULL,
	"source_id" uuid,
	"shared_fields" text[] DEFAULT '{"amount","closeDate","stage"}' NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"lost_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_amount_nonnegative" CHECK ("opportunities"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "opportunities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "opportunity_partners" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"roles" text[] NOT NULL,
	"sourced" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunity_partners" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "opportunity_stage_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"changed_at" timestamp (3) with time zone NOT NULL,
	"changed_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "opportunity_stage_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "opportunity_touches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"role" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunity_touches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_sell_requests" ADD CONSTRAINT "co_sell_requests_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_sell_requests" ADD CONSTRAINT "co_sell_requests_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_sell_requests" ADD CONSTRAINT "co_sell_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_sell_requests" ADD CONSTRAINT "co_sell_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_partners" ADD CONSTRAINT "opportunity_partners_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_partners" ADD CONSTRAINT "opportunity_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_stage_changes" ADD CONSTRAINT "opportunity_stage_changes_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_stage_changes" ADD CONSTRAINT "opportunity_stage_changes_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_touches" ADD CONSTRAINT "opportunity_touches_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_touches" ADD CONSTRAINT "opportunity_touches_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_touches" ADD CONSTRAINT "opportunity_touches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_domain_key_unique" ON "accounts" USING btree ("domain_key") WHERE "accounts"."domain_key" is not null;--> statement-breakpoint
CREATE INDEX "accounts_name_key_idx" ON "accounts" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "accounts_created_idx" ON "accounts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "co_sell_requests_partner_idx" ON "co_sell_requests" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "co_sell_requests_created_idx" ON "co_sell_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "opportunities_number_unique" ON "opportunities" USING btree ("number");--> statement-breakpoint
CREATE INDEX "opportunities_created_idx" ON "opportunities" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "opportunities_account_idx" ON "opportunities" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "opportunities_stage_idx" ON "opportunities" USING btree ("stage","close_date");--> statement-breakpoint
CREATE INDEX "opportunities_source_idx" ON "opportunities" USING btree ("source_id") WHERE "opportunities"."source_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "opportunity_partners_once" ON "opportunity_partners" USING btree ("opportunity_id","partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "opportunity_partners_one_sourced" ON "opportunity_partners" USING btree ("opportunity_id") WHERE "opportunity_partners"."sourced";--> statement-breakpoint
CREATE INDEX "opportunity_partners_partner_idx" ON "opportunity_partners" USING btree ("partner_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "opportunity_stage_changes_idx" ON "opportunity_stage_changes" USING btree ("opportunity_id","changed_at");--> statement-breakpoint
CREATE INDEX "opportunity_touches_opportunity_idx" ON "opportunity_touches" USING btree ("opportunity_id","occurred_at");--> statement-breakpoint
CREATE POLICY "staff_all" ON "accounts" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_involved_read" ON "accounts" AS PERMISSIVE FOR SELECT TO "consort_app" USING (exists (select 1 from opportunities o join opportunity_partners p on p.opportunity_id = o.id where o.account_id = "accounts"."id" and p.partner_id = nullif(current_setting('consort.partner_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "staff_all" ON "co_sell_requests" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "co_sell_requests" AS PERMISSIVE FOR ALL TO "consort_app" USING ("co_sell_requests"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("co_sell_requests"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "opportunities" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_involved_read" ON "opportunities" AS PERMISSIVE FOR SELECT TO "consort_app" USING (exists (select 1 from opportunity_partners p where p.opportunity_id = "opportunities"."id" and p.partner_id = nullif(current_setting('consort.partner_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "staff_all" ON "opportunity_partners" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "opportunity_partners" AS PERMISSIVE FOR ALL TO "consort_app" USING ("opportunity_partners"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("opportunity_partners"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "opportunity_stage_changes" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "opportunity_touches" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "opportunity_touches" AS PERMISSIVE FOR ALL TO "consort_app" USING ("opportunity_touches"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("opportunity_touches"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
-- Hand-written (opportunities): the conflict check's seam. Open opportunities with no partner
-- involved (the vendor working the customer directly) are claims too, on the account's
-- normalised domain (or one of its other domains) or name: status 'vendor_opportunity', no
-- partner. Partners are only told "the vendor is already working this customer".
CREATE OR REPLACE FUNCTION deal_registration_claims(p_domain_key text, p_name_key text, p_partner_id uuid, p_today date)
RETURNS TABLE (id uuid, number text, partner_id uuid, status text, expires_on date, submitted_at timestamptz, domain_key text, name_key text)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT r.id, r.number, r.partner_id, r.status, r.expires_on, r.submitted_at, r.customer_domain_key, r.customer_name_key
    FROM deal_registrations r
   WHERE p_domain_key IS NOT NULL AND r.customer_domain_key = p_domain_key
     AND r.status IN ('submitted', 'approved') AND r.customer_domain_key IS NOT NULL
     AND r.partner_id <> p_partner_id AND (r.expires_on IS NULL OR r.expires_on >= p_today)
  UNION
  SELECT r.id, r.number, r.partner_id, r.status, r.expires_on, r.submitted_at, r.customer_domain_key, r.customer_name_key
    FROM deal_registrations r
   WHERE r.customer_name_key = p_name_key
     AND r.status IN ('submitted', 'approved')
     AND r.partner_id <> p_partner_id AND (r.expires_on IS NULL OR r.expires_on >= p_today)
  UNION
  SELECT o.id, o.number, NULL::uuid, 'vendor_opportunity', NULL::date, o.created_at,
         CASE WHEN p_domain_key IS NOT NULL AND (a.domain_key = p_domain_key OR p_domain_key = ANY (a.other_domains)) THEN p_domain_key ELSE a.domain_key END,
         a.name_key
    FROM accounts a
    JOIN opportunities o ON o.account_id = a.id
   WHERE ((p_domain_key IS NOT NULL AND (a.domain_key = p_domain_key OR p_domain_key = ANY (a.other_domains))) OR a.name_key = p_name_key)
     AND o.stage NOT IN ('closed_won', 'closed_lost')
     AND NOT EXISTS (SELECT 1 FROM opportunity_partners p WHERE p.opportunity_id = o.id)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_registration_claims(text, text, uuid, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION deal_registration_claims(text, text, uuid, date) TO consort_app, consort_staff;
