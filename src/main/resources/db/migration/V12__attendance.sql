-- Attendance. The record of truth is one row per pupil, class and month whose marks hold one character per day of
-- the month (day 1 first): '.' not marked, P present, L late, U absent unexcused, and for absent excused the reason:
-- I illness, F family, S seasonal (harvest) work, W weather or flood, O other, E none given. The counts beside the
-- marks, the class-month rows and the summary rows are kept by the same transaction that writes the marks
-- (AttendanceStore), so reports read a few summary rows and never scan marks. ${ascii} makes the marks one byte per
-- day on MySQL/MariaDB (see DatabaseStartup.flyway).
CREATE TABLE attendance_month (
    class_id    BIGINT    NOT NULL,
    month_start DATE      NOT NULL,   -- the first day of the month
    pupil_id    BIGINT    NOT NULL,
    marks       CHAR(31)${ascii} NOT NULL,
    days        SMALLINT  NOT NULL,   -- days marked
    present     SMALLINT  NOT NULL,
    late        SMALLINT  NOT NULL,
    excused     SMALLINT  NOT NULL,
    unexcused   SMALLINT  NOT NULL,
    CONSTRAINT pk_attendance_month PRIMARY KEY (class_id, month_start, pupil_id),
    CONSTRAINT fk_attendance_month_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_attendance_month_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);
-- A pupil's months across classes: their profile and the early warning read it.
CREATE INDEX ix_attendance_month_pupil ON attendance_month (pupil_id, month_start);

-- One row per class and month that has a marked day: which days are marked ('M') and the month's totals. Saves of a
-- class-month take turns on this row (its version names the state a page or client read).
CREATE TABLE attendance_class_month (
    class_id      BIGINT     NOT NULL,
    month_start   DATE       NOT NULL,
    school_id     BIGINT     NOT NULL,
    province_code VARCHAR(8)${binary} NOT NULL,
    school_year   VARCHAR(9)${binary} NOT NULL,
    marked        CHAR(31)${ascii} NOT NULL,
    marked_days   SMALLINT   NOT NULL,
    pupil_days    INT        NOT NULL,
    present       INT        NOT NULL,
    late          INT        NOT NULL,
    excused       INT        NOT NULL,
    unexcused     INT        NOT NULL,
    version       BIGINT     NOT NULL,
    CONSTRAINT pk_attendance_class_month PRIMARY KEY (class_id, month_start),
    CONSTRAINT fk_attendance_class_month_class FOREIGN KEY (class_id) REFERENCES school_class (id)
);
CREATE INDEX ix_attendance_class_month_place ON attendance_class_month (province_code, month_start, school_id);

-- The report summary: one row per class, month and group of pupils (sex, ethnicity, cohort), with the class's
-- dimensions copied in so that a report groups one table. pupils = pupils with marks in the month; new_pupils = of
-- those, the ones with no marks in this class in an earlier month of the school year, so the pupils of a period are
-- the first month's pupils plus the later months' new ones. pupil_days = pupil-days marked (enrolled school days);
-- present counts present and late.
CREATE TABLE attendance_summary (
    class_id      BIGINT      NOT NULL,
    month_start   DATE        NOT NULL,
    sex           CHAR(1)     NOT NULL,
    ethnicity_code VARCHAR(16)${binary} NOT NULL,
    cohort_id     BIGINT      NOT NULL,   -- 0: no cohort
    school_year   VARCHAR(9)${binary} NOT NULL,
    province_code VARCHAR(8)${binary} NOT NULL,
    district_id   BIGINT      NOT NULL,
    school_id     BIGINT      NOT NULL,
    designation   VARCHAR(16) NOT NULL,
    programme_language VARCHAR(8)${binary} NOT NULL,   -- '': none
    stage         VARCHAR(16) NOT NULL,
    pupils        INT         NOT NULL,
    new_pupils    INT         NOT NULL,
    pupil_days    INT         NOT NULL,
    present       INT         NOT NULL,
    late          INT         NOT NULL,
    excused       INT         NOT NULL,
    unexcused     INT         NOT NULL,
    CONSTRAINT pk_attendance_summary PRIMARY KEY (class_id, month_start, sex, ethnicity_code, cohort_id)
);
CREATE INDEX ix_attendance_summary_report ON attendance_summary (school_year, province_code, designation, month_start);
