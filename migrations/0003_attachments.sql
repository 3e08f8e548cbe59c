CREATE TABLE "appointment_attachments" (
	"appointment_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"attached_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_attachments_appointment_id_file_id_pk" PRIMARY KEY("appointment_id","file_id")
);
--> statement-breakpoint
ALTER TABLE "appointment_attachments" ADD CONSTRAINT "appointment_attachments_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_attachments" ADD CONSTRAINT "appointment_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_attachments" ADD CONSTRAINT "appointment_attachments_attached_by_account_id_accounts_id_fk" FOREIGN KEY ("attached_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;