ALTER TABLE "certifications" ADD COLUMN "audience" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "audience" jsonb DEFAULT '[]'::jsonb NOT NULL;