CREATE TABLE "sign_in_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"partner_id" uuid,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"ip" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"used_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "sign_in_links" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mail_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid,
	"user_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"with_logo" boolean DEFAULT false NOT NULL,
	"purpose" text NOT NULL,
	"sensitive" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp (3) with time zone,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "mail_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"partner_id" uuid,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"partner_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"entity_type" text,
	"entity_id" text,
	"about_partner_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp (3) with time zone,
	"digest_pending" text
);
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"name" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signing_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sign_in_links" ADD CONSTRAINT "sign_in_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sign_in_links_token_hash_unique" ON "sign_in_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sign_in_links_user_idx" ON "sign_in_links" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "mail_messages_due_idx" ON "mail_messages" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_messages_user_idx" ON "mail_messages" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" IS NULL;--> statement-breakpoint
CREATE INDEX "notifications_digest_idx" ON "notifications" USING btree ("user_id","created_at") WHERE "notifications"."digest_pending" = 'pending';--> statement-breakpoint
CREATE POLICY "staff_all" ON "sign_in_links" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "sign_in_links" AS PERMISSIVE FOR ALL TO "consort_app" USING ("sign_in_links"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("sign_in_links"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "mail_messages" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation_read" ON "mail_messages" AS PERMISSIVE FOR SELECT TO "consort_app" USING ("mail_messages"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_isolation_insert" ON "mail_messages" AS PERMISSIVE FOR INSERT TO "consort_app" WITH CHECK (("mail_messages"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid OR "mail_messages"."partner_id" IS NULL));--> statement-breakpoint
CREATE POLICY "partner_isolation_update" ON "mail_messages" AS PERMISSIVE FOR UPDATE TO "consort_app" USING ("mail_messages"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("mail_messages"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_isolation_delete" ON "mail_messages" AS PERMISSIVE FOR DELETE TO "consort_app" USING ("mail_messages"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "notification_preferences" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation_read" ON "notification_preferences" AS PERMISSIVE FOR SELECT TO "consort_app" USING (("notification_preferences"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid OR "notification_preferences"."partner_id" IS NULL));--> statement-breakpoint
CREATE POLICY "partner_isolation_insert" ON "notification_preferences" AS PERMISSIVE FOR INSERT TO "consort_app" WITH CHECK ("notification_preferences"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_isolation_update" ON "notification_preferences" AS PERMISSIVE FOR UPDATE TO "consort_app" USING ("notification_preferences"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("notification_preferences"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_isolation_delete" ON "notification_preferences" AS PERMISSIVE FOR DELETE TO "consort_app" USING ("notification_preferences"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "staff_all" ON "notifications" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation_read" ON "notifications" AS PERMISSIVE FOR SELECT TO "consort_app" USING ("notifications"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_isolation_insert" ON "notifications" AS PERMISSIVE FOR INSERT TO "consort_app" WITH CHECK (("notifications"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid OR "notifications"."partner_id" IS NULL));--> statement-breakpoint
CREATE POLICY "partner_isolation_update" ON "notifications" AS PERMISSIVE FOR UPDATE TO "consort_app" USING ("notifications"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("notifications"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_isolation_delete" ON "notifications" AS PERMISSIVE FOR DELETE TO "consort_app" USING ("notifications"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "read_only" ON "signing_keys" AS PERMISSIVE FOR SELECT TO "consort_app", "consort_staff" USING (true);--> statement-breakpoint
INSERT INTO "signing_keys" ("name", "secret") VALUES ('unsubscribe', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
