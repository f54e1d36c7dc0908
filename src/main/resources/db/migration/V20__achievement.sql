-- Learning achievement. An instrument (an EGRA-style reading or EGMA-style mathematics assessment in one language) is
-- versioned like a schedule: a change is a new row of the same series with the next version, and the results entered
-- against the old version's subtasks stay as they were. A sitting is an assessment round of a school year: its
-- instruments, its schools (and single classes), its dates. Results are one row per sitting, class, pupil and subtask;
-- the same transaction that writes them keeps the class-sitting row (what is entered, and the version that names it)
-- and the summary rows that reports read (AchievementStore), so no report reads raw results.
CREATE TABLE instrument (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    series        VARCHAR(64)${binary} NOT NULL,   -- the instrument across its versions, e.g. EGRA-HMN
    version       INT          NOT NULL,
    name          VARCHAR(200) NOT NULL,
    area          VARCHAR(16)  NOT NULL,            -- READING or MATHEMATICS
    language_code VARCHAR(8)${binary} NOT NULL,
    stages        VARCHAR(120)${ascii} NOT NULL,    -- the stages it applies to, comma-separated
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME     NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_instrument PRIMARY KEY (id),
    CONSTRAINT uq_instrument_version UNIQUE (series, version),
    CONSTRAINT fk_instrument_language FOREIGN KEY (language_code) REFERENCES language (code),
    CONSTRAINT ck_instrument_area CHECK (area IN ('READING', 'MATHEMATICS'))
);

-- kind: TIMED (correct items in a timed task: seconds = the time limit), OUT_OF (correct out of items), SCALE (a score
-- from 0 to items). skill names what is measured, so that results in two languages can stand side by side.
CREATE TABLE subtask (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    instrument_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    skill         VARCHAR(32)  NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    items         INT          NOT NULL,
    seconds       INT,
    sample        VARCHAR(1000),                    -- the first items as printed, in the instrument's script
    CONSTRAINT pk_subtask PRIMARY KEY (id),
    CONSTRAINT uq_subtask_position UNIQUE (instrument_id, position),
    CONSTRAINT fk_subtask_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id),
    CONSTRAINT ck_subtask_kind CHECK (kind IN ('TIMED', 'OUT_OF', 'SCALE')),
    CONSTRAINT ck_subtask_items CHECK (items > 0)
);

-- Benchmark bands of a subtask for a stage: below approaching_from is BELOW, from meeting_from on MEETING. The value
-- compared is the per-minute rate for a timed subtask and the score otherwise.
CREATE TABLE benchmark (
    subtask_id       BIGINT        NOT NULL,
    stage            VARCHAR(16)   NOT NULL,
    approaching_from DECIMAL(7, 2) NOT NULL,
    meeting_from     DECIMAL(7, 2) NOT NULL,
    CONSTRAINT pk_benchmark PRIMARY KEY (subtask_id, stage),
    CONSTRAINT fk_benchmark_subtask FOREIGN KEY (subtask_id) REFERENCES subtask (id),
    CONSTRAINT ck_benchmark_order CHECK (approaching_from <= meeting_from)
);

CREATE TABLE sitting (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    round       VARCHAR(16)  NOT NULL,
    school_year VARCHAR(9)${binary} NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME     NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_sitting PRIMARY KEY (id),
    CONSTRAINT fk_sitting_year FOREIGN KEY (school_year) REFERENCES school_year (code),
    CONSTRAINT ck_sitting_round CHECK (round IN ('BASELINE', 'MIDLINE', 'ENDLINE', 'TERM')),
    CONSTRAINT ck_sitting_dates CHECK (starts_on <= ends_on)
);
CREATE INDEX ix_sitting_year ON sitting (school_year);

CREATE TABLE sitting_instrument (
    sitting_id    BIGINT NOT NULL,
    instrument_id BIGINT NOT NULL,
    CONSTRAINT pk_sitting_instrument PRIMARY KEY (sitting_id, instrument_id),
    CONSTRAINT fk_sitting_instrument_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_sitting_instrument_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id)
);

-- The classes taking part: every class of a listed school whose stage an instrument applies to, and single classes.
CREATE TABLE sitting_school (
    sitting_id BIGINT NOT NULL,
    school_id  BIGINT NOT NULL,
    CONSTRAINT pk_sitting_school PRIMARY KEY (sitting_id, school_id),
    CONSTRAINT fk_sitting_school_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_sitting_school_school FOREIGN KEY (school_id) REFERENCES school (id)
);
CREATE INDEX ix_sitting_school_school ON sitting_school (school_id);

