CREATE TABLE "health_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"green" integer DEFAULT 70 NOT NULL,
	"red" integer DEFAULT 40 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_settings_singleton" CHECK ("health_settings"."id" = 1),
	CONSTRAINT "health_settings_bands" CHECK (0 <= "health_settings"."red" and "health_settings"."red" < "health_settings"."green" and "health_settings"."green" <= 100)
);
--> statement-breakpoint
ALTER TABLE "health_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "staff_all" ON "health_settings" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
-- Hand-written (health): the settings row exists from the start, with the bands of decision 0278.
INSERT INTO "health_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
