package vn.mtbbe.programme.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * One schedule version in the history: the cohorts it applies to (those starting from {@code validFromYear}
 * up to {@code validUntilYear}, or onwards when that is null), who saved it when, and where it stands this
 * school year: {@code CURRENT} (in force for cohorts starting now), {@code UPCOMING} or {@code EARLIER}.
 */
public record VersionRow(int number, int validFromYear, Integer validUntilYear, String status, String createdBy,
                         Instant createdAt, String note, boolean shown) implements Serializable {
}
