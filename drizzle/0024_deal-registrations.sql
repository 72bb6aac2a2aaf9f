CREATE SEQUENCE "public"."deal_registration_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "deal_registration_reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"expires_on" date NOT NULL,
	"days" integer NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deal_registration_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deal_registration_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"approval_sla_hours" integer DEFAULT 48 NOT NULL,
	"reminder_days" integer[] DEFAULT '{14,3}' NOT NULL,
	"default_protection_days" integer DEFAULT 90 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_registration_settings_singleton" CHECK ("deal_registration_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "deal_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"customer_name" text NOT NULL,
	"customer_domain" text,
	"customer_name_key" text NOT NULL,
	"customer_domain_key" text,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"expected_close_date" date NOT NULL,
	"products" text[] DEFAULT '{}' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"submitted_at" timestamp (3) with time zone NOT NULL,
	"submitted_by_id" uuid,
	"approval_due_at" timestamp (3) with time zone NOT NULL,
	"conflict_flagged" boolean DEFAULT false NOT NULL,
	"conflict_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_at" timestamp (3) with time zone,
	"decided_by_id" uuid,
	"rejection_reason" text DEFAULT '' NOT NULL,
	"protection_days" integer,
	"expires_on" date,
	"extension_requested_on" date,
	"extension_requested_until" date,
	"extension_reason" text DEFAULT '' NOT NULL,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"closed_by_id" uuid,
	"close_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_registrations_amount_nonnegative" CHECK ("deal_registrations"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "deal_registrations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "deal_registration_reminders" ADD CONSTRAINT "deal_registration_reminders_registration_id_deal_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."deal_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registration_reminders" ADD CONSTRAINT "deal_registration_reminders_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD CONSTRAINT "deal_registrations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD CONSTRAINT "deal_registrations_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD CONSTRAINT "deal_registrations_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD CONSTRAINT "deal_registrations_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deal_registration_reminders_once" ON "deal_registration_reminders" USING btree ("registration_id","expires_on","days");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_registrations_number_unique" ON "deal_registrations" USING btree ("number");--> statement-breakpoint
CREATE INDEX "deal_registrations_partner_idx" ON "deal_registrations" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "deal_registrations_created_idx" ON "deal_registrations" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "deal_registrations_status_idx" ON "deal_registrations" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "deal_registrations_domain_key_idx" ON "deal_registrations" USING btree ("customer_domain_key") WHERE "deal_registrations"."status" in ('submitted', 'approved') and "deal_registrations"."customer_domain_key" is not null;--> statement-breakpoint
CREATE INDEX "deal_registrations_name_key_idx" ON "deal_registrations" USING btree ("customer_name_key") WHERE "deal_registrations"."status" in ('submitted', 'approved');--> statement-breakpoint
CREATE INDEX "deal_registrations_expires_idx" ON "deal_registrations" USING btree ("expires_on") WHERE "deal_registrations"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "deal_registrations_due_idx" ON "deal_registrations" USING btree ("approval_due_at") WHERE "deal_registrations"."status" = 'submitted';--> statement-breakpoint
CREATE POLICY "staff_all" ON "deal_registration_reminders" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "deal_registration_reminders" AS PERMISSIVE FOR ALL TO "consort_app" USING ("deal_registration_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("deal_registration_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "deal_registrations" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "deal_registrations" AS PERMISSIVE FOR ALL TO "consort_app" USING ("deal_registrations"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("deal_registrations"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
-- The conflict check (docs/decisions/0160): active claims on a customer by partners other than
-- the registering one, by normalised domain and by normalised name, read through the partial
-- indexes above. SECURITY DEFINER because a partner-side transaction must see that another
-- partner's claim exists (row-level security hides the row itself); it answers only what the
-- service needs and the service tells a partner neither the other partner nor its number.
-- Other sources of claims (vendor-direct opportunities) join by adding a branch here.
CREATE FUNCTION deal_registration_claims(p_domain_key text, p_name_key text, p_partner_id uuid, p_today date)
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
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_registration_claims(text, text, uuid, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION deal_registration_claims(text, text, uuid, date) TO consort_app, consort_staff;
