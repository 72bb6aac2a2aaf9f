CREATE TABLE "partner_domains" (
	"domain" text PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partner_domains" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "partner_domains" ADD CONSTRAINT "partner_domains_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_domains_partner_idx" ON "partner_domains" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "partners_name_trgm_idx" ON "partners" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partners_legal_name_trgm_idx" ON "partners" USING gin ("legal_name" gin_trgm_ops);--> statement-breakpoint
CREATE POLICY "staff_all" ON "partner_domains" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_isolation" ON "partner_domains" AS PERMISSIVE FOR ALL TO "consort_app" USING ("partner_domains"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid) WITH CHECK ("partner_domains"."partner_id" = nullif(current_setting('consort.partner_id', true), '')::uuid);--> statement-breakpoint
-- Existing partners claim the domains they list. A domain listed by several partners goes to the
-- one created first; the others keep it in their list, unclaimed, until someone edits their
-- domains, which then answers 409 naming it (docs/decisions/0040).
INSERT INTO "partner_domains" ("domain", "partner_id", "created_at")
SELECT DISTINCT ON (d.domain) d.domain, p.id, p.created_at
FROM "partners" p CROSS JOIN LATERAL unnest(p.domains) AS d(domain)
ORDER BY d.domain, p.created_at, p.id;
