-- Registry: places, languages, schools, school years, classes, pupils and their enrolments.
-- Written once for both databases: H2 in MySQL mode (the embedded default) and MySQL 8 / MariaDB.

CREATE TABLE language (
    code        VARCHAR(8)   NOT NULL,
    name        VARCHAR(100) NOT NULL,   -- the language's own name (autonym)
    script      VARCHAR(8)   NOT NULL,   -- ISO 15924: Latn, Khmr ...
    sort_order  INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_language PRIMARY KEY (code)
);

CREATE TABLE ethnicity (
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(100) NOT NULL,   -- Vietnamese name, the official one
    majority    BOOLEAN      NOT NULL DEFAULT FALSE,
    language_code VARCHAR(8),
    CONSTRAINT pk_ethnicity PRIMARY KEY (code),
    CONSTRAINT fk_ethnicity_language FOREIGN KEY (language_code) REFERENCES language (code)
);

-- Names of reference data in the reader's language: kind is PROVINCE, LANGUAGE or ETHNICITY.
CREATE TABLE ref_name (
    kind        VARCHAR(16)  NOT NULL,
    code        VARCHAR(16)  NOT NULL,
    locale      VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT pk_ref_name PRIMARY KEY (kind, code, locale)
);

CREATE TABLE province (
    code        VARCHAR(8)   NOT NULL,
    name        VARCHAR(100) NOT NULL,   -- official Vietnamese name
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_province PRIMARY KEY (code)
);

CREATE TABLE district (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    province_code VARCHAR(8)   NOT NULL,
    code          VARCHAR(8)   NOT NULL,
    name          VARCHAR(100) NOT NULL,
    CONSTRAINT pk_district PRIMARY KEY (id),
    CONSTRAINT uq_district_code UNIQUE (code),
    CONSTRAINT fk_district_province FOREIGN KEY (province_code) REFERENCES province (code)
);

CREATE TABLE school (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(16)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    native_name   VARCHAR(200),
    district_id   BIGINT       NOT NULL,
    province_code VARCHAR(8)   NOT NULL,  -- copied from the district: every scoped query filters on it
    level         VARCHAR(16)  NOT NULL,
    designation   VARCHAR(16)  NOT NULL,
    programme_language VARCHAR(8),
    name_key      VARCHAR(400) NOT NULL,  -- accent-free lower-case form for search
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_school PRIMARY KEY (id),
    CONSTRAINT uq_school_code UNIQUE (code),
    CONSTRAINT fk_school_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_school_province FOREIGN KEY (province_code) REFERENCES province (code),
    CONSTRAINT fk_school_language FOREIGN KEY (programme_language) REFERENCES language (code),
    CONSTRAINT ck_school_level CHECK (level IN ('PRESCHOOL', 'PRIMARY', 'COMBINED')),
    CONSTRAINT ck_school_designation CHECK (designation IN ('PILOT', 'COMPARISON'))
);
CREATE INDEX ix_school_province ON school (province_code, code);

CREATE TABLE school_year (
    code        VARCHAR(9)   NOT NULL,   -- 2025-2026
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    CONSTRAINT pk_school_year PRIMARY KEY (code)
);

CREATE TABLE school_class (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    school_id     BIGINT       NOT NULL,
    school_year   VARCHAR(9)   NOT NULL,
    stage         VARCHAR(16)  NOT NULL,
    name          VARCHAR(40)  NOT NULL,
    programme_language VARCHAR(8),
    teacher_names VARCHAR(400),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_school_class PRIMARY KEY (id),
    CONSTRAINT uq_school_class UNIQUE (school_id, school_year, name),
    CONSTRAINT fk_class_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_class_year FOREIGN KEY (school_year) REFERENCES school_year (code),
    CONSTRAINT fk_class_language FOREIGN KEY (programme_language) REFERENCES language (code)
);

CREATE TABLE pupil (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    code             VARCHAR(20)  NOT NULL,
    native_name      VARCHAR(200) NOT NULL,
    vietnamese_name  VARCHAR(200) NOT NULL,
    sex              CHAR(1)      NOT NULL,
    date_of_birth    DATE         NOT NULL,
    ethnicity_code   VARCHAR(16)  NOT NULL,
    mother_tongue    VARCHAR(8)   NOT NULL,
    school_id        BIGINT       NOT NULL,   -- current (or last) school: the province scope follows it
    province_code    VARCHAR(8)   NOT NULL,
    search_key       VARCHAR(800) NOT NULL,   -- both name forms, accent-free, lower case
    sort_key_vi      VARBINARY(512) NOT NULL, -- ICU collation key of the Vietnamese form, Vietnamese rules
    sort_key_root    VARBINARY(512) NOT NULL, -- the same under the root collation (en, ms, zh and others)
    demo             BOOLEAN      NOT NULL DEFAULT FALSE,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_pupil PRIMARY KEY (id),
    CONSTRAINT uq_pupil_code UNIQUE (code),
    CONSTRAINT fk_pupil_ethnicity FOREIGN KEY (ethnicity_code) REFERENCES ethnicity (code),
    CONSTRAINT fk_pupil_language FOREIGN KEY (mother_tongue) REFERENCES language (code),
    CONSTRAINT fk_pupil_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_pupil_province FOREIGN KEY (province_code) REFERENCES province (code),
    CONSTRAINT ck_pupil_sex CHECK (sex IN ('F', 'M'))
);
CREATE INDEX ix_pupil_school_vi ON pupil (school_id, sort_key_vi);
CREATE INDEX ix_pupil_province_vi ON pupil (province_code, sort_key_vi);

-- One row per pupil per class attended; the outcome closes it.
CREATE TABLE enrolment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    pupil_id    BIGINT       NOT NULL,
    class_id    BIGINT       NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE,
    outcome     VARCHAR(16),
    outcome_date DATE,
    note        VARCHAR(400),
    CONSTRAINT pk_enrolment PRIMARY KEY (id),
    CONSTRAINT fk_enrolment_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT fk_enrolment_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT ck_enrolment_outcome CHECK (outcome IS NULL OR outcome IN
        ('PROMOTED', 'REPEATED', 'TRANSFERRED', 'DROPPED_OUT', 'COMPLETED'))
);
CREATE INDEX ix_enrolment_pupil ON enrolment (pupil_id, start_date);
CREATE INDEX ix_enrolment_class ON enrolment (class_id);

-- Codes handed out by the server (pupil codes), one counter per prefix.
CREATE TABLE code_counter (
    prefix      VARCHAR(16)  NOT NULL,
    next_value  BIGINT       NOT NULL,
    CONSTRAINT pk_code_counter PRIMARY KEY (prefix)
);
