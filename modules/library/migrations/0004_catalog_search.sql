-- The catalog's own search index (catalog/catalogsearch.h): local, never synced, rebuilt from
-- library_titles and library_copies whenever needed. The global index (core/search) answers
-- Ctrl+K with 20 hits; the catalog tab needs every match of 200,000 titles in shelf-list order
-- at typing speed, which this one gives.
--
-- One row per title. rank orders the rows as the titles sort (pinyin of the title), so the
-- first page of a broad search is read in order and stops early. keys: the prefix-searchable
-- keys ("\n" before each: words, ISBN-13 and ISBN-10, barcodes, call numbers, pinyin from each
-- syllable); texts: the Chinese text fields, lowercased, one per line.
CREATE TABLE library_search_doc (
    rank INTEGER PRIMARY KEY,
    title_id TEXT NOT NULL UNIQUE,
    keys TEXT NOT NULL,
    texts TEXT NOT NULL
);

-- The keys of every title, for words that match few titles (range scans by prefix).
CREATE TABLE library_search_key (
    key TEXT NOT NULL,
    rank INTEGER NOT NULL,
    PRIMARY KEY (key, rank)
) WITHOUT ROWID;

-- The Han unigrams and bigrams of the texts (rowid: rank), matched exactly. Contentless: the
-- terms are derived again from library_search_doc.texts to delete an entry.
CREATE VIRTUAL TABLE library_search_fts USING fts5(terms, content='', detail=none, columnsize=0);

-- Titles whose entries are stale. Filled by the triggers below, emptied by CatalogSearch::update.
-- A bulk import pays one small insert per row here; the index itself is brought up to date
-- afterwards, in one pass.
CREATE TABLE library_search_dirty (
    title_id TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER library_titles_catalog_insert AFTER INSERT ON library_titles BEGIN
  INSERT INTO library_search_dirty (title_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER library_titles_catalog_update AFTER UPDATE ON library_titles BEGIN
  INSERT INTO library_search_dirty (title_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER library_copies_catalog_insert AFTER INSERT ON library_copies BEGIN
  INSERT INTO library_search_dirty (title_id) VALUES (NEW.title_id) ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER library_copies_catalog_update AFTER UPDATE ON library_copies BEGIN
  INSERT INTO library_search_dirty (title_id) VALUES (NEW.title_id) ON CONFLICT DO NOTHING;
  INSERT INTO library_search_dirty (title_id) VALUES (OLD.title_id) ON CONFLICT DO NOTHING;
END;
