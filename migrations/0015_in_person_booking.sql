CREATE TABLE "in_person_prices" (
	"specialty_code" text PRIMARY KEY NOT NULL,
	"amount_rub" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_charges" (
	"appointment_id" uuid PRIMARY KEY NOT NULL,
	"price_rub" integer NOT NULL,
	"share_percent" integer NOT NULL,
	"amount_rub" integer NOT NULL,
	"adapter" text NOT NULL,
	"reference" text NOT NULL,
	"charged_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "insurance_programmes" ADD COLUMN "temporary_franchise_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insurance_programmes" ADD COLUMN "temporary_franchise_percent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "in_person_prices" ADD CONSTRAINT "in_person_prices_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_charges" ADD CONSTRAINT "visit_charges_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;