CREATE TYPE "public"."anamnesis_status" AS ENUM('in_progress', 'completed');--> statement-breakpoint
CREATE TABLE "anamnesis_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"started_by_account_id" uuid NOT NULL,
	"status" "anamnesis_status" DEFAULT 'in_progress' NOT NULL,
	"state" jsonb NOT NULL,
	"result" jsonb,
	"model_version" text NOT NULL,
	"appointment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "anamnesis_sessions" ADD CONSTRAINT "anamnesis_sessions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anamnesis_sessions" ADD CONSTRAINT "anamnesis_sessions_started_by_account_id_accounts_id_fk" FOREIGN KEY ("started_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anamnesis_sessions" ADD CONSTRAINT "anamnesis_sessions_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "anamnesis_patient_idx" ON "anamnesis_sessions" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "anamnesis_appointment_idx" ON "anamnesis_sessions" USING btree ("appointment_id");