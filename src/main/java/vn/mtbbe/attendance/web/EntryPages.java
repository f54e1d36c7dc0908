package vn.mtbbe.attendance.web;

import vn.mtbbe.platform.text.TextKeys;
import com.ibm.icu.util.ULocale;
import vn.mtbbe.attendance.domain.DayRules;
import vn.mtbbe.attendance.domain.Mark;
import vn.mtbbe.attendance.service.AttendanceService;
import vn.mtbbe.platform.error.AppException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What the attendance entry pages share: reading their address, and listing a class's pupils as the reader sorts. */
final class EntryPages {

    private EntryPages() {
    }

    /** The class id of the address; a 404 page for anything else. */
    static long classId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.class", value);
        }
    }

    /** A date or a month of the address, or null (the page's default) when absent or unreadable. */
    static <T> T parse(String value, Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        return parse(value, LocalDate::parse);
    }

    static YearMonth month(String value) {
        return parse(value, YearMonth::parse);
    }

    /**
     * A grid cell's code ("P", "I" …; "" for none) as a submitted mark: its status and reason names, or the text as
     * typed when it is no mark's code, so that the service's rules refuse it at its field.
     */
    static DayRules.Submitted submitted(String pupil, String code) {
        Mark mark = null;
        if (code != null && code.length() == 1) {
            try {
                mark = Mark.fromCode(code.charAt(0)).orElse(null);
            } catch (IllegalArgumentException unknown) {
                mark = null;
            }
        }
        if (mark == null) {
            return new DayRules.Submitted(pupil, code == null || code.isEmpty() ? null : code, null);
        }
        return new DayRules.Submitted(pupil, mark.status().name(), mark.reason() == null ? null : mark.reason().name());
    }

    /** The pupils by their Vietnamese name, then their own name, in the reader's collation order. */
    static List<AttendanceService.Line> sorted(List<AttendanceService.Line> pupils, ULocale locale) {
        List<AttendanceService.Line> lines = new ArrayList<>(pupils);
        lines.sort(TextKeys.byNames(locale, AttendanceService.Line::vietnameseName, AttendanceService.Line::nativeName,
                AttendanceService.Line::code));
        return lines;
    }
}
