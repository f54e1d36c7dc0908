package vn.mtbbe.platform.imports;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TableImportTest {

    @Test
    void aDateCellIsIsoOrInTheReadersOwnForm() {
        DateTimeFormatter vi = TableImport.localDates(new ULocale("vi"));
        assertEquals(LocalDate.of(2018, 2, 5), TableImport.parseDate("2018-02-05", vi));
        assertEquals(LocalDate.of(2018, 2, 5), TableImport.parseDate("05/02/2018", vi));
        assertEquals(LocalDate.of(2018, 2, 5), TableImport.parseDate("02/05/2018", TableImport.localDates(ULocale.ENGLISH)));
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNotMovedToTheEndOfTheMonth() {
        DateTimeFormatter vi = TableImport.localDates(new ULocale("vi"));
        assertNull(TableImport.parseDate("31/02/2018", vi));
        assertNull(TableImport.parseDate("2018-02-31", vi));
        assertNull(TableImport.parseDate("29/02/2019", vi));
        assertEquals(LocalDate.of(2020, 2, 29), TableImport.parseDate("29/02/2020", vi));
    }
}
