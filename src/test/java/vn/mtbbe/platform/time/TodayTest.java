package vn.mtbbe.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Today is the schools' day in Viet Nam, whatever the server's zone; the school year turns in August. */
class TodayTest {

    static final ZoneId VIET_NAM = ZoneId.of(Today.DEFAULT_ZONE);

    static Today at(String instant) {
        return new Today(Clock.fixed(Instant.parse(instant), VIET_NAM));
    }

    @Test
    void beforeSevenInTheMorningInVietNamItIsAlreadyTomorrowThere() {
        assertEquals(LocalDate.of(2026, 12, 2), at("2026-12-01T18:30:00Z").date(), "01:30 on 2 December in Hà Nội");
        assertEquals(LocalDate.of(2026, 12, 1), at("2026-12-01T16:59:59Z").date(), "23:59 on 1 December in Hà Nội");
    }

    @Test
    void theSchoolYearBeginsInAugustInVietNamsCalendar() {
        assertEquals(2026, at("2026-07-31T17:00:00Z").schoolYearStart(), "1 August, midnight in Hà Nội");
        assertEquals(2025, at("2026-07-31T16:59:59Z").schoolYearStart(), "31 July, still the year that began in 2025");
        assertEquals(2025, at("2026-01-01T00:00:00Z").schoolYearStart());
    }

    @Test
    void theZoneComesFromConfiguration() {
        assertEquals(ZoneId.of("Asia/Bangkok"), new Today("Asia/Bangkok").zone());
    }
}
