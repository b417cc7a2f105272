ALTER TABLE `codings` ADD `reason` text DEFAULT 'original' NOT NULL;--> statement-breakpoint
ALTER TABLE `codings` ADD `reason_note` text;--> statement-breakpoint
ALTER TABLE `codings` ADD `created_by` text;--> statement-breakpoint
ALTER TABLE `passages` ADD `role` text;--> statement-breakpoint
-- Classify rows written before this column existed (the only UPDATE codings ever sees: the trigger is lifted for it
-- and put back at once; no value, text or evidence changes).
DROP TRIGGER IF EXISTS codings_no_update;--> statement-breakpoint
UPDATE `codings` SET `reason` = CASE WHEN `supersedes_id` IS NULL THEN 'original' WHEN `value` IS NULL AND `free_text` IS NULL THEN 'withdrawal' ELSE 'correction' END;--> statement-breakpoint
CREATE TRIGGER codings_no_update BEFORE UPDATE ON codings
BEGIN
  SELECT RAISE(ABORT, 'codings are append-only: insert a row that supersedes this one instead of updating it');
END;
--> statement-breakpoint
-- Literature (further reading) is searchable too, in its own index so it is never mixed with State positions.
CREATE VIRTUAL TABLE literature_search USING fts5(
  literature_slug UNINDEXED,
  title,
  authors,
  institution,
  summary,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
