CREATE SEQUENCE "public"."conflict_case_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "conflict_case_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_id" uuid,
	"shared" boolean DEFAULT false NOT NULL,
	"kind" text NOT NULL,
	"tier" integer NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"actor_id" uuid,
	"actor_label" text DEFAULT '' NOT NULL,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conflict_case_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "conflict_case_parties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_id" uuid,
	"registration_id" uuid,
	"statement" text DEFAULT '' NOT NULL,
	"statement_at" timestamp (3) with time zone,
	"outcome" text,
	"appealed_round" integer,
	"appeal_statement" text DEFAULT '' NOT NULL,
	"appealed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conflict_case_parties" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "conflict_case_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"appeal_days" integer DEFAULT 10 NOT NULL,
	"tier_sla_hours" integer[] DEFAULT '{72,120,168}' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conflict_case_settings_singleton" CHECK ("conflict_case_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "conflict_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"origin" text NOT NULL,
	"customer_name" text NOT NULL,
	"customer_domain" text,
	"customer_name_key" text NOT NULL,
	"customer_domain_key" text,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"tier" integer DEFAULT 1 NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"overdue_notified_tier" integer DEFAULT 0 NOT NULL,
	"owner_id" uuid,
	"round" integer DEFAULT 0 NOT NULL,
	"outcome" text,
	"reasons" text DEFAULT '' NOT NULL,
	"internal_note" text DEFAULT '' NOT NULL,
	"decided_at" timestamp (3) with time zone,
	"decided_by_id" uuid,
	"appeal_until" date,
	"closed_at" timestamp (3) with time zone,
	"closed_by_id" uuid,
	"outcome_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conflict_cases_tier" CHECK ("conflict_cases"."tier" between 1 and 3)
);
--> statement-breakpoint
ALTER TABLE "conflict_cases" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD COLUMN "approval_overdue_notified_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "conflict_case_entries" ADD CONSTRAINT "conflict_case_entries_case_id_conflict_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."conflict_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_case_entries" ADD CONSTRAINT "conflict_case_entries_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_case_entries" ADD CONSTRAINT "conflict_case_entries_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_case_parties" ADD CONSTRAINT "conflict_case_parties_case_id_conflict_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."conflict_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_case_parties" ADD CONSTRAINT "conflict_case_parties_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_case_parties" ADD CONSTRAINT "conflict_case_parties_registration_id_deal_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."deal_registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_cases" ADD CONSTRAINT "conflict_cases_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_cases" ADD CONSTRAINT "conflict_cases_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_cases" ADD CONSTRAINT "conflict_cases_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conflict_case_entries_case_idx" ON "conflict_case_entries" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "conflict_case_parties_case_idx" ON "conflict_case_parties" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "conflict_case_parties_partner_idx" ON "conflict_case_parties" USING btree ("partner_id","case_id");--> statement-breakpoint
CREATE INDEX "conflict_case_parties_registration_idx" ON "conflict_case_parties" USING btree ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conflict_case_parties_partner_once" ON "conflict_case_parties" USING btree ("case_id","partner_id") WHERE "conflict_case_parties"."partner_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "conflict_case_parties_vendor_once" ON "conflict_case_parties" USING btree ("case_id") WHERE "conflict_case_parties"."partner_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "conflict_cases_number_unique" ON "conflict_cases" USING btree ("number");--> statement-breakpoint
CREATE INDEX "conflict_cases_created_idx" ON "conflict_cases" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "conflict_cases_status_idx" ON "conflict_cases" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "conflict_cases_name_key_idx" ON "conflict_cases" USING btree ("customer_name_key") WHERE "conflict_cases"."status" <> 'closed';--> statement-breakpoint
CREATE POLICY "staff_all" ON "conflict_case_entries" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "party_read" ON "conflict_case_entries" AS PERMISSIVE FOR SELECT TO "consort_app" USING (("conflict_case_entries"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid OR ("conflict_case_entries"."partner_id" IS NULL AND "conflict_case_entries"."shared" AND exists (select 1 from conflict_case_parties p where p.case_id = "conflict_case_entries"."case_id" and p.partner_id = nullif(current_setting('consort.partner_id', true), '')::uuid))));--> statement-breakpoint
CREATE POLICY "party_insert" ON "conflict_case_entries" AS PERMISSIVE FOR INSERT TO "consort_app" WITH CHECK (("conflict_case_entries"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid OR ("conflict_case_entries"."partner_id" IS NULL AND "conflict_case_entries"."shared" AND exists (select 1 from conflict_case_parties p where p.case_id = "conflict_case_entries"."case_id" and p.partner_id = nullif(current_setting('consort.partner_id', true), '')::uuid))));--> statement-breakpoint
CREATE POLICY "staff_all" ON "conflict_case_parties" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "conflict_case_parties" AS PERMISSIVE FOR ALL TO "consort_app" USING ("conflict_case_parties"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("conflict_case_parties"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "conflict_cases" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "party_read" ON "conflict_cases" AS PERMISSIVE FOR SELECT TO "consort_app" USING (exists (select 1 from conflict_case_parties p where p.case_id = "conflict_cases"."id" and p.partner_id = nullif(current_setting('consort.partner_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "party_update" ON "conflict_cases" AS PERMISSIVE FOR UPDATE TO "consort_app" USING (exists (select 1 from conflict_case_parties p where p.case_id = "conflict_cases"."id" and p.partner_id = nullif(current_setting('consort.partner_id', true), '')::uuid)) WITH CHECK (exists (select 1 from conflict_case_parties p where p.case_id = "conflict_cases"."id" and p.partner_id = nullif(current_setting('consort.partner_id', true), '')::uuid));