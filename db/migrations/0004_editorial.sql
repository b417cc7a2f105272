CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_user_id` text,
	`actor_label` text NOT NULL,
	`actor_role` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`before` text,
	`after` text,
	`reason` text NOT NULL,
	CONSTRAINT "audit_log_role_check" CHECK(actor_role IN ('editor', 'reviewer', 'admin', 'system'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`changed_at` text NOT NULL,
	CONSTRAINT "data_version_single_row" CHECK(id = 1)
);
--> statement-breakpoint
CREATE TABLE `editorial_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `proposals` (
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
	CONSTRAINT "proposals_kind_check" CHECK(kind IN ('new_document', 'correction', 'withdrawal')),
	CONSTRAINT "proposals_status_check" CHECK(status IN ('pending', 'rejected', 'published'))
);
--> statement-breakpoint
CREATE INDEX `proposals_status_idx` ON `proposals` (`status`,`created_at`);--> statement-breakpoint
ALTER TABLE `codings` ADD `change_kind` text DEFAULT 'original' NOT NULL;--> statement-breakpoint
ALTER TABLE `codings` ADD `change_reason` text;--> statement-breakpoint
ALTER TABLE `codings` ADD `created_by` text;