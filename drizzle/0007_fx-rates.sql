CREATE TABLE "fx_rates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"currency" text NOT NULL,
	"to_currency" text NOT NULL,
	"on_date" date NOT NULL,
	"rate" numeric(24, 12) NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "fx_rates_pair_date_unique" ON "fx_rates" USING btree ("currency","to_currency","on_date");