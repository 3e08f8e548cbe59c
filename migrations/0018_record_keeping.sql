DROP INDEX "lab_reports_order_uq";--> statement-breakpoint
ALTER TABLE "lab_reports" ADD COLUMN "status" text DEFAULT 'final' NOT NULL;--> statement-breakpoint
ALTER TABLE "lab_reports" ADD COLUMN "amends_report_id" uuid;--> statement-breakpoint
ALTER TABLE "lab_reports" ADD CONSTRAINT "lab_reports_amends_report_id_lab_reports_id_fk" FOREIGN KEY ("amends_report_id") REFERENCES "public"."lab_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lab_reports_delivery_uq" ON "lab_reports" USING btree ("order_id","external_id","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lab_reports_amends_uq" ON "lab_reports" USING btree ("amends_report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lab_reports_order_uq" ON "lab_reports" USING btree ("order_id") WHERE "lab_reports"."amends_report_id" is null;--> statement-breakpoint
-- Medical documents are never deleted before their retention period ends (MEDICAL_RECORD_RETENTION_YEARS,
-- api/src/domains/record-keeping/retention.ts): electronic medical documents are kept as long as paper ones
-- (order 947n (2020)), 25 years for outpatient records (Ministry of Health letter 13-2/1538 (2015)). No code
-- deletes them; this makes the database refuse it too, unless a purge opened a window for rows older than the
-- retention (`telemed.record_purge_before`, set for one transaction by openRecordPurgeWindow).
CREATE OR REPLACE FUNCTION "refuse_medical_record_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  purge_before timestamptz := nullif(current_setting('telemed.record_purge_before', true), '')::timestamptz;
  kept_since timestamptz := (to_jsonb(OLD) ->> TG_ARGV[0])::timestamptz;
BEGIN
  IF purge_before IS NULL OR kept_since IS NULL OR kept_since >= purge_before THEN
    RAISE EXCEPTION 'medical records are kept for the retention period: a % row was not deleted', TG_TABLE_NAME
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END $$;--> statement-breakpoint
CREATE TRIGGER "conclusions_kept" BEFORE DELETE ON "conclusions" FOR EACH ROW EXECUTE FUNCTION "refuse_medical_record_delete"('created_at');--> statement-breakpoint
CREATE TRIGGER "lab_reports_kept" BEFORE DELETE ON "lab_reports" FOR EACH ROW EXECUTE FUNCTION "refuse_medical_record_delete"('created_at');--> statement-breakpoint
CREATE TRIGGER "lab_observations_kept" BEFORE DELETE ON "lab_observations" FOR EACH ROW EXECUTE FUNCTION "refuse_medical_record_delete"('effective_at');--> statement-breakpoint
CREATE TRIGGER "files_kept" BEFORE DELETE ON "files" FOR EACH ROW EXECUTE FUNCTION "refuse_medical_record_delete"('created_at');--> statement-breakpoint
CREATE TRIGGER "appointment_attachments_kept" BEFORE DELETE ON "appointment_attachments" FOR EACH ROW EXECUTE FUNCTION "refuse_medical_record_delete"('created_at');--> statement-breakpoint
CREATE TRIGGER "audit_events_kept" BEFORE DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION "refuse_medical_record_delete"('created_at');--> statement-breakpoint
CREATE TRIGGER "patients_kept" BEFORE DELETE ON "patients" FOR EACH ROW EXECUTE FUNCTION "refuse_medical_record_delete"('created_at');
