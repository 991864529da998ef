-- A document's citations are paged by id, as an index scan.
CREATE INDEX citation_of_document_idx ON citation (document_code, id COLLATE "C");
