CREATE TYPE "public"."monitoring_contact_outcome" AS ENUM('reached', 'no_answer', 'left_message', 'wrong_number', 'declined');--> statement-breakpoint
CREATE TABLE "bp_measurement_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"days" integer NOT NULL,
	"per_slot" integer NOT NULL,
	"morning_time" text NOT NULL,
	"evening_time" text NOT NULL,
	"set_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bp_measurement_schedules_days" CHECK ("bp_measurement_schedules"."days" between 1 and 28),
	CONSTRAINT "bp_measurement_schedules_per_slot" CHECK ("bp_measurement_schedules"."per_slot" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "bp_series_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"missed_days" integer NOT NULL,
	"done" integer NOT NULL,
	"expected" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_account_id" uuid
);
--> statement-breakpoint
CREATE TABLE "bp_symptom_questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_notes" ADD COLUMN "outcome" "monitoring_contact_outcome";--> statement-breakpoint
ALTER TABLE "bp_measurement_schedules" ADD CONSTRAINT "bp_measurement_schedules_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bp_measurement_schedules" ADD CONSTRAINT "bp_measurement_schedules_set_by_account_id_accounts_id_fk" FOREIGN KEY ("set_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bp_series_tasks" ADD CONSTRAINT "bp_series_tasks_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bp_series_tasks" ADD CONSTRAINT "bp_series_tasks_resolved_by_account_id_accounts_id_fk" FOREIGN KEY ("resolved_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bp_symptom_questionnaires" ADD CONSTRAINT "bp_symptom_questionnaires_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bp_symptom_questionnaires" ADD CONSTRAINT "bp_symptom_questionnaires_submitted_by_account_id_accounts_id_fk" FOREIGN KEY ("submitted_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bp_measurement_schedules_patient_uq" ON "bp_measurement_schedules" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bp_series_tasks_series_uq" ON "bp_series_tasks" USING btree ("patient_id","start_date");--> statement-breakpoint
CREATE INDEX "bp_series_tasks_open_idx" ON "bp_series_tasks" USING btree ("patient_id") WHERE "bp_series_tasks"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "bp_symptom_questionnaires_patient_idx" ON "bp_symptom_questionnaires" USING btree ("patient_id","created_at");