CREATE TABLE sitting_class (
    sitting_id BIGINT NOT NULL,
    class_id   BIGINT NOT NULL,
    CONSTRAINT pk_sitting_class PRIMARY KEY (sitting_id, class_id),
    CONSTRAINT fk_sitting_class_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_sitting_class_class FOREIGN KEY (class_id) REFERENCES school_class (id)
);
CREATE INDEX ix_sitting_class_class ON sitting_class (class_id);

-- One result: absent (no score), or a score (correct items, or the scale's score) and for a timed subtask the seconds
-- used (the time limit unless the child finished early).
CREATE TABLE assessment_result (
    sitting_id BIGINT   NOT NULL,
    class_id   BIGINT   NOT NULL,
    pupil_id   BIGINT   NOT NULL,
    subtask_id BIGINT   NOT NULL,
    absent     BOOLEAN  NOT NULL,
    score      INT,
    seconds    INT,
    CONSTRAINT pk_assessment_result PRIMARY KEY (sitting_id, class_id, pupil_id, subtask_id),
    CONSTRAINT fk_assessment_result_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_assessment_result_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_assessment_result_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT fk_assessment_result_subtask FOREIGN KEY (subtask_id) REFERENCES subtask (id),
    CONSTRAINT ck_assessment_result_score CHECK ((absent AND score IS NULL AND seconds IS NULL)
                                                 OR (NOT absent AND score IS NOT NULL AND score >= 0))
);
-- A pupil's results across sittings: the learning profile reads it.
CREATE INDEX ix_assessment_result_pupil ON assessment_result (pupil_id, sitting_id);

-- One row per sitting and class with results: how many pupils have them, and the version that names their state.
CREATE TABLE assessment_class (
    sitting_id    BIGINT     NOT NULL,
    class_id      BIGINT     NOT NULL,
    school_id     BIGINT     NOT NULL,
    province_code VARCHAR(8)${binary} NOT NULL,
    pupils        INT        NOT NULL,
    results       INT        NOT NULL,
    version       BIGINT     NOT NULL,
    CONSTRAINT pk_assessment_class PRIMARY KEY (sitting_id, class_id),
    CONSTRAINT fk_assessment_class_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_assessment_class_class FOREIGN KEY (class_id) REFERENCES school_class (id)
);
CREATE INDEX ix_assessment_class_place ON assessment_class (province_code, sitting_id);

-- The report summary: one row per sitting, subtask, class and group of pupils (sex, ethnicity, cohort), with the
-- class's and the instrument's dimensions copied in. assessed = pupils with a score (not absent); scored = of those,
-- with a value to band (a benchmark for the class's stage); score_sum and rate_sum (per-minute rates of a timed
-- subtask) give means; zero_scores, approaching and meeting count pupils. Figures come from Scoring, one place.
CREATE TABLE achievement_summary (
    sitting_id    BIGINT      NOT NULL,
    subtask_id    BIGINT      NOT NULL,
    class_id      BIGINT      NOT NULL,
    sex           CHAR(1)     NOT NULL,
    ethnicity_code VARCHAR(16)${binary} NOT NULL,
    cohort_id     BIGINT      NOT NULL,   -- 0: no cohort
    school_year   VARCHAR(9)${binary} NOT NULL,
    round         VARCHAR(16) NOT NULL,
    province_code VARCHAR(8)${binary} NOT NULL,
    district_id   BIGINT      NOT NULL,
    school_id     BIGINT      NOT NULL,
    designation   VARCHAR(16) NOT NULL,
    programme_language VARCHAR(8)${binary} NOT NULL,   -- '': none
    stage         VARCHAR(16) NOT NULL,
    instrument_id BIGINT      NOT NULL,
    language_code VARCHAR(8)${binary} NOT NULL,
    skill         VARCHAR(32) NOT NULL,
    pupils        INT         NOT NULL,   -- with a result (absent or not)
    absent        INT         NOT NULL,
    assessed      INT         NOT NULL,
    score_sum     BIGINT      NOT NULL,
    rated         INT         NOT NULL,   -- assessed in a timed subtask: rate_sum is theirs
    rate_sum      DECIMAL(14, 3) NOT NULL,
    zero_scores   INT         NOT NULL,
    banded        INT         NOT NULL,
    approaching   INT         NOT NULL,
    meeting       INT         NOT NULL,
    CONSTRAINT pk_achievement_summary PRIMARY KEY (sitting_id, subtask_id, class_id, sex, ethnicity_code, cohort_id)
);
CREATE INDEX ix_achievement_summary_report ON achievement_summary (school_year, sitting_id, province_code, designation);
