-- Custom SQL migration file, put your code below! ---- The audit log is append-only: who changed what, and why, cannot be rewritten or erased afterwards.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted');
END;
--> statement-breakpoint
-- The data version starts at 1 so every reader can rely on the row being there.
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
