-- Tanya's article index. Built by `tanya index` (src/index/indexer.cc) into a
-- temporary file that is renamed into place, so readers never see half of it.
-- Bump kSchemaVersion in src/index/indexer.h whenever this file changes.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL               -- schema_version, tokenizer_version, corpus_hash, built_at
);

CREATE TABLE documents (
  id       INTEGER PRIMARY KEY,
  slug     TEXT NOT NULL UNIQUE,     -- file name without .md
  title    TEXT NOT NULL,
  subject  TEXT NOT NULL,            -- what the article is about
  source   TEXT NOT NULL,
  language TEXT NOT NULL,
  category TEXT NOT NULL,
  hash     TEXT NOT NULL             -- of the article's files: an update rewrites changed ones only
);

CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  ord         INTEGER NOT NULL,      -- order within the document
  level       INTEGER NOT NULL,      -- 1 = lead (before the first heading)
  heading     TEXT NOT NULL,
  anchor      TEXT NOT NULL,         -- id of the section in the rendered page
  path        TEXT NOT NULL          -- headings from the top, joined by ' › '
);

CREATE TABLE blocks (
  id         INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES sections(id),
  ord        INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('paragraph', 'bullet', 'ordered')),
  text       TEXT NOT NULL           -- paragraph text; for a nested list the item it hangs from, else ''
);

CREATE TABLE items (
  block_id INTEGER NOT NULL REFERENCES blocks(id),
  ord      INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (block_id, ord)
) WITHOUT ROWID;

-- A chunk is what search returns: one paragraph, or one whole list with the
-- sentence that introduces it, so a hit keeps its list structure.
CREATE TABLE chunks (
  id         INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES sections(id),
  block_id   INTEGER NOT NULL REFERENCES blocks(id),
  heading    TEXT NOT NULL,          -- section path, searchable with a higher weight
  body       TEXT NOT NULL
);

CREATE VIRTUAL TABLE chunks_fts USING fts5(
  heading, body,
  content = 'chunks', content_rowid = 'id',
  tokenize = 'tanya'
);

-- Named things found in the article's own text: acronyms with their
-- expansions ("ASEAN (Association of Southeast Asian Nations)"), list items
-- that name organisations, and sub-types whose section heading repeats an
-- item of an earlier list ("Kerja sama bilateral").
CREATE TABLE entities (
  id         INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  name       TEXT NOT NULL,
  expansion  TEXT NOT NULL,          -- '' when none
  kind       TEXT NOT NULL CHECK (kind IN ('acronym', 'named', 'subtype')),
  section_id INTEGER NOT NULL REFERENCES sections(id),  -- where it is mentioned / described
  block_id   INTEGER,                -- the list or paragraph that mentions it
  item_ord   INTEGER                 -- the list item, when in a list
);

CREATE TABLE aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias     TEXT NOT NULL            -- other names: "Persatuan Bangsa-Bangsa", "PBB"
);

-- Known mistakes of the source text, so answers can note them.
CREATE TABLE errata (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  wrong TEXT NOT NULL,
  correct TEXT NOT NULL,
  note  TEXT NOT NULL
);

-- Readers' phrases for one article's own words ("negara sekawasan" ->
-- "regional"), from corpus/<id>.json: applied to questions about that
-- article only. General language lives in bot/, never here.
CREATE TABLE rewrites (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  phrase      TEXT NOT NULL,
  replacement TEXT NOT NULL
);

-- An editor's curated answers for one article (corpus/<id>.json
-- "curated"): several phrasings of a question and one answer, optionally
-- citing a section by its heading. They are scored with the article's own
-- answers (bot/scoring.h kCurated*), never in front of them.
CREATE TABLE curated (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  ord         INTEGER NOT NULL,
  questions   TEXT NOT NULL,         -- JSON array of phrasings
  answer      TEXT NOT NULL,
  section     TEXT NOT NULL          -- heading cited, '' for none
);

-- Each article of a site is loaded and updated on its own
-- (Knowledge::load_article): its rows are found by these, never by a scan
-- of every article's.
CREATE INDEX sections_by_document ON sections(document_id, ord);
CREATE INDEX blocks_by_section ON blocks(section_id, ord);
CREATE INDEX chunks_by_block ON chunks(block_id);
CREATE INDEX chunks_by_section ON chunks(section_id);
CREATE INDEX entities_by_document ON entities(document_id);
CREATE INDEX aliases_by_entity ON aliases(entity_id);
CREATE INDEX errata_by_document ON errata(document_id);
CREATE INDEX rewrites_by_document ON rewrites(document_id);
