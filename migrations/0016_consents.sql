CREATE TYPE "public"."consent_kind" AS ENUM('telemedicine_intervention', 'personal_data', 'call_recording', 'research_use');--> statement-breakpoint
CREATE TYPE "public"."consent_signature_method" AS ENUM('email_code', 'sms_code');--> statement-breakpoint
CREATE TYPE "public"."consent_signer_relation" AS ENUM('self', 'guardian');--> statement-breakpoint
CREATE TABLE "consent_acceptances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"signed_by_account_id" uuid NOT NULL,
	"signer_relation" "consent_signer_relation" NOT NULL,
	"signature_method" "consent_signature_method" NOT NULL,
	"signature_contact" text NOT NULL,
	"document_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_account_id" uuid
);
--> statement-breakpoint
CREATE TABLE "consent_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "consent_kind" NOT NULL,
	"version" integer NOT NULL,
	"required" boolean NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_documents_version_positive" CHECK ("consent_documents"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "consent_acceptances" ADD CONSTRAINT "consent_acceptances_document_id_consent_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."consent_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_acceptances" ADD CONSTRAINT "consent_acceptances_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_acceptances" ADD CONSTRAINT "consent_acceptances_signed_by_account_id_accounts_id_fk" FOREIGN KEY ("signed_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_acceptances" ADD CONSTRAINT "consent_acceptances_withdrawn_by_account_id_accounts_id_fk" FOREIGN KEY ("withdrawn_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_acceptances_patient_idx" ON "consent_acceptances" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consent_documents_kind_version_uq" ON "consent_documents" USING btree ("kind","version");