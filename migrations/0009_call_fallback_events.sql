ALTER TYPE "public"."consultation_event_type" ADD VALUE 'media_unavailable';--> statement-breakpoint
ALTER TYPE "public"."consultation_event_type" ADD VALUE 'phone_call';