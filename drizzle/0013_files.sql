CREATE TABLE "files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid,
	"kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_storageKey_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
ALTER TABLE "files" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_record_idx" ON "files" USING btree ("record_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "files_partner_idx" ON "files" USING btree ("partner_id");--> statement-breakpoint
CREATE POLICY "staff_all" ON "files" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation_read" ON "files" AS PERMISSIVE FOR SELECT TO "consort_app" USING (("files"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid OR "files"."partner_id" IS NULL));--> statement-breakpoint
CREATE POLICY "partner_isolation_insert" ON "files" AS PERMISSIVE FOR INSERT TO "consort_app" WITH CHECK ("files"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_isolation_update" ON "files" AS PERMISSIVE FOR UPDATE TO "consort_app" USING ("files"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("files"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_isolation_delete" ON "files" AS PERMISSIVE FOR DELETE TO "consort_app" USING ("files"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);