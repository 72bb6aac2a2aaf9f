CREATE TABLE "alliance_checklist_ticks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"side" text NOT NULL,
	"done" boolean DEFAULT true NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_id" uuid,
	"at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alliance_checklist_ticks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "alliance_phase_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"from_phase" text,
	"to_phase" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"actor_id" uuid,
	"occurred_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alliance_phase_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "alliance_qualifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"side" text NOT NULL,
	"scores" jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"assessed_by_id" uuid,
	"assessed_at" timestamp (3) with time zone NOT NULL,
	"recommendation" text NOT NULL,
	"provisional" boolean NOT NULL,
	"score_percent" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alliance_qualifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "alliances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"type" text NOT NULL,
	"phase" text NOT NULL,
	"stage" text DEFAULT 'strategic_fit' NOT NULL,
	"vendor_sponsor_id" uuid,
	"partner_sponsor_user_id" uuid,
	"partner_sponsor_contact_id" uuid,
	"design" jsonb NOT NULL,
	"design_explicit" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"started_by_id" uuid,
	"qualification_reminded_on" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliances_one_partner_sponsor" CHECK ("alliances"."partner_sponsor_user_id" is null or "alliances"."partner_sponsor_contact_id" is null)
);
--> statement-breakpoint
ALTER TABLE "alliances" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "alliance_checklist_ticks" ADD CONSTRAINT "alliance_checklist_ticks_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_checklist_ticks" ADD CONSTRAINT "alliance_checklist_ticks_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_phase_changes" ADD CONSTRAINT "alliance_phase_changes_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_phase_changes" ADD CONSTRAINT "alliance_phase_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_qualifications" ADD CONSTRAINT "alliance_qualifications_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_qualifications" ADD CONSTRAINT "alliance_qualifications_assessed_by_id_users_id_fk" FOREIGN KEY ("assessed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliances" ADD CONSTRAINT "alliances_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliances" ADD CONSTRAINT "alliances_vendor_sponsor_id_users_id_fk" FOREIGN KEY ("vendor_sponsor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliances" ADD CONSTRAINT "alliances_partner_sponsor_user_id_users_id_fk" FOREIGN KEY ("partner_sponsor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliances" ADD CONSTRAINT "alliances_partner_sponsor_contact_id_partner_contacts_id_fk" FOREIGN KEY ("partner_sponsor_contact_id") REFERENCES "public"."partner_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliances" ADD CONSTRAINT "alliances_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alliance_checklist_ticks_unique" ON "alliance_checklist_ticks" USING btree ("partner_id","item_key","side");--> statement-breakpoint
CREATE INDEX "alliance_phase_changes_partner_idx" ON "alliance_phase_changes" USING btree ("partner_id","occurred_at");--> statement-breakpoint
CREATE INDEX "alliance_qualifications_partner_idx" ON "alliance_qualifications" USING btree ("partner_id","assessed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "alliances_partner_unique" ON "alliances" USING btree ("partner_id");--> statement-breakpoint
CREATE POLICY "staff_all" ON "alliance_checklist_ticks" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "alliance_checklist_ticks" AS PERMISSIVE FOR ALL TO "consort_app" USING ("alliance_checklist_ticks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("alliance_checklist_ticks"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "alliance_phase_changes" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "alliance_phase_changes" AS PERMISSIVE FOR ALL TO "consort_app" USING ("alliance_phase_changes"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("alliance_phase_changes"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "alliance_qualifications" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "alliance_qualifications" AS PERMISSIVE FOR ALL TO "consort_app" USING ("alliance_qualifications"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("alliance_qualifications"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "alliances" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "alliances" AS PERMISSIVE FOR ALL TO "consort_app" USING ("alliances"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("alliances"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);