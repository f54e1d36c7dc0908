package vn.mtbbe.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * When the demo data set is loaded, from the setting {@code mtbbe.demo}: {@code auto} into the embedded
 * database only, {@code true} into any database, {@code false} never. In every case only into a database
 * that holds no province yet.
 */
public enum DemoMode {
    AUTO, ALWAYS, NEVER;

    /** The mode a setting names, or empty when it names none (a typo must not load demo data into production). */
    public static Optional<DemoMode> parse(String setting) {
        if (setting == null) {
            return Optional.of(AUTO);
        }
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "auto", "" -> Optional.of(AUTO);
            case "true" -> Optional.of(ALWAYS);
            case "false" -> Optional.of(NEVER);
            default -> Optional.empty();
        };
    }

    /** Whether this mode allows loading into the database at {@code databaseUrl}. */
    public boolean appliesTo(String databaseUrl) {
        return switch (this) {
            case AUTO -> databaseUrl != null && databaseUrl.strip().startsWith("jdbc:h2:");
            case ALWAYS -> true;
            case NEVER -> false;
        };
    }
}
