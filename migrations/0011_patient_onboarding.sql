CREATE TYPE "public"."guardian_relation" AS ENUM('mother', 'father', 'guardian');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('pay_at_clinic', 'invoice');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('pending', 'paid', 'cancelled');--> statement-breakpoint
CREATE TABLE "guardianship_declarations" (
	"child_id" uuid PRIMARY KEY NOT NULL,
	"guardian_id" uuid NOT NULL,
	"declared_by_account_id" uuid NOT NULL,
	"relation" "guardian_relation" NOT NULL,
	"birth_certificate" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guardianship_declarations_birth_certificate_unique" UNIQUE("birth_certificate")
);
--> statement-breakpoint
CREATE TABLE "appointment_payments" (
	"appointment_id" uuid PRIMARY KEY NOT NULL,
	"method" "payment_method" NOT NULL,
	"status" "payment_status" DEFAULT 'pending' NOT NULL,
	"amount_rub" integer NOT NULL,
	"invoice_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_payments_invoice_number_unique" UNIQUE("invoice_number")
);
--> statement-breakpoint
CREATE TABLE "consultation_prices" (
	"specialty_code" text PRIMARY KEY NOT NULL,
	"amount_rub" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guardianship_declarations" ADD CONSTRAINT "guardianship_declarations_child_id_patients_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianship_declarations" ADD CONSTRAINT "guardianship_declarations_guardian_id_patients_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianship_declarations" ADD CONSTRAINT "guardianship_declarations_declared_by_account_id_accounts_id_fk" FOREIGN KEY ("declared_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_payments" ADD CONSTRAINT "appointment_payments_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_prices" ADD CONSTRAINT "consultation_prices_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;