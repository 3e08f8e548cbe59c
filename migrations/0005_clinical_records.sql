CREATE TYPE "public"."conclusion_status" AS ENUM('draft', 'final');--> statement-breakpoint
CREATE TYPE "public"."lab_order_status" AS ENUM('prescribed', 'confirmed', 'sent', 'resulted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."observation_flag" AS ENUM('low', 'normal', 'high');--> statement-breakpoint
CREATE TYPE "public"."care_request_format" AS ENUM('written', 'consult');--> statement-breakpoint
CREATE TYPE "public"."care_request_kind" AS ENUM('second_opinion', 'test_decoding');--> statement-breakpoint
CREATE TYPE "public"."care_request_status" AS ENUM('submitted', 'in_review', 'answered', 'consult_booked', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."monitoring_alert_kind" AS ENUM('crisis', 'high_average', 'low_pressure', 'pulse_high', 'pulse_low', 'no_readings');--> statement-breakpoint
CREATE TYPE "public"."monitoring_alert_severity" AS ENUM('urgent', 'high', 'medium', 'low');--> statement-breakpoint
CREATE TYPE "public"."monitoring_alert_status" AS ENUM('open', 'acknowledged', 'resolved', 'escalated');--> statement-breakpoint
CREATE TYPE "public"."arm" AS ENUM('left', 'right');--> statement-breakpoint
CREATE TYPE "public"."bp_reading_source" AS ENUM('manual', 'csv', 'fhir');--> statement-breakpoint
CREATE TABLE "conclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"supersedes_id" uuid,
	"status" "conclusion_status" DEFAULT 'draft' NOT NULL,
	"diagnosis" jsonb,
	"secondary_diagnoses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"complaints" text DEFAULT '' NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"recommendations" text DEFAULT '' NOT NULL,
	"prescriptions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lab_test_codes" text[] DEFAULT '{}' NOT NULL,
	"follow_up" jsonb DEFAULT '{"kind":"none"}'::jsonb NOT NULL,
	"correction_reason" text,
	"author_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finalised_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lab_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner" text NOT NULL,
	"name" jsonb NOT NULL,
	"address" jsonb NOT NULL,
	"city" jsonb NOT NULL,
	"hours" jsonb NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lab_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"loinc" text NOT NULL,
	"name" jsonb NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"reference_low" double precision,
	"reference_high" double precision,
	"flag" "observation_flag" NOT NULL,
	"effective_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lab_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"conclusion_id" uuid,
	"ordered_by_practitioner_id" uuid,
	"test_codes" text[] NOT NULL,
	"status" "lab_order_status" DEFAULT 'prescribed' NOT NULL,
	"location_id" uuid,
	"confirmed_by_account_id" uuid,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"resulted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lab_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"raw" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_request_files" (
	"request_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "care_request_files_request_id_file_id_pk" PRIMARY KEY("request_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "care_request_lab_reports" (
	"request_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	CONSTRAINT "care_request_lab_reports_request_id_report_id_pk" PRIMARY KEY("request_id","report_id")
);
--> statement-breakpoint
CREATE TABLE "care_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "care_request_kind" NOT NULL,
	"patient_id" uuid NOT NULL,
	"submitted_by_account_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"addressed_to_practitioner_id" uuid,
	"assigned_practitioner_id" uuid,
	"status" "care_request_status" DEFAULT 'submitted' NOT NULL,
	"format" "care_request_format" DEFAULT 'written' NOT NULL,
	"complaints" text NOT NULL,
	"diagnosis_given" text,
	"treatment_given" text,
	"purpose" text,
	"answer" text,
	"appointment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bp_readings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"systolic" integer NOT NULL,
	"diastolic" integer NOT NULL,
	"pulse" integer,
	"arm" "arm",
	"symptoms" text[] DEFAULT '{}' NOT NULL,
	"source" "bp_reading_source" NOT NULL,
	"entered_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bp_readings_systolic_above_diastolic" CHECK ("bp_readings"."systolic" > "bp_readings"."diastolic")
);
--> statement-breakpoint
CREATE TABLE "monitoring_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" "monitoring_alert_kind" NOT NULL,
	"severity" "monitoring_alert_severity" NOT NULL,
	"status" "monitoring_alert_status" DEFAULT 'open' NOT NULL,
	"reading_id" uuid,
	"details" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_account_id" uuid,
	"resolved_at" timestamp with time zone,
	"resolved_by_account_id" uuid,
	"escalated_appointment_id" uuid,
	CONSTRAINT "monitoring_alerts_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "monitoring_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"alert_id" uuid,
	"author_account_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conclusions" ADD CONSTRAINT "conclusions_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conclusions" ADD CONSTRAINT "conclusions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conclusions" ADD CONSTRAINT "conclusions_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conclusions" ADD CONSTRAINT "conclusions_supersedes_id_conclusions_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."conclusions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conclusions" ADD CONSTRAINT "conclusions_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_observations" ADD CONSTRAINT "lab_observations_report_id_lab_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."lab_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_observations" ADD CONSTRAINT "lab_observations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_conclusion_id_conclusions_id_fk" FOREIGN KEY ("conclusion_id") REFERENCES "public"."conclusions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_ordered_by_practitioner_id_practitioners_id_fk" FOREIGN KEY ("ordered_by_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_location_id_lab_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."lab_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_confirmed_by_account_id_accounts_id_fk" FOREIGN KEY ("confirmed_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_reports" ADD CONSTRAINT "lab_reports_order_id_lab_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."lab_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_reports" ADD CONSTRAINT "lab_reports_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_request_files" ADD CONSTRAINT "care_request_files_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_request_files" ADD CONSTRAINT "care_request_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_request_lab_reports" ADD CONSTRAINT "care_request_lab_reports_request_id_care_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."care_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_request_lab_reports" ADD CONSTRAINT "care_request_lab_reports_report_id_lab_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."lab_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_submitted_by_account_id_accounts_id_fk" FOREIGN KEY ("submitted_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_addressed_to_practitioner_id_practitioners_id_fk" FOREIGN KEY ("addressed_to_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_assigned_practitioner_id_practitioners_id_fk" FOREIGN KEY ("assigned_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bp_readings" ADD CONSTRAINT "bp_readings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bp_readings" ADD CONSTRAINT "bp_readings_entered_by_account_id_accounts_id_fk" FOREIGN KEY ("entered_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_reading_id_bp_readings_id_fk" FOREIGN KEY ("reading_id") REFERENCES "public"."bp_readings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_acknowledged_by_account_id_accounts_id_fk" FOREIGN KEY ("acknowledged_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_resolved_by_account_id_accounts_id_fk" FOREIGN KEY ("resolved_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_escalated_appointment_id_appointments_id_fk" FOREIGN KEY ("escalated_appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_notes" ADD CONSTRAINT "monitoring_notes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_notes" ADD CONSTRAINT "monitoring_notes_alert_id_monitoring_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."monitoring_alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_notes" ADD CONSTRAINT "monitoring_notes_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conclusions_appointment_version_uq" ON "conclusions" USING btree ("appointment_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "conclusions_one_draft_uq" ON "conclusions" USING btree ("appointment_id") WHERE "conclusions"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "conclusions_patient_idx" ON "conclusions" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lab_observations_report_loinc_uq" ON "lab_observations" USING btree ("report_id","loinc");--> statement-breakpoint
CREATE INDEX "lab_observations_trend_idx" ON "lab_observations" USING btree ("patient_id","loinc","effective_at");--> statement-breakpoint
CREATE INDEX "lab_orders_patient_idx" ON "lab_orders" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lab_reports_order_uq" ON "lab_reports" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "lab_reports_patient_idx" ON "lab_reports" USING btree ("patient_id","issued_at");--> statement-breakpoint
CREATE INDEX "care_requests_patient_idx" ON "care_requests" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "care_requests_inbox_idx" ON "care_requests" USING btree ("specialty_code","status");--> statement-breakpoint
CREATE INDEX "care_requests_assigned_idx" ON "care_requests" USING btree ("assigned_practitioner_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "bp_readings_natural_uq" ON "bp_readings" USING btree ("patient_id","measured_at","systolic","diastolic");--> statement-breakpoint
CREATE INDEX "bp_readings_patient_time_idx" ON "bp_readings" USING btree ("patient_id","measured_at");--> statement-breakpoint
CREATE INDEX "monitoring_alerts_patient_idx" ON "monitoring_alerts" USING btree ("patient_id","status","created_at");--> statement-breakpoint
CREATE INDEX "monitoring_notes_patient_idx" ON "monitoring_notes" USING btree ("patient_id","created_at");