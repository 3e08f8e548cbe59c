CREATE TYPE "public"."checkup_kind" AS ENUM('checkup', 'oms_screening');--> statement-breakpoint
CREATE TYPE "public"."medical_service_kind" AS ENUM('consultation', 'diagnostics', 'procedure', 'lab', 'checkup');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'coordinator';--> statement-breakpoint
ALTER TYPE "public"."consult_format" ADD VALUE 'in_person';--> statement-breakpoint
CREATE TABLE "checkup_packages" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" "checkup_kind" NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"sex" text,
	"min_age_years" integer DEFAULT 18 NOT NULL,
	"max_age_years" integer,
	"price_rub" integer NOT NULL,
	"duration_minutes" integer DEFAULT 120 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinic_checkups" (
	"clinic_id" uuid NOT NULL,
	"package_code" text NOT NULL,
	CONSTRAINT "clinic_checkups_clinic_id_package_code_pk" PRIMARY KEY("clinic_id","package_code")
);
--> statement-breakpoint
CREATE TABLE "clinic_programmes" (
	"clinic_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	CONSTRAINT "clinic_programmes_clinic_id_programme_id_pk" PRIMARY KEY("clinic_id","programme_id")
);
--> statement-breakpoint
CREATE TABLE "medical_services" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"kind" "medical_service_kind" NOT NULL,
	"price_rub" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patient_regions" (
	"patient_id" uuid NOT NULL,
	"region" text NOT NULL,
	"active_from" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_regions_patient_id_region_pk" PRIMARY KEY("patient_id","region")
);
--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "region" text DEFAULT 'moscow' NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "latitude" double precision DEFAULT 55.7558 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "longitude" double precision DEFAULT 37.6173 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "metro" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "hours" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "specialties" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "services" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "online_booking" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "clinic_id" uuid;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "checkup_code" text;--> statement-breakpoint
ALTER TABLE "clinic_checkups" ADD CONSTRAINT "clinic_checkups_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_checkups" ADD CONSTRAINT "clinic_checkups_package_code_checkup_packages_code_fk" FOREIGN KEY ("package_code") REFERENCES "public"."checkup_packages"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_programmes" ADD CONSTRAINT "clinic_programmes_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_programmes" ADD CONSTRAINT "clinic_programmes_programme_id_insurance_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."insurance_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_regions" ADD CONSTRAINT "patient_regions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_checkup_code_checkup_packages_code_fk" FOREIGN KEY ("checkup_code") REFERENCES "public"."checkup_packages"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clinics_region_idx" ON "clinics" USING btree ("region");