package vn.mtbbe.achievement.web;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One instrument version as the lists show it: {@code area} is the {@link vn.mtbbe.achievement.domain.Area} name,
 * {@code languageName} and {@code stages} are already in the reader's language, {@code createdOn} is the day in
 * Viet Nam.
 */
public record InstrumentRow(long id, String series, int version, String name, String area, String language,
                            String languageName, String stages, int subtasks, LocalDate createdOn, String createdBy)
        implements Serializable {
}
