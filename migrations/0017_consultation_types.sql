CREATE TYPE "public"."consultation_type" AS ENUM('first_contact', 'follow_up', 'in_person');--> statement-breakpoint
ALTER TABLE "conclusions" ADD COLUMN "consultation_type" "consultation_type" DEFAULT 'first_contact' NOT NULL;--> statement-breakpoint
ALTER TABLE "conclusions" ADD COLUMN "established_diagnosis" jsonb;--> statement-breakpoint
ALTER TABLE "conclusions" ADD COLUMN "in_person_visit" jsonb;--> statement-breakpoint
-- Conclusions written before order 193n was modelled: an in-person visit is its own examination.
UPDATE "conclusions" SET "consultation_type" = 'in_person' FROM "appointments" WHERE "appointments"."id" = "conclusions"."appointment_id" AND "appointments"."format"::text = 'in_person';
