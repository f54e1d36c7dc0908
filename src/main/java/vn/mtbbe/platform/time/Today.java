package vn.mtbbe.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mtbbe.registry.domain.SchoolYear;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar day of the schools: today in the programme's time zone ({@code mtbbe.timezone}, default
 * Asia/Ho_Chi_Minh), never the server's (UTC in a container, so before 07:00 in Viet Nam the server's date would
 * still be yesterday). Every rule that judges a date against today asks here.
 */
@ApplicationScoped
public class Today {

    public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    private final Clock clock;

    @Inject
    public Today(@ConfigProperty(name = "mtbbe.timezone", defaultValue = DEFAULT_ZONE) String zone) {
        this(Clock.system(ZoneId.of(zone)));
    }

    /** For tests: the day by {@code clock} (its zone is the schools' zone). */
    public Today(Clock clock) {
        this.clock = clock;
    }

    protected Today() {
        this(Clock.system(ZoneId.of(DEFAULT_ZONE)));
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The calendar year in which the school year running today began. */
    public int schoolYearStart() {
        return SchoolYear.startYearOn(date());
    }
}
