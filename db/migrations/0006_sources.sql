CREATE TABLE `source_files` (
	`source_id` integer PRIMARY KEY NOT NULL,
	`bytes` blob NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `source_texts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`label` text,
	`first_paragraph` integer,
	`text` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "source_texts_seq_check" CHECK(seq > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_texts_source_seq_unique` ON `source_texts` (`source_id`,`seq`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`supersedes_id` integer,
	`kind` text NOT NULL,
	`media_type` text NOT NULL,
	`file_name` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`original_url` text,
	`obtained_on` text NOT NULL,
	`redistribute` integer NOT NULL,
	`redistribution_reason` text NOT NULL,
	`unit_kind` text NOT NULL,
	`unit_count` integer NOT NULL,
	`pages_without_text` text NOT NULL,
	`extractor` text NOT NULL,
	`attached_at` text NOT NULL,
	`attached_by_user_id` text,
	`attached_by_label` text NOT NULL,
	`attached_by_role` text NOT NULL,
	`provenance` text NOT NULL,
	`proposal_id` integer,
	`reason` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supersedes_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sources_kind_check" CHECK(kind IN ('pdf', 'docx', 'html', 'text')),
	CONSTRAINT "sources_unit_kind_check" CHECK(unit_kind IN ('page', 'section')),
	CONSTRAINT "sources_provenance_check" CHECK(provenance IN ('desk', 'command_line')),
	CONSTRAINT "sources_role_check" CHECK(attached_by_role IN ('editor', 'reviewer', 'admin', 'system')),
	CONSTRAINT "sources_sha256_check" CHECK(length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
	CONSTRAINT "sources_size_check" CHECK(size_bytes > 0),
	CONSTRAINT "sources_obtained_check" CHECK(obtained_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "sources_units_check" CHECK(unit_count > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_supersedes_unique` ON `sources` (`supersedes_id`);--> statement-breakpoint
CREATE INDEX `sources_document_idx` ON `sources` (`document_id`);--> statement-breakpoint
-- Full-text search over the stored text of sources (/search). External content: the text lives once, in
-- source_texts; the index is filled by the trigger below in the same transaction as the text.
CREATE VIRTUAL TABLE source_text_search USING fts5(
  text,
  content = 'source_texts',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER source_texts_index AFTER INSERT ON source_texts
BEGIN
  INSERT INTO source_text_search (rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
-- Append-only: a file someone attached, and the text read from it, are never changed or erased (a replacement is a
-- new source that supersedes the old one). This also keeps the external-content index above in step.
CREATE TRIGGER sources_no_update BEFORE UPDATE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are append-only: attach a new source that supersedes this one');
END;
--> statement-breakpoint
CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are append-only: a stored source cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER source_texts_no_update BEFORE UPDATE ON source_texts
BEGIN
  SELECT RAISE(ABORT, 'source texts are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER source_texts_no_delete BEFORE DELETE ON source_texts
BEGIN
  SELECT RAISE(ABORT, 'source texts are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER source_files_no_update BEFORE UPDATE ON source_files
BEGIN
  SELECT RAISE(ABORT, 'stored source files are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER source_files_no_delete BEFORE DELETE ON source_files
BEGIN
  SELECT RAISE(ABORT, 'stored source files are append-only');
END;
