CREATE TABLE "attribution_locked_deals" (
	"period_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"close_date" date NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"reporting_amount" bigint,
	CONSTRAINT "attribution_locked_deals_period_id_opportunity_id_pk" PRIMARY KEY("period_id","opportunity_id")
);
--> statement-breakpoint
ALTER TABLE "attribution_locked_deals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attribution_locked_touches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"role" text NOT NULL,
	"roles" text[] NOT NULL,
	"sourced" boolean NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attribution_locked_touches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attribution_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period" text NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text NOT NULL,
	"reporting_currency" text NOT NULL,
	"opportunities" integer DEFAULT 0 NOT NULL,
	"locked_at" timestamp (3) with time zone NOT NULL,
	"locked_by_id" uuid,
	"unlocked_at" timestamp (3) with time zone,
	"unlocked_by_id" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attribution_periods" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attribution_policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"role_weights" jsonb NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attribution_policies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attribution_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"default_model" text DEFAULT 'sourced' NOT NULL,
	"default_policy_id" uuid,
	"half_life_days" integer DEFAULT 90 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attribution_settings_singleton" CHECK ("attribution_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "attribution_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "attribution_locked_deals" ADD CONSTRAINT "attribution_locked_deals_period_id_attribution_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."attribution_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attribution_locked_touches" ADD CONSTRAINT "attribution_locked_touches_period_id_attribution_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."attribution_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attribution_periods" ADD CONSTRAINT "attribution_periods_locked_by_id_users_id_fk" FOREIGN KEY ("locked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attribution_periods" ADD CONSTRAINT "attribution_periods_unlocked_by_id_users_id_fk" FOREIGN KEY ("unlocked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attribution_locked_deals_close_idx" ON "attribution_locked_deals" USING btree ("close_date");--> statement-breakpoint
