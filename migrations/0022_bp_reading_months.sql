CREATE TABLE "bp_reading_months" (
	"patient_id" uuid NOT NULL,
	"month" date NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"systolic" integer NOT NULL,
	"diastolic" integer NOT NULL,
	CONSTRAINT "bp_reading_months_patient_id_month_pk" PRIMARY KEY("patient_id","month")
);
--> statement-breakpoint
ALTER TABLE "bp_reading_months" ADD CONSTRAINT "bp_reading_months_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Keeps bp_reading_months current for every way readings arrive (the api, device imports, seeds): one upsert per
-- inserting statement, over the statement's new rows, so a bulk import costs one extra statement, not one per row.
-- A reading belongs to the month whose end (first instant of the next month, UTC) is the first at or after it.
CREATE OR REPLACE FUNCTION "bp_reading_months_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "bp_reading_months" ("patient_id", "month", "measured_at", "systolic", "diastolic")
  SELECT DISTINCT ON (n."patient_id", n."month") n."patient_id", n."month", n."measured_at", n."systolic", n."diastolic"
  FROM (
    SELECT r."patient_id", (date_trunc('month', (r."measured_at" - interval '1 microsecond') AT TIME ZONE 'UTC'))::date AS "month",
           r."measured_at", r."systolic", r."diastolic"
    FROM new_readings r
  ) n
  ORDER BY n."patient_id", n."month", n."measured_at" DESC
  ON CONFLICT ("patient_id", "month") DO UPDATE
    SET "measured_at" = excluded."measured_at", "systolic" = excluded."systolic", "diastolic" = excluded."diastolic"
    WHERE excluded."measured_at" > "bp_reading_months"."measured_at";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "bp_readings_months" AFTER INSERT ON "bp_readings" REFERENCING NEW TABLE AS new_readings
  FOR EACH STATEMENT EXECUTE FUNCTION "bp_reading_months_track"();--> statement-breakpoint
INSERT INTO "bp_reading_months" ("patient_id", "month", "measured_at", "systolic", "diastolic")
SELECT DISTINCT ON (n."patient_id", n."month") n."patient_id", n."month", n."measured_at", n."systolic", n."diastolic"
FROM (
  SELECT r."patient_id", (date_trunc('month', (r."measured_at" - interval '1 microsecond') AT TIME ZONE 'UTC'))::date AS "month",
         r."measured_at", r."systolic", r."diastolic"
  FROM "bp_readings" r
) n
ORDER BY n."patient_id", n."month", n."measured_at" DESC;
