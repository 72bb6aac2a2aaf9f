CREATE TABLE "ideal_partner_profiles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ideal_partner_profiles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "ideal_partner_profiles_single" ON "ideal_partner_profiles" USING btree ((true));--> statement-breakpoint
CREATE POLICY "staff_all" ON "ideal_partner_profiles" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);