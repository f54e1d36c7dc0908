package vn.mtbbe.platform.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextKeysTest {

    @Test
    void foldingRemovesVietnameseTonesAndLetters() {
        assertEquals("nguyen thi hoa", TextKeys.fold("Nguyễn  Thị Hoà"));
        assertEquals("dang van duc", TextKeys.fold("Đặng Văn Đức"));
        assertEquals("giang a pao", TextKeys.fold("Giàng A Páo"));
    }

    @Test
    void foldingKeepsKhmerWordsWhole() {
        assertEquals("សុខា", TextKeys.fold("សុខា"));
        assertEquals("ស្រីពៅ ចាន់", TextKeys.fold(" ស្រីពៅ  ចាន់ "));
    }

    @Test
    void searchKeyHoldsBothNameFormsOnce() {
        String key = TextKeys.searchKey("Thạch Thị Sa Rương", "ស្រីពៅ");
        assertEquals("|thach thi sa ruong|ស្រីពៅ|", key);
        assertEquals("|nguyen van a|", TextKeys.searchKey("Nguyễn Văn A", "Nguyen Van A"));
    }

    @Test
    void likePatternEscapesWildcards() {
        assertEquals("%50\\%\\_x%", TextKeys.likeContains("50%_x"));
    }

    @Test
    void storedKeysSortLikeTheCollatorOfTheLanguage() {
        List<String> names = List.of("Vũ Bình", "Vũ Ân", "Vũ Anh", "Đặng Hà", "Dương Lan", "Ơn Thị Mai", "Ong Văn Tú");
        for (String language : List.of("vi", "en", "ms", "zh")) {
            ULocale locale = new ULocale(language);
            boolean vietnamese = TextKeys.usesVietnameseOrder(locale);
            List<String> byKeys = new ArrayList<>(names);
            byKeys.sort(Comparator.comparing(n -> vietnamese ? TextKeys.sortKeyVietnamese(n) : TextKeys.sortKeyRoot(n),
                    TextKeysTest::unsigned));
            List<String> byCollator = new ArrayList<>(names);
            byCollator.sort(Collator.getInstance(locale));
            assertEquals(byCollator, byKeys, language);
        }
    }

    @Test
    void vietnameseOrderDiffersFromRootWhereItShould() {
        assertTrue(unsigned(TextKeys.sortKeyVietnamese("Vũ Anh"), TextKeys.sortKeyVietnamese("Vũ Ân")) < 0);
        assertTrue(unsigned(TextKeys.sortKeyRoot("Vũ Ân"), TextKeys.sortKeyRoot("Vũ Anh")) < 0);
    }

    /** How the databases compare VARBINARY: byte by byte, unsigned. */
    static int unsigned(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }
}
