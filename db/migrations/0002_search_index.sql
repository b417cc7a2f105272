-- Full-text search over what users look for: document titles, venues, quotes and our summaries.
-- One row per document × author; rebuilt by the seed loader inside its transaction.
CREATE VIRTUAL TABLE search_index USING fts5(
  document_slug UNINDEXED,
  actor_slug UNINDEXED,
  actor_name,
  title,
  venue,
  quote,
  summary,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
