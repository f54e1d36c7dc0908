-- A school's designation (pilot or comparison) and programme as they were in a past school year, pinned when they
-- change: reports of that year keep grouping its classes as they were then. A year without a row follows the
-- school's current designation.
CREATE TABLE school_designation (
    school_id           BIGINT      NOT NULL,
    school_year         VARCHAR(9)${binary} NOT NULL,
    designation         VARCHAR(16) NOT NULL,
    programme_language  VARCHAR(8),
    programme_id        BIGINT,
    CONSTRAINT pk_school_designation PRIMARY KEY (school_id, school_year),
    CONSTRAINT fk_school_designation_school FOREIGN KEY (school_id) REFERENCES school (id)
);
