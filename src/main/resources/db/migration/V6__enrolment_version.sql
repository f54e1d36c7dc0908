-- Enrolments change at the year end and at departures during the year, possibly by two people at once: an
-- optimistic-lock version makes the second writer fail instead of both committing.
ALTER TABLE enrolment ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
