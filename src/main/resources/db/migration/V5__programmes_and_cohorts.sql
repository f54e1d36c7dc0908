-- Programmes and their transition schedules (data, versioned), cohorts, and the language actually used
-- per class and subject.

CREATE TABLE subject (
    code        VARCHAR(32)  NOT NULL,
    core        BOOLEAN      NOT NULL,   -- a core subject needs a language of instruction at every stage
    sort_order  INT          NOT NULL,
    CONSTRAINT pk_subject PRIMARY KEY (code)
);

CREATE TABLE programme (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(200) NOT NULL,
    mother_tongue VARCHAR(8)   NOT NULL,
    description   VARCHAR(1000),
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_programme PRIMARY KEY (id),
    CONSTRAINT uq_programme_name UNIQUE (name),
    CONSTRAINT fk_programme_language FOREIGN KEY (mother_tongue) REFERENCES language (code)
);

-- A version applies to the cohorts that start in valid_from_year or later (until a newer version).
CREATE TABLE schedule_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id    BIGINT       NOT NULL,
    number          INT          NOT NULL,
    valid_from_year INT          NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    note            VARCHAR(400),
    CONSTRAINT pk_schedule_version PRIMARY KEY (id),
    CONSTRAINT uq_schedule_version_number UNIQUE (programme_id, number),
    CONSTRAINT uq_schedule_version_year UNIQUE (programme_id, valid_from_year),
    CONSTRAINT fk_schedule_version_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

-- semester 0 = the whole school year; 1 and 2 where the schedule changes mid-year.
CREATE TABLE schedule_entry (
    version_id   BIGINT       NOT NULL,
    stage        VARCHAR(16)  NOT NULL,
    semester     INT          NOT NULL,
    subject      VARCHAR(32)  NOT NULL,
    mode         VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_schedule_entry PRIMARY KEY (version_id, stage, semester, subject),
    CONSTRAINT fk_schedule_entry_version FOREIGN KEY (version_id) REFERENCES schedule_version (id),
    CONSTRAINT fk_schedule_entry_subject FOREIGN KEY (subject) REFERENCES subject (code),
    CONSTRAINT ck_schedule_entry_mode CHECK (mode IN ('MOTHER_TONGUE', 'BILINGUAL', 'VIETNAMESE')),
    CONSTRAINT ck_schedule_entry_semester CHECK (semester IN (0, 1, 2))
);

ALTER TABLE school ADD COLUMN programme_id BIGINT;
ALTER TABLE school ADD CONSTRAINT fk_school_programme FOREIGN KEY (programme_id) REFERENCES programme (id);

-- The pupils who started at a school in the same year, followed year by year.
CREATE TABLE cohort (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    school_id     BIGINT       NOT NULL,
    start_year    INT          NOT NULL,
    entry_stage   VARCHAR(16)  NOT NULL,
    programme_id  BIGINT,
    CONSTRAINT pk_cohort PRIMARY KEY (id),
    CONSTRAINT uq_cohort UNIQUE (school_id, start_year),
    CONSTRAINT fk_cohort_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_cohort_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

ALTER TABLE pupil ADD COLUMN cohort_id BIGINT;
ALTER TABLE pupil ADD CONSTRAINT fk_pupil_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id);
CREATE INDEX ix_pupil_cohort ON pupil (cohort_id);

ALTER TABLE school_class ADD COLUMN cohort_id BIGINT;
ALTER TABLE school_class ADD CONSTRAINT fk_class_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id);

-- What was actually taught, recorded (or confirmed) by an officer; the plan comes from the schedule.
CREATE TABLE class_instruction (
    class_id     BIGINT       NOT NULL,
    semester     INT          NOT NULL,
    subject      VARCHAR(32)  NOT NULL,
    mode         VARCHAR(16)  NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_class_instruction PRIMARY KEY (class_id, semester, subject),
    CONSTRAINT fk_class_instruction_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_class_instruction_subject FOREIGN KEY (subject) REFERENCES subject (code),
    CONSTRAINT ck_class_instruction_mode CHECK (mode IN ('MOTHER_TONGUE', 'BILINGUAL', 'VIETNAMESE'))
);

-- A transfer names the school the pupil went to.
ALTER TABLE enrolment ADD COLUMN transfer_school_id BIGINT;
ALTER TABLE enrolment ADD CONSTRAINT fk_enrolment_transfer_school FOREIGN KEY (transfer_school_id) REFERENCES school (id);

INSERT INTO subject (code, core, sort_order) VALUES
    ('LITERACY',        TRUE,  1),
    ('MATHEMATICS',     TRUE,  2),
    ('SCIENCE',         TRUE,  3),
    ('SOCIAL_STUDIES',  TRUE,  4),
    ('MOTHER_TONGUE',   FALSE, 5),
    ('VIETNAMESE',      FALSE, 6),
    ('ARTS',            FALSE, 7);

INSERT INTO ref_name (kind, code, locale, name) VALUES
    ('SUBJECT', 'LITERACY',       'vi', 'Học đọc, học viết'),
    ('SUBJECT', 'MATHEMATICS',    'vi', 'Toán'),
    ('SUBJECT', 'SCIENCE',        'vi', 'Tự nhiên và Khoa học'),
    ('SUBJECT', 'SOCIAL_STUDIES', 'vi', 'Xã hội, Lịch sử và Địa lí'),
    ('SUBJECT', 'MOTHER_TONGUE',  'vi', 'Tiếng mẹ đẻ (môn học)'),
    ('SUBJECT', 'VIETNAMESE',     'vi', 'Tiếng Việt (môn học)'),
    ('SUBJECT', 'ARTS',           'vi', 'Nghệ thuật'),
    ('SUBJECT', 'LITERACY',       'en', 'Reading and writing'),
    ('SUBJECT', 'MATHEMATICS',    'en', 'Mathematics'),
    ('SUBJECT', 'SCIENCE',        'en', 'Nature and science'),
    ('SUBJECT', 'SOCIAL_STUDIES', 'en', 'Society, history and geography'),
    ('SUBJECT', 'MOTHER_TONGUE',  'en', 'Mother tongue (as a subject)'),
    ('SUBJECT', 'VIETNAMESE',     'en', 'Vietnamese (as a subject)'),
    ('SUBJECT', 'ARTS',           'en', 'Arts'),
    ('SUBJECT', 'LITERACY',       'zh', '读写'),
    ('SUBJECT', 'MATHEMATICS',    'zh', '数学'),
    ('SUBJECT', 'SCIENCE',        'zh', '自然与科学'),
    ('SUBJECT', 'SOCIAL_STUDIES', 'zh', '社会、历史与地理'),
    ('SUBJECT', 'MOTHER_TONGUE',  'zh', '母语（学科）'),
    ('SUBJECT', 'VIETNAMESE',     'zh', '越南语（学科）'),
    ('SUBJECT', 'ARTS',           'zh', '艺术'),
    ('SUBJECT', 'LITERACY',       'ms', 'Membaca dan menulis'),
    ('SUBJECT', 'MATHEMATICS',    'ms', 'Matematik'),
    ('SUBJECT', 'SCIENCE',        'ms', 'Alam dan sains'),
    ('SUBJECT', 'SOCIAL_STUDIES', 'ms', 'Masyarakat, sejarah dan geografi'),
    ('SUBJECT', 'MOTHER_TONGUE',  'ms', 'Bahasa ibunda (sebagai mata pelajaran)'),
    ('SUBJECT', 'VIETNAMESE',     'ms', 'Bahasa Vietnam (sebagai mata pelajaran)'),
    ('SUBJECT', 'ARTS',           'ms', 'Seni');
