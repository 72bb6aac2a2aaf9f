ALTER TABLE "campaigns" ADD COLUMN "value_proposition_id" uuid;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "value_proposition_linked_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD COLUMN "value_proposition_id" uuid;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD COLUMN "value_proposition_linked_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "value_proposition_id" uuid;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "value_proposition_linked_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "value_proposition_id" uuid;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "value_proposition_linked_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_value_proposition_id_value_propositions_id_fk" FOREIGN KEY ("value_proposition_id") REFERENCES "public"."value_propositions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_registrations" ADD CONSTRAINT "deal_registrations_value_proposition_id_value_propositions_id_fk" FOREIGN KEY ("value_proposition_id") REFERENCES "public"."value_propositions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_value_proposition_id_value_propositions_id_fk" FOREIGN KEY ("value_proposition_id") REFERENCES "public"."value_propositions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_value_proposition_id_value_propositions_id_fk" FOREIGN KEY ("value_proposition_id") REFERENCES "public"."value_propositions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaigns_value_proposition_idx" ON "campaigns" USING btree ("value_proposition_id") WHERE "campaigns"."value_proposition_id" is not null;--> statement-breakpoint
CREATE INDEX "deal_registrations_value_proposition_idx" ON "deal_registrations" USING btree ("value_proposition_id") WHERE "deal_registrations"."value_proposition_id" is not null;--> statement-breakpoint
CREATE INDEX "opportunities_value_proposition_idx" ON "opportunities" USING btree ("value_proposition_id") WHERE "opportunities"."value_proposition_id" is not null;--> statement-breakpoint
CREATE INDEX "resources_value_proposition_idx" ON "resources" USING btree ("value_proposition_id") WHERE "resources"."value_proposition_id" is not null;