CREATE TYPE "public"."guarantee_letter_status" AS ENUM('submitted', 'approved', 'declined', 'cancelled');--> statement-breakpoint
CREATE TABLE "guarantee_letter_deliveries" (
	"letter_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" uuid NOT NULL,
	"adapter" text NOT NULL,
	"external_id" text NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guarantee_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"submitted_by_account_id" uuid NOT NULL,
	"clinic_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"reason" text NOT NULL,
	"referral_file_id" uuid,
	"status" "guarantee_letter_status" DEFAULT 'submitted' NOT NULL,
	"number" text,
	"policy_id" uuid,
	"valid_from" date,
	"valid_to" date,
	"decided_by_account_id" uuid,
	"decline_reason" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guarantee_letters_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "guarantee_letter_deliveries" ADD CONSTRAINT "guarantee_letter_deliveries_letter_id_guarantee_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."guarantee_letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_letter_deliveries" ADD CONSTRAINT "guarantee_letter_deliveries_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_letters" ADD CONSTRAINT "guarantee_letters_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_letters" ADD CONSTRAINT "guarantee_letters_submitted_by_account_id_accounts_id_fk" FOREIGN KEY ("submitted_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_letters" ADD CONSTRAINT "guarantee_letters_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_letters" ADD CONSTRAINT "guarantee_letters_service_code_medical_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "public"."medical_services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_letters" ADD CONSTRAINT "guarantee_letters_referral_file_id_files_id_fk" FOREIGN KEY ("referral_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_letters" ADD CONSTRAINT "guarantee_letters_policy_id_insurance_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."insurance_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_letters" ADD CONSTRAINT "guarantee_letters_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guarantee_letters_patient_idx" ON "guarantee_letters" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "guarantee_letters_inbox_idx" ON "guarantee_letters" USING btree ("status","created_at");