CREATE TABLE `proposal_sources` (
	`proposal_id` integer PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`bytes` blob NOT NULL,
	`extracted` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "proposal_sources_sha256_check" CHECK(length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
	CONSTRAINT "proposal_sources_size_check" CHECK(size_bytes > 0)
);
--> statement-breakpoint
-- Rebuilds proposals to widen its kind CHECK. Inside the migrator's transaction these PRAGMAs are no-ops:
-- db/migrate.ts turns foreign keys off around the migrator and runs foreign_key_check before turning them on again.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`payload` text NOT NULL,
	`reason` text NOT NULL,
	`author_user_id` text,
	`author_label` text NOT NULL,
	`created_at` text NOT NULL,
	`reviewer_user_id` text,
	`reviewer_label` text,
	`review_reason` text,
	`reviewed_at` text,
	`result` text,
	CONSTRAINT "proposals_kind_check" CHECK(kind IN ('new_document', 'coding', 'correction', 'withdrawal', 'attach_source')),
	CONSTRAINT "proposals_status_check" CHECK(status IN ('pending', 'rejected', 'published'))
);
--> statement-breakpoint
INSERT INTO `__new_proposals`("id", "kind", "status", "payload", "reason", "author_user_id", "author_label", "created_at", "reviewer_user_id", "reviewer_label", "review_reason", "reviewed_at", "result") SELECT "id", "kind", "status", "payload", "reason", "author_user_id", "author_label", "created_at", "reviewer_user_id", "reviewer_label", "review_reason", "reviewed_at", "result" FROM `proposals`;--> statement-breakpoint
DROP TABLE `proposals`;--> statement-breakpoint
ALTER TABLE `__new_proposals` RENAME TO `proposals`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `proposals_status_idx` ON `proposals` (`status`,`created_at`);--> statement-breakpoint
ALTER TABLE `sources` ADD `origin_id` integer REFERENCES origins(id);--> statement-breakpoint
-- A pending proposal's file is kept as it was proposed, whatever the review decides.
CREATE TRIGGER proposal_sources_no_update BEFORE UPDATE ON proposal_sources
BEGIN
  SELECT RAISE(ABORT, 'proposal_sources is append-only: rows cannot be updated');
END;
--> statement-breakpoint
CREATE TRIGGER proposal_sources_no_delete BEFORE DELETE ON proposal_sources
BEGIN
  SELECT RAISE(ABORT, 'proposal_sources is append-only: rows cannot be deleted');
END;
