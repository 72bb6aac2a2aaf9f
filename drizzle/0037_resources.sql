CREATE TABLE "resource_categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_downloads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"resource_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid,
	"cobranded" boolean DEFAULT false NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resource_downloads" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category_id" uuid,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"url" text,
	"file" jsonb,
	"template" text,
	"audience" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_at" timestamp (3) with time zone,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resource_downloads" ADD CONSTRAINT "resource_downloads_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_downloads" ADD CONSTRAINT "resource_downloads_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_downloads" ADD CONSTRAINT "resource_downloads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_category_id_resource_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."resource_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "resource_categories_name_unique" ON "resource_categories" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "resource_downloads_resource_idx" ON "resource_downloads" USING btree ("resource_id","at");--> statement-breakpoint
CREATE INDEX "resource_downloads_partner_idx" ON "resource_downloads" USING btree ("partner_id","at");--> statement-breakpoint
CREATE INDEX "resources_status_idx" ON "resources" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "resources_category_idx" ON "resources" USING btree ("category_id");--> statement-breakpoint
CREATE POLICY "staff_all" ON "resource_downloads" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "resource_downloads" AS PERMISSIVE FOR ALL TO "consort_app" USING ("resource_downloads"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("resource_downloads"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
-- Hand-written: the categories a fresh installation starts with (the vendor edits the list).
INSERT INTO "resource_categories" ("id", "name", "position") VALUES
  ('01900000-0000-7000-8000-00000000c001', 'Sales playbooks', 1),
  ('01900000-0000-7000-8000-00000000c002', 'Battlecards', 2),
  ('01900000-0000-7000-8000-00000000c003', 'Datasheets', 3),
  ('01900000-0000-7000-8000-00000000c004', 'Case studies', 4),
  ('01900000-0000-7000-8000-00000000c005', 'Training', 5),
  ('01900000-0000-7000-8000-00000000c006', 'Brand assets', 6),
  ('01900000-0000-7000-8000-00000000c007', 'Price lists', 7);
