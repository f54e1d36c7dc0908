-- The files imported (attendance marks, later assessment results and pupil lists), by kind and SHA-256 of their
-- bytes: the same file twice changes nothing. Written in the import's own transaction.
CREATE TABLE import_file (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(32)${binary} NOT NULL,
    checksum    CHAR(64)${ascii} NOT NULL,
    username    VARCHAR(64) NOT NULL,
    row_count   INT         NOT NULL,
    imported_at DATETIME    NOT NULL,   -- UTC, as every instant (V9)
    CONSTRAINT pk_import_file PRIMARY KEY (id),
    CONSTRAINT uq_import_file UNIQUE (kind, checksum)
);
