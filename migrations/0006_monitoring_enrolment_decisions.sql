CREATE TYPE "public"."monitoring_enrolment_status" AS ENUM('proposed', 'active', 'declined', 'ended');--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" DROP CONSTRAINT "monitoring_enrolments_patient_id_unique";--> statement-breakpoint
DROP INDEX "monitoring_assistant_idx";--> statement-breakpoint
-- Enrolments made before decisions were recorded: a doctor's stands as decided by that doctor; any other
-- (an assistant enrolling herself) becomes a proposal that grants nothing until a doctor or the patient decides.
ALTER TABLE "monitoring_enrolments" ADD COLUMN "status" "monitoring_enrolment_status" DEFAULT 'proposed' NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ADD COLUMN "proposal_reason" text;--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ADD COLUMN "decided_by_account_id" uuid;--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ADD COLUMN "ended_by_account_id" uuid;--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
UPDATE "monitoring_enrolments" e SET "status" = 'active', "decided_by_account_id" = e."enrolled_by_account_id", "decided_at" = e."created_at" FROM "accounts" a WHERE a."id" = e."enrolled_by_account_id" AND a."role" = 'doctor';--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ALTER COLUMN "status" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ADD CONSTRAINT "monitoring_enrolments_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ADD CONSTRAINT "monitoring_enrolments_ended_by_account_id_accounts_id_fk" FOREIGN KEY ("ended_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_enrolments_live_uq" ON "monitoring_enrolments" USING btree ("patient_id") WHERE "monitoring_enrolments"."status" in ('proposed', 'active');--> statement-breakpoint
CREATE INDEX "monitoring_assistant_idx" ON "monitoring_enrolments" USING btree ("assistant_id","status");--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ADD CONSTRAINT "monitoring_enrolments_decided" CHECK ("monitoring_enrolments"."status" = 'proposed' or ("monitoring_enrolments"."decided_by_account_id" is not null and "monitoring_enrolments"."decided_at" is not null));--> statement-breakpoint
ALTER TABLE "monitoring_enrolments" ADD CONSTRAINT "monitoring_enrolments_ended" CHECK ("monitoring_enrolments"."status" <> 'ended' or ("monitoring_enrolments"."ended_by_account_id" is not null and "monitoring_enrolments"."ended_at" is not null));