CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"clinic_id" uuid,
	"doctor_stars" integer NOT NULL,
	"clinic_stars" integer,
	"comment" text,
	"rated_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"hidden_by_account_id" uuid,
	CONSTRAINT "ratings_doctor_stars_range" CHECK ("ratings"."doctor_stars" between 1 and 5),
	CONSTRAINT "ratings_clinic_stars_range" CHECK ("ratings"."clinic_stars" is null or "ratings"."clinic_stars" between 1 and 5),
	CONSTRAINT "ratings_clinic_stars_need_clinic" CHECK ("ratings"."clinic_stars" is null or "ratings"."clinic_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_rated_by_account_id_accounts_id_fk" FOREIGN KEY ("rated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_hidden_by_account_id_accounts_id_fk" FOREIGN KEY ("hidden_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_appointment_uq" ON "ratings" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "ratings_practitioner_idx" ON "ratings" USING btree ("practitioner_id","created_at");--> statement-breakpoint
CREATE INDEX "ratings_clinic_idx" ON "ratings" USING btree ("clinic_id","created_at");