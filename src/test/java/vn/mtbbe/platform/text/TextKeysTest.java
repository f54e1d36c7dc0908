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
    void foldingKeepsKhmerWordsWholeWithoutCoengAndSigns() {
        assertEquals("សុខា", TextKeys.fold("សុខា"));
        assertEquals("សរីពៅ ចាន", TextKeys.fold(" ស្រីពៅ  ចាន់ "), "the coeng and the bantoc go");
        assertEquals(TextKeys.fold("ស្រីពៅ"), TextKeys.fold("សរីពៅ"), "typed without the subscript");
        assertEquals(TextKeys.fold("កុម្ភៈ"), TextKeys.fold("កុមភៈ"));
        assertEquals(TextKeys.fold("សំណាង"), TextKeys.fold("សណាង"), "nikahit left out");
        assertEquals(TextKeys.fold("ខ្មែរ"), TextKeys.fold("ខ\u200Bមែរ"), "a zero-width space between syllables");
        assertTrue(!TextKeys.fold("សុខា").equals(TextKeys.fold("សុខី")), "vowels still count");
    }

    @Test
    void searchKeyHoldsBothNameFormsOnce() {
        String key = TextKeys.searchKey("Thạch Thị Sa Rương", "ស្រីពៅ");
        assertEquals("|thach thi sa ruong|សរីពៅ|", key);
        assertEquals("|nguyen van a|", TextKeys.searchKey("Nguyễn Văn A", "Nguyen Van A"));
    }

    @Test
    void likePatternEscapesWildcards() {
        assertEquals("%50\\%\\_x%", TextKeys.likeContains("50%_x"));
    }

    @Test
    void storedKeysSortLikeTheCollatorOfTheLanguage() {
        List<String> names = List.of("Vũ Bình", "Vũ Ân", "Vũ Anh", "Đặng Hà", "Dương Lan", "Ơn Thị Mai", "Ong Văn Tú");
        for (String language : List.of("vi", "en", "ms", "zh", "km")) {
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
