-- The school calendar of each province and school year. The weekdays from the school year's first to its last day
-- are school days, except the holidays; a make-up day (a Saturday or Sunday taught instead of a lost day) is a
-- school day too. An entry holds for one province (scope = its code) or for every province (scope 'VN': the
-- ministry's national holidays). The binary placeholder after a code column's type makes it compare exactly on
-- MySQL/MariaDB (see DatabaseStartup.flyway).
CREATE TABLE calendar_day (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_year VARCHAR(9)${binary} NOT NULL,
    scope       VARCHAR(8)${binary} NOT NULL,
    calendar_date DATE       NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_calendar_day PRIMARY KEY (id),
    CONSTRAINT uq_calendar_day UNIQUE (school_year, scope, calendar_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (school_year) REFERENCES school_year (code),
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKE_UP'))
);
