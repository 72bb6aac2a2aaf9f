CREATE TABLE "coopetition_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coopetition_areas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "directory_listings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp (3) with time zone,
	"description" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"types" text[] DEFAULT '{}' NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"hidden_reason" text DEFAULT '' NOT NULL,
	"hidden_by_id" uuid,
	"hidden_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_listings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "integration_listings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"listing_url" text DEFAULT '' NOT NULL,
	"certification" text DEFAULT 'none' NOT NULL,
	"certified_at" date,
	"expires_at" date,
	"certification_note" text DEFAULT '' NOT NULL,
	"compatibility" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "integration_listings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "application_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_throttle" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "partner_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"company_name" text NOT NULL,
	"website" text NOT NULL,
	"domain" text NOT NULL,
	"country" text,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"types" text[] DEFAULT '{}' NOT NULL,
	"company_size" text,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"contact_title" text DEFAULT '' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"duplicates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"prospect_partner_id" uuid,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp (3) with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partner_applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "recruitment_keys" (
	"name" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recruitment_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coopetition_areas" ADD CONSTRAINT "coopetition_areas_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coopetition_areas" ADD CONSTRAINT "coopetition_areas_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_listings" ADD CONSTRAINT "directory_listings_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_listings" ADD CONSTRAINT "directory_listings_hidden_by_id_users_id_fk" FOREIGN KEY ("hidden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_listings" ADD CONSTRAINT "integration_listings_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_applications" ADD CONSTRAINT "partner_applications_prospect_partner_id_partners_id_fk" FOREIGN KEY ("prospect_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_applications" ADD CONSTRAINT "partner_applications_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coopetition_areas_partner_idx" ON "coopetition_areas" USING btree ("partner_id","kind","name");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_listings_partner_unique" ON "directory_listings" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "directory_listings_public_idx" ON "directory_listings" USING btree ("published","hidden");--> statement-breakpoint
CREATE INDEX "directory_listings_regions_idx" ON "directory_listings" USING gin ("regions");--> statement-breakpoint
CREATE INDEX "directory_listings_industries_idx" ON "directory_listings" USING gin ("industries");--> statement-breakpoint
CREATE INDEX "directory_listings_types_idx" ON "directory_listings" USING gin ("types");--> statement-breakpoint
CREATE INDEX "integration_listings_partner_idx" ON "integration_listings" USING btree ("partner_id","name");--> statement-breakpoint
CREATE INDEX "integration_listings_name_idx" ON "integration_listings" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "integration_listings_certification_idx" ON "integration_listings" USING btree ("certification","expires_at");--> statement-breakpoint
CREATE INDEX "partner_applications_created_idx" ON "partner_applications" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "partner_applications_status_idx" ON "partner_applications" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "partner_applications_domain_idx" ON "partner_applications" USING btree ("domain");--> statement-breakpoint
CREATE POLICY "staff_all" ON "coopetition_areas" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "coopetition_areas" AS PERMISSIVE FOR ALL TO "consort_app" USING ("coopetition_areas"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("coopetition_areas"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "directory_listings" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "directory_listings" AS PERMISSIVE FOR ALL TO "consort_app" USING ("directory_listings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("directory_listings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "integration_listings" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "integration_listings" AS PERMISSIVE FOR ALL TO "consort_app" USING ("integration_listings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("integration_listings"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "application_throttle" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "partner_applications" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "recruitment_keys" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
INSERT INTO "recruitment_keys" ("name", "secret") VALUES ('application_form', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
