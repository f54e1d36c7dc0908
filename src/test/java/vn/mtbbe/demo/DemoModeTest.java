package vn.mtbbe.demo;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoModeTest {

    private static final String H2 = "jdbc:h2:file:./data/mtbbe;MODE=MySQL";
    private static final String MYSQL = "jdbc:mysql://db:3306/mtbbe";

    @Test
    void parsesTheThreeSettingsWhateverTheirCase() {
        assertEquals(Optional.of(DemoMode.AUTO), DemoMode.parse("auto"));
        assertEquals(Optional.of(DemoMode.AUTO), DemoMode.parse(null));
        assertEquals(Optional.of(DemoMode.ALWAYS), DemoMode.parse(" TRUE "));
        assertEquals(Optional.of(DemoMode.NEVER), DemoMode.parse("False"));
        assertEquals(Optional.empty(), DemoMode.parse("yes"));
    }

    @Test
    void autoLoadsIntoTheEmbeddedDatabaseOnly() {
        assertTrue(DemoMode.AUTO.appliesTo(H2));
        assertFalse(DemoMode.AUTO.appliesTo(MYSQL));
        assertFalse(DemoMode.AUTO.appliesTo(null));
    }

    @Test
    void trueLoadsAnywhereAndFalseNowhere() {
        assertTrue(DemoMode.ALWAYS.appliesTo(MYSQL));
        assertTrue(DemoMode.ALWAYS.appliesTo(H2));
        assertFalse(DemoMode.NEVER.appliesTo(H2));
    }
}
