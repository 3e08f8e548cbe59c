CREATE TYPE "public"."titration_proposal_status" AS ENUM('open', 'approved', 'declined');--> statement-breakpoint
CREATE TABLE "titration_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"protocol_code" text NOT NULL,
	"step" integer NOT NULL,
	"step_since" timestamp with time zone NOT NULL,
	"attached_by_account_id" uuid NOT NULL,
	"updated_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "titration_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"from_step" integer NOT NULL,
	"proposed_step" integer NOT NULL,
	"status" "titration_proposal_status" DEFAULT 'open' NOT NULL,
	"evidence" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_account_id" uuid,
	"decided_at" timestamp with time zone,
	"approved_step" integer,
	"decline_reason" text,
	"lab_order_id" uuid
);
--> statement-breakpoint
ALTER TABLE "titration_plans" ADD CONSTRAINT "titration_plans_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titration_plans" ADD CONSTRAINT "titration_plans_enrolment_id_monitoring_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."monitoring_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titration_plans" ADD CONSTRAINT "titration_plans_attached_by_account_id_accounts_id_fk" FOREIGN KEY ("attached_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titration_plans" ADD CONSTRAINT "titration_plans_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titration_proposals" ADD CONSTRAINT "titration_proposals_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titration_proposals" ADD CONSTRAINT "titration_proposals_plan_id_titration_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."titration_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titration_proposals" ADD CONSTRAINT "titration_proposals_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titration_proposals" ADD CONSTRAINT "titration_proposals_lab_order_id_lab_orders_id_fk" FOREIGN KEY ("lab_order_id") REFERENCES "public"."lab_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "titration_plans_enrolment_uq" ON "titration_plans" USING btree ("enrolment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "titration_proposals_open_uq" ON "titration_proposals" USING btree ("patient_id") WHERE "titration_proposals"."status" = 'open';--> statement-breakpoint
CREATE INDEX "titration_proposals_plan_idx" ON "titration_proposals" USING btree ("plan_id","created_at");