CREATE INDEX "attribution_locked_touches_idx" ON "attribution_locked_touches" USING btree ("period_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "attribution_locked_touches_partner_idx" ON "attribution_locked_touches" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attribution_periods_period_unique" ON "attribution_periods" USING btree ("period");--> statement-breakpoint
CREATE INDEX "attribution_periods_dates_idx" ON "attribution_periods" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "attribution_policies_name_unique" ON "attribution_policies" USING btree (lower("name"));--> statement-breakpoint
CREATE POLICY "staff_all" ON "attribution_locked_deals" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "attribution_locked_touches" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "attribution_periods" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "attribution_policies" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff_all" ON "attribution_settings" AS PERMISSIVE FOR ALL TO "consort_staff" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "partner_read" ON "attribution_settings" AS PERMISSIVE FOR SELECT TO "consort_app" USING (true);--> statement-breakpoint
-- Hand-written (attribution): the settings row exists from the start (a partner-side reader may
-- not insert it).
INSERT INTO "attribution_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- What attribution reads (docs/decisions/0267–0268): one row per partner touch of every won
-- opportunity closed in [p_from, p_to] (or of the one opportunity p_opportunity, whatever its stage) — live from the opportunity tables where the close date is
-- in no locked period, from the lock's snapshot where it is. A partner involved without a dated
-- touch counts as one touch at its involvement's date. `partner_rank` orders the deal's partners
-- by id (the tie-break every model uses). SECURITY INVOKER: it reads with the caller's rights
-- (vendor staff); partner-side callers go through attribution_partner_inputs below.
CREATE FUNCTION attribution_inputs(p_from date, p_to date, p_opportunity uuid DEFAULT NULL)
RETURNS TABLE (opportunity_id uuid, number text, title text, close_date date, amount bigint, currency text,
               reporting_amount bigint, locked_period text, partner_id uuid, partner_rank bigint, role text,
               roles text[], sourced boolean, occurred_at timestamptz)
LANGUAGE sql STABLE
SET search_path = public, pg_temp
AS $$
  WITH deals AS (
    SELECT o.id, o.number, o.title, o.close_date, o.amount, o.currency
      FROM opportunities o
     WHERE (p_opportunity IS NULL AND o.stage = 'closed_won' AND o.close_date BETWEEN p_from AND p_to
            AND NOT EXISTS (SELECT 1 FROM attribution_periods ap
                             WHERE ap.status = 'locked' AND o.close_date BETWEEN ap.starts_on AND ap.ends_on))
        OR (o.id = p_opportunity
            AND NOT EXISTS (SELECT 1 FROM attribution_locked_deals ld JOIN attribution_periods ap ON ap.id = ld.period_id
                             WHERE ld.opportunity_id = o.id AND ap.status = 'locked'))
  ), rows AS (
    SELECT d.id, d.number, d.title, d.close_date, d.amount, d.currency, NULL::bigint AS reporting_amount,
           NULL::text AS locked_period, t.partner_id, t.role, op.roles, op.sourced, t.occurred_at
      FROM deals d
      JOIN opportunity_touches t ON t.opportunity_id = d.id
      JOIN opportunity_partners op ON op.opportunity_id = d.id AND op.partner_id = t.partner_id
    UNION ALL
    SELECT d.id, d.number, d.title, d.close_date, d.amount, d.currency, NULL::bigint, NULL::text,
           op.partner_id, op.roles[1], op.roles, op.sourced, op.created_at
      FROM deals d
      JOIN opportunity_partners op ON op.opportunity_id = d.id
     WHERE cardinality(op.roles) > 0
       AND NOT EXISTS (SELECT 1 FROM opportunity_touches t WHERE t.opportunity_id = d.id AND t.partner_id = op.partner_id)
    UNION ALL
    SELECT ld.opportunity_id, ld.number, ld.title, ld.close_date, ld.amount, ld.currency, ld.reporting_amount,
           ap.period, lt.partner_id, lt.role, lt.roles, lt.sourced, lt.occurred_at
      FROM attribution_periods ap
      JOIN attribution_locked_deals ld ON ld.period_id = ap.id
      JOIN attribution_locked_touches lt ON lt.period_id = ap.id AND lt.opportunity_id = ld.opportunity_id
     WHERE ap.status = 'locked'
       AND (CASE WHEN p_opportunity IS NULL THEN ld.close_date BETWEEN p_from AND p_to ELSE ld.opportunity_id = p_opportunity END)
  )
  SELECT r.id, r.number, r.title, r.close_date, r.amount, r.currency, r.reporting_amount, r.locked_period,
         r.partner_id, dense_rank() OVER (PARTITION BY r.id ORDER BY r.partner_id), r.role, r.roles, r.sourced, r.occurred_at
    FROM rows r
$$;
--> statement-breakpoint
-- The same for a partner-side caller: only the deals the caller's company touched, every partner
-- of them (a linear split needs to know how many there are), the other partners' ids replaced
-- by a pseudonym per deal so the database hands the caller no other company's identity. SECURITY
-- DEFINER because row-level security hides the other partners' touches; without a partner in the
-- transaction it answers nothing.
CREATE FUNCTION attribution_partner_inputs(p_from date, p_to date, p_opportunity uuid DEFAULT NULL)
RETURNS TABLE (opportunity_id uuid, number text, title text, close_date date, amount bigint, currency text,
               reporting_amount bigint, locked_period text, partner_id uuid, partner_rank bigint, role text,
               roles text[], sourced boolean, occurred_at timestamptz)
LANGUAGE sql STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH me AS (SELECT nullif(current_setting('consort.partner_id', true), '')::uuid AS id),
  i AS (SELECT * FROM attribution_inputs(p_from, p_to, p_opportunity)),
  mine AS (SELECT DISTINCT i.opportunity_id FROM i JOIN me ON i.partner_id = me.id)
  SELECT i.opportunity_id, i.number, i.title, i.close_date, i.amount, i.currency, i.reporting_amount, i.locked_period,
         CASE WHEN i.partner_id = me.id THEN i.partner_id ELSE md5(i.partner_id::text || i.opportunity_id::text)::uuid END,
         i.partner_rank, i.role, i.roles, i.sourced, i.occurred_at
    FROM i JOIN mine ON mine.opportunity_id = i.opportunity_id CROSS JOIN me
   WHERE me.id IS NOT NULL
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION attribution_partner_inputs(date, date, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION attribution_partner_inputs(date, date, uuid) TO consort_app;
--> statement-breakpoint
REVOKE ALL ON FUNCTION attribution_inputs(date, date, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION attribution_inputs(date, date, uuid) TO consort_staff;
