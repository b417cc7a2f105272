-- A document's correction and withdrawal become proposal kinds: proposals is rebuilt to widen its kind CHECK. Inside the
-- migrator's transaction these PRAGMAs are no-ops: db/migrate.ts turns foreign keys off around the migrator and runs
-- foreign_key_check before turning them on again.
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
	CONSTRAINT "proposals_kind_check" CHECK(kind IN ('new_document', 'coding', 'correction', 'withdrawal', 'attach_source', 'document_correction', 'document_withdrawal')),
	CONSTRAINT "proposals_status_check" CHECK(status IN ('pending', 'rejected', 'published'))
);
--> statement-breakpoint
INSERT INTO `__new_proposals`("id", "kind", "status", "payload", "reason", "author_user_id", "author_label", "created_at", "reviewer_user_id", "reviewer_label", "review_reason", "reviewed_at", "result") SELECT "id", "kind", "status", "payload", "reason", "author_user_id", "author_label", "created_at", "reviewer_user_id", "reviewer_label", "review_reason", "reviewed_at", "result" FROM `proposals`;--> statement-breakpoint
DROP TABLE `proposals`;--> statement-breakpoint
ALTER TABLE `__new_proposals` RENAME TO `proposals`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `proposals_status_idx` ON `proposals` (`status`,`created_at`);