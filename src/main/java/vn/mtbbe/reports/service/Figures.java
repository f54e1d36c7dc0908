package vn.mtbbe.reports.service;

import vn.mtbbe.reports.domain.Dimension;

import java.time.LocalDate;
import java.time.YearMonth;

/** How the report queries read a summary table's group values and sums, the same for every report. */
final class Figures {

    private Figures() {
    }

    static Object value(Dimension d, Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (d) {
            case MONTH -> YearMonth.from(raw instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) raw).toString();
            case COHORT -> number(raw) == 0 ? null : number(raw);
            case SITTING, SUBTASK, INSTRUMENT, DISTRICT, CLASS -> number(raw);
            case PROGRAMME_LANGUAGE -> raw.toString().isEmpty() ? null : raw.toString();
            default -> raw.toString().strip();
        };
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
