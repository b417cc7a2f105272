CREATE TABLE `actors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`iso3` text,
	`region` text,
	`subregion` text,
	`un_regional_group` text,
	CONSTRAINT "actors_kind_check" CHECK(kind IN ('state', 'regional_org', 'multilateral', 'expert_body', 'court')),
	CONSTRAINT "actors_iso3_check" CHECK(iso3 IS NULL OR (length(iso3) = 3 AND iso3 = upper(iso3))),
	CONSTRAINT "actors_state_iso3_check" CHECK(kind <> 'state' OR iso3 IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actors_slug_unique` ON `actors` (`slug`);--> statement-breakpoint
CREATE INDEX `actors_kind_region_idx` ON `actors` (`kind`,`region`);--> statement-breakpoint
CREATE TABLE `codebook_dimensions` (
	`key` text PRIMARY KEY NOT NULL,
	`question` text NOT NULL,
	`position` integer NOT NULL,
	`version` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `codebook_values` (
	`dimension_key` text NOT NULL,
	`value` text NOT NULL,
	`label` text NOT NULL,
	`definition` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`dimension_key`, `value`),
	FOREIGN KEY (`dimension_key`) REFERENCES `codebook_dimensions`(`key`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `coding_passages` (
	`coding_id` integer NOT NULL,
	`passage_id` integer NOT NULL,
	PRIMARY KEY(`coding_id`, `passage_id`),
	FOREIGN KEY (`coding_id`) REFERENCES `codings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`passage_id`) REFERENCES `passages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `coding_passages_passage_idx` ON `coding_passages` (`passage_id`);--> statement-breakpoint
CREATE TABLE `codings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	`dimension_key` text NOT NULL,
	`value` text,
	`free_text` text,
	`summary` text NOT NULL,
	`confidence` text NOT NULL,
	`confidence_reason` text,
	`verified_from` text NOT NULL,
	`codebook_version` text NOT NULL,
	`supersedes_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dimension_key`) REFERENCES `codebook_dimensions`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dimension_key`,`value`) REFERENCES `codebook_values`(`dimension_key`,`value`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supersedes_id`) REFERENCES `codings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "codings_confidence_check" CHECK(confidence IN ('high', 'medium', 'low'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `codings_supersedes_unique` ON `codings` (`supersedes_id`);--> statement-breakpoint
CREATE INDEX `codings_actor_dimension_idx` ON `codings` (`actor_id`,`dimension_key`);--> statement-breakpoint
CREATE INDEX `codings_document_idx` ON `codings` (`document_id`,`actor_id`);--> statement-breakpoint
CREATE INDEX `codings_dimension_value_idx` ON `codings` (`dimension_key`,`value`);--> statement-breakpoint
CREATE TABLE `dataset_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `document_authors` (
	`document_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	`summary` text NOT NULL,
	`notes` text,
	`confidence` text,
	`verified_from` text NOT NULL,
	PRIMARY KEY(`document_id`, `actor_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "document_authors_confidence_check" CHECK(confidence IS NULL OR confidence IN ('high', 'medium', 'low'))
);
--> statement-breakpoint
CREATE INDEX `document_authors_actor_idx` ON `document_authors` (`actor_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`title_original` text,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`effective_date` text NOT NULL,
	`year` integer NOT NULL,
	`type` text NOT NULL,
	`venue` text NOT NULL,
	`url` text,
	`archive_url` text,
	`language` text,
	CONSTRAINT "documents_precision_check" CHECK(date_precision IN ('day', 'month', 'year')),
	CONSTRAINT "documents_type_check" CHECK(type IN ('position_paper', 'gge_contribution', 'oewg_statement', 'speech', 'joint_statement', 'report', 'strategy', 'legislation', 'parliament_letter', 'manual', 'judgment', 'other')),
	CONSTRAINT "documents_date_check" CHECK(date GLOB '[0-9][0-9][0-9][0-9]*' AND length(date) IN (4, 7, 10))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_slug_unique` ON `documents` (`slug`);--> statement-breakpoint
CREATE INDEX `documents_effective_idx` ON `documents` (`effective_date`);--> statement-breakpoint
CREATE TABLE `literature` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`authors` text,
	`institution` text,
	`date` text,
	`type` text NOT NULL,
	`url` text,
	`view` text,
	`summary` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `literature_slug_unique` ON `literature` (`slug`);--> statement-breakpoint
CREATE TABLE `literature_actors` (
	`literature_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	PRIMARY KEY(`literature_id`, `actor_id`),
	FOREIGN KEY (`literature_id`) REFERENCES `literature`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `literature_actors_actor_idx` ON `literature_actors` (`actor_id`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	FOREIGN KEY (`member_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "memberships_dates_check" CHECK(to_date IS NULL OR to_date >= from_date),
	CONSTRAINT "memberships_not_self_check" CHECK(member_id <> group_id)
);
--> statement-breakpoint
CREATE INDEX `memberships_group_idx` ON `memberships` (`group_id`,`from_date`);--> statement-breakpoint
CREATE INDEX `memberships_member_idx` ON `memberships` (`member_id`);--> statement-breakpoint
CREATE TABLE `passages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`quote` text NOT NULL,
	`locator` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "passages_quote_check" CHECK(length(trim(quote)) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `passages_document_quote_unique` ON `passages` (`document_id`,`quote`,`locator`);