CREATE TABLE "holidays" (
	"date" date PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slot_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"slot_minutes" integer NOT NULL,
	"formats" "consult_format"[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "slot_templates_weekday" CHECK ("slot_templates"."weekday" between 1 and 7),
	CONSTRAINT "slot_templates_positive_length" CHECK ("slot_templates"."end_time" > "slot_templates"."start_time"),
	CONSTRAINT "slot_templates_slot_minutes" CHECK ("slot_templates"."slot_minutes" between 5 and 240)
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "client_address" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "client_address" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "slot_templates" ADD CONSTRAINT "slot_templates_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "slot_templates_practitioner_idx" ON "slot_templates" USING btree ("practitioner_id","weekday");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_events" USING btree ("created_at","id");