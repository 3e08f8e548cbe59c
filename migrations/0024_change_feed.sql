-- The change feed (api/src/lib/change-feed.ts): after a statement changes rows a cached read is built from, one
-- notification per affected key ('card:<patient>', 'schedule:<practitioner>', 'inbox:<account>') on the channel
-- telemed_changes. Postgres delivers notifications when the transaction commits (never for a rollback) and folds
-- duplicates within it, so a bulk import costs one per patient, not one per row. The trigger's arguments are
-- pairs: namespace, key column. An update notifies the old key and the new one (an appointment reassigned).
CREATE OR REPLACE FUNCTION "telemed_notify_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  i int := 0;
  changed_key text;
  keys text;
BEGIN
  WHILE i < TG_NARGS LOOP
    keys := CASE TG_OP
      WHEN 'UPDATE' THEN format('SELECT %1$I::text FROM new_rows UNION SELECT %1$I::text FROM old_rows', TG_ARGV[i + 1])
      WHEN 'DELETE' THEN format('SELECT DISTINCT %I::text FROM old_rows', TG_ARGV[i + 1])
      ELSE format('SELECT DISTINCT %I::text FROM new_rows', TG_ARGV[i + 1])
    END;
    FOR changed_key IN EXECUTE keys LOOP
      IF changed_key IS NOT NULL THEN
        PERFORM pg_notify('telemed_changes', TG_ARGV[i] || ':' || changed_key);
      END IF;
    END LOOP;
    i := i + 2;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "appointments_changes_inserted" AFTER INSERT ON "appointments" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id', 'schedule', 'practitioner_id');
--> statement-breakpoint
CREATE TRIGGER "appointments_changes_updated" AFTER UPDATE ON "appointments" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id', 'schedule', 'practitioner_id');
--> statement-breakpoint
CREATE TRIGGER "appointments_changes_deleted" AFTER DELETE ON "appointments" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id', 'schedule', 'practitioner_id');
--> statement-breakpoint
CREATE TRIGGER "conclusions_changes_inserted" AFTER INSERT ON "conclusions" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "conclusions_changes_updated" AFTER UPDATE ON "conclusions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "conclusions_changes_deleted" AFTER DELETE ON "conclusions" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "lab_orders_changes_inserted" AFTER INSERT ON "lab_orders" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "lab_orders_changes_updated" AFTER UPDATE ON "lab_orders" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "lab_orders_changes_deleted" AFTER DELETE ON "lab_orders" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "lab_reports_changes_inserted" AFTER INSERT ON "lab_reports" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "lab_reports_changes_updated" AFTER UPDATE ON "lab_reports" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "lab_reports_changes_deleted" AFTER DELETE ON "lab_reports" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "lab_observations_changes_inserted" AFTER INSERT ON "lab_observations" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "lab_observations_changes_updated" AFTER UPDATE ON "lab_observations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "lab_observations_changes_deleted" AFTER DELETE ON "lab_observations" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "files_changes_inserted" AFTER INSERT ON "files" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "files_changes_updated" AFTER UPDATE ON "files" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "files_changes_deleted" AFTER DELETE ON "files" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "bp_readings_changes_inserted" AFTER INSERT ON "bp_readings" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "bp_readings_changes_updated" AFTER UPDATE ON "bp_readings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "bp_readings_changes_deleted" AFTER DELETE ON "bp_readings" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('card', 'patient_id');
--> statement-breakpoint
CREATE TRIGGER "notifications_changes_inserted" AFTER INSERT ON "notifications" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('inbox', 'account_id');
--> statement-breakpoint
CREATE TRIGGER "notifications_changes_updated" AFTER UPDATE ON "notifications" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('inbox', 'account_id');
--> statement-breakpoint
CREATE TRIGGER "notifications_changes_deleted" AFTER DELETE ON "notifications" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('inbox', 'account_id');
--> statement-breakpoint
-- An assistant's worklist shows their enrolled patients' alerts, newest readings, titration proposals and
-- series tasks: a change to any of them names the assistants the patient is enrolled with ('worklist:<assistant>').
CREATE OR REPLACE FUNCTION "telemed_notify_worklists"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_patients text := CASE TG_OP
    WHEN 'UPDATE' THEN 'SELECT patient_id FROM new_rows UNION SELECT patient_id FROM old_rows'
    WHEN 'DELETE' THEN 'SELECT patient_id FROM old_rows'
    ELSE 'SELECT patient_id FROM new_rows'
  END;
  assistant uuid;
BEGIN
  FOR assistant IN EXECUTE 'SELECT DISTINCT e.assistant_id FROM monitoring_enrolments e WHERE e.assistant_id IS NOT NULL AND e.patient_id IN (' || changed_patients || ')' LOOP
    PERFORM pg_notify('telemed_changes', 'worklist:' || assistant);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "monitoring_enrolments_changes_inserted" AFTER INSERT ON "monitoring_enrolments" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('worklist', 'assistant_id');
--> statement-breakpoint
CREATE TRIGGER "monitoring_enrolments_changes_updated" AFTER UPDATE ON "monitoring_enrolments" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('worklist', 'assistant_id');
--> statement-breakpoint
CREATE TRIGGER "monitoring_enrolments_changes_deleted" AFTER DELETE ON "monitoring_enrolments" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_changes"('worklist', 'assistant_id');
--> statement-breakpoint
CREATE TRIGGER "monitoring_alerts_worklists_inserted" AFTER INSERT ON "monitoring_alerts" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "monitoring_alerts_worklists_updated" AFTER UPDATE ON "monitoring_alerts" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "monitoring_alerts_worklists_deleted" AFTER DELETE ON "monitoring_alerts" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "bp_readings_worklists_inserted" AFTER INSERT ON "bp_readings" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "bp_readings_worklists_updated" AFTER UPDATE ON "bp_readings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "bp_readings_worklists_deleted" AFTER DELETE ON "bp_readings" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "titration_proposals_worklists_inserted" AFTER INSERT ON "titration_proposals" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "titration_proposals_worklists_updated" AFTER UPDATE ON "titration_proposals" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "titration_proposals_worklists_deleted" AFTER DELETE ON "titration_proposals" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "bp_series_tasks_worklists_inserted" AFTER INSERT ON "bp_series_tasks" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "bp_series_tasks_worklists_updated" AFTER UPDATE ON "bp_series_tasks" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
--> statement-breakpoint
CREATE TRIGGER "bp_series_tasks_worklists_deleted" AFTER DELETE ON "bp_series_tasks" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "telemed_notify_worklists"();
