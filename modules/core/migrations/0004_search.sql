-- The search index (core/search). Rebuilt from the synced tables whenever needed: never synced.
-- One row per indexed row of a synced table.
CREATE TABLE search_doc (
    doc INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    module TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL,
    title_key TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    haystack TEXT NOT NULL,
    UNIQUE (tbl, row_id)
);

-- Han unigrams and bigrams, pinyin and initials from syllable boundaries, words of letters and
-- digits; weight 0 at the start of a name, 2 inside a name (+1 when spelt with another reading
-- of a polyphonic character), 4 in other text. Prefix searches
-- are range scans of the primary key.
CREATE TABLE search_token (
    token TEXT NOT NULL,
    doc INTEGER NOT NULL,
    weight INTEGER NOT NULL,
    PRIMARY KEY (token, doc)
) WITHOUT ROWID;
CREATE INDEX search_token_doc ON search_token (doc);

-- version: how the tokens were cut; a program that cuts them differently rebuilds the index.
CREATE TABLE search_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
