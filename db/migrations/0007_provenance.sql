CREATE TABLE `document_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`kind` text NOT NULL,
	`before` text NOT NULL,
	`after` text,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`origin_id` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`origin_id`) REFERENCES `origins`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "document_revisions_kind_check" CHECK(kind IN ('correction', 'withdrawal'))
);
--> statement-breakpoint
CREATE INDEX `document_revisions_document_idx` ON `document_revisions` (`document_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `origins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`at` text NOT NULL,
	`source` text,
	`dataset_release` text,
	`dataset_version` text,
	`proposal_id` integer,
	`user_id` text,
	CONSTRAINT "origins_kind_check" CHECK(kind IN ('import', 'desk')),
	CONSTRAINT "origins_shape_check" CHECK(kind = 'desk' OR (proposal_id IS NULL AND user_id IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `origins_proposal_unique` ON `origins` (`proposal_id`);--> statement-breakpoint
ALTER TABLE `actors` ADD `origin_id` integer REFERENCES origins(id);--> statement-breakpoint
ALTER TABLE `actors` ADD `revision_origin_id` integer REFERENCES origins(id);--> statement-breakpoint
ALTER TABLE `codings` ADD `origin_id` integer REFERENCES origins(id);--> statement-breakpoint
ALTER TABLE `document_authors` ADD `origin_id` integer REFERENCES origins(id);--> statement-breakpoint
ALTER TABLE `document_authors` ADD `revision_origin_id` integer REFERENCES origins(id);--> statement-breakpoint
ALTER TABLE `documents` ADD `origin_id` integer REFERENCES origins(id);--> statement-breakpoint
ALTER TABLE `documents` ADD `revision_origin_id` integer REFERENCES origins(id);--> statement-breakpoint
ALTER TABLE `literature` ADD `origin_id` integer REFERENCES origins(id);--> statement-breakpoint
ALTER TABLE `memberships` ADD `origin_id` integer REFERENCES origins(id);--> statement-breakpoint
CREATE VIEW `current_codings` AS select "id", "document_id", "actor_id", "dimension_key", "value", "free_text", "summary", "confidence", "confidence_reason", "verified_from", "codebook_version", "supersedes_id", "created_at", "reason", "reason_note", "created_by", "origin_id" from "codings" where NOT EXISTS (SELECT 1 FROM codings later WHERE later.supersedes_id = "codings"."id");
--> statement-breakpoint
-- Backfill: where the rows of a database made before this migration came from, read once from the labels the write
-- layer used to store ("import:<dir>" in codings.created_by and in the audit log's dataset rows) and from the
-- published proposals' results. From here on the write layer sets origin_id itself and never reads a label back.
INSERT INTO origins (kind, label, at, source)
SELECT 'import', label, min(at), substr(label, 8) FROM (
  SELECT entity_id AS label, at FROM audit_log WHERE entity = 'dataset' AND entity_id LIKE 'import:%'
  UNION ALL
  SELECT created_by, created_at FROM codings WHERE created_by LIKE 'import:%'
) GROUP BY label ORDER BY min(at), label;
--> statement-breakpoint
-- Published data with no import label at all (loaded before labels existed) is attributed to one import.
INSERT INTO origins (kind, label, at)
SELECT 'import', 'import (recorded before provenance)', coalesce((SELECT value FROM dataset_meta WHERE key = 'seeded_at'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
WHERE NOT EXISTS (SELECT 1 FROM origins) AND EXISTS (SELECT 1 FROM actors);
--> statement-breakpoint
INSERT INTO origins (kind, label, at, proposal_id, user_id)
SELECT 'desk', 'proposal ' || id || ' by ' || author_label, coalesce(reviewed_at, created_at), id, author_user_id
FROM proposals WHERE status = 'published' ORDER BY reviewed_at, id;
--> statement-breakpoint
-- Desk rows whose proposal cannot be found (none are expected) still count as editor work, never as an import's.
INSERT INTO origins (kind, label, at)
SELECT 'desk', 'desk (recorded before provenance)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (
  SELECT 1 FROM codings c WHERE c.created_by IS NOT NULL AND c.created_by NOT LIKE 'import:%'
    AND NOT EXISTS (SELECT 1 FROM proposals p, json_each(p.result, '$.codingIds') j WHERE p.status = 'published' AND j.value = c.id)
);
--> statement-breakpoint
-- Codings are append-only; the trigger is lifted for this one backfill of a new column and restored below.
DROP TRIGGER codings_no_update;
--> statement-breakpoint
UPDATE codings SET origin_id = coalesce(
  (SELECT o.id FROM origins o JOIN proposals p ON p.id = o.proposal_id, json_each(p.result, '$.codingIds') j WHERE j.value = codings.id),
  (SELECT o.id FROM origins o WHERE o.kind = 'import' AND o.label = codings.created_by),
  CASE WHEN codings.created_by IS NOT NULL AND codings.created_by NOT LIKE 'import:%'
       THEN (SELECT id FROM origins WHERE kind = 'desk' AND proposal_id IS NULL) END,
  (SELECT min(id) FROM origins WHERE kind = 'import'));
--> statement-breakpoint
CREATE TRIGGER codings_no_update BEFORE UPDATE ON codings
BEGIN
  SELECT RAISE(ABORT, 'codings are append-only: insert a row that supersedes this one instead of updating it');
END;
--> statement-breakpoint
UPDATE documents SET origin_id = coalesce(
  (SELECT o.id FROM origins o JOIN proposals p ON p.id = o.proposal_id WHERE p.kind = 'new_document' AND json_extract(p.result, '$.documentSlug') = documents.slug),
  (SELECT min(id) FROM origins WHERE kind = 'import'));
--> statement-breakpoint
UPDATE actors SET origin_id = coalesce(
  (SELECT o.id FROM origins o JOIN proposals p ON p.id = o.proposal_id WHERE p.kind = 'new_document' AND json_extract(p.result, '$.actorSlug') = actors.slug),
  (SELECT min(id) FROM origins WHERE kind = 'import'));
--> statement-breakpoint
UPDATE document_authors SET origin_id = (SELECT d.origin_id FROM documents d WHERE d.id = document_authors.document_id);
--> statement-breakpoint
UPDATE memberships SET origin_id = (SELECT min(id) FROM origins WHERE kind = 'import');
--> statement-breakpoint
UPDATE literature SET origin_id = (SELECT min(id) FROM origins WHERE kind = 'import');
--> statement-breakpoint
-- A document's history is append-only, like its codings and the audit log.
CREATE TRIGGER document_revisions_no_update BEFORE UPDATE ON document_revisions
BEGIN
  SELECT RAISE(ABORT, 'document_revisions are append-only: record a new revision instead');
END;
--> statement-breakpoint
CREATE TRIGGER document_revisions_no_delete BEFORE DELETE ON document_revisions
BEGIN
  SELECT RAISE(ABORT, 'document_revisions are append-only: rows cannot be deleted');
END;
