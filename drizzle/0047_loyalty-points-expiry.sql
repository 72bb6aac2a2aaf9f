CREATE TABLE "loyalty_expiry_reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"expires_on" date NOT NULL,
	"points" integer NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loyalty_expiry_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "loyalty_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"points_expiry_months" integer DEFAULT 24 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loyalty_settings_expiry_range" CHECK ("loyalty_settings"."points_expiry_months" between 0 and 120)
);
--> statement-breakpoint
ALTER TABLE "loyalty_expiry_reminders" ADD CONSTRAINT "loyalty_expiry_reminders_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_expiry_reminders_once" ON "loyalty_expiry_reminders" USING btree ("partner_id","expires_on");--> statement-breakpoint
CREATE POLICY "staff_all" ON "loyalty_expiry_reminders" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "loyalty_expiry_reminders" AS PERMISSIVE FOR ALL TO "consort_app" USING ("loyalty_expiry_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("loyalty_expiry_reminders"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);