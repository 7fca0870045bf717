-- The union catalog's index (docs/sync-protocol.md §3, "Union catalog"): the ISBN-13 of every
-- live school row of a table with isbn and title columns (library_titles), so a look-up reads
-- the few rows of one ISBN instead of decoding every title of the district. Kept up to date from
-- sync_rows by sequence: server_meta "union_catalog_seq" is the sequence up to which every row
-- was indexed (UnionCatalog::catchUp).
CREATE TABLE union_catalog (
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    isbn TEXT NOT NULL,
    PRIMARY KEY (tbl, id)
);
CREATE INDEX union_catalog_isbn ON union_catalog (isbn);
