-- Custom SQL migration file, put your code below! ---- Codings are append-only: a correction is a new row that supersedes the old one.
CREATE TRIGGER codings_no_update BEFORE UPDATE ON codings
BEGIN
  SELECT RAISE(ABORT, 'codings are append-only: insert a row that supersedes this one instead of updating it');
END;
