package vn.mtbbe.platform.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Derived forms of names: an accent-free search form ("Nguyễn" and "Nguyen" both become "nguyen", Khmer
 * script is also given in Latin letters) and ICU collation keys that make the database sort names in the
 * order ICU gives for the reader's language.
 */
public final class TextKeys {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final ThreadLocal<Transliterator> FOLD = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Collator VIETNAMESE = frozen(new ULocale("vi"));
    private static final Collator ROOT = frozen(ULocale.ROOT);

    private TextKeys() {
    }

    private static Collator frozen(ULocale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
        return collator.freeze();
    }

    /**
     * The order of a list of pupils for a reader: by their Vietnamese name, then their own name, in the reader's
     * collation, then by code.
     */
    public static <T> java.util.Comparator<T> byNames(ULocale locale, java.util.function.Function<T, String> vietnameseName,
                                                      java.util.function.Function<T, String> nativeName,
                                                      java.util.function.Function<T, String> code) {
        Collator collator = Collator.getInstance(locale);
        return java.util.Comparator.comparing(vietnameseName, collator).thenComparing(nativeName, collator)
                .thenComparing(code);
    }

    public static String nfc(String text) {
        return text == null ? null : NFC.normalize(text.strip());
    }

    /**
     * Accent-free, lower-case, single-spaced form of {@code text}, for searching: Latin text loses its
     * accents, other scripts are romanised where ICU can. Khmer stays in Khmer script without its coeng (the sign
     * that stacks a subscript consonant) and its diacritic signs, so a name typed with a consonant side by side instead
     * of subscript, or without a sign, still finds the child.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = FOLD.get().transliterate(NFC.normalize(text));
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            // Latin-ASCII has already dropped Latin accents; marks left belong to scripts ICU does not
            // romanise (Khmer vowel signs and subscripts) and are part of the word.
            int type = Character.getType(c);
            if (khmerSign(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * What a Khmer search leaves out: the coeng (U+17D2), the signs from nikahit to bathamasat (U+17C6–U+17D3 but the
     * coeng) and atthacan (U+17DD), and the zero-width characters typed between Khmer syllables.
     */
    static boolean khmerSign(char c) {
        return (c >= '\u17C6' && c <= '\u17D3') || c == '\u17DD' || (c >= '\u200B' && c <= '\u200D');
    }

    /** The search form of several names, for one column that any of them matches. */
    public static String searchKey(String... names) {
        Set<String> forms = new LinkedHashSet<>();
        for (String name : names) {
            String folded = fold(name);
            if (!folded.isEmpty()) {
                forms.add(folded);
            }
        }
        return "|" + String.join("|", forms) + "|";
    }

    public static byte[] sortKeyVietnamese(String name) {
        return VIETNAMESE.getCollationKey(nfc(name)).toByteArray();
    }

    public static byte[] sortKeyRoot(String name) {
        return ROOT.getCollationKey(nfc(name)).toByteArray();
    }

    /** Whether names are sorted by the Vietnamese key (true) or the root key for {@code locale}. */
    public static boolean usesVietnameseOrder(ULocale locale) {
        return locale != null && "vi".equals(locale.getLanguage());
    }

    /** The collator that gives the same order as the stored keys for {@code locale}. */
    public static Collator collatorFor(ULocale locale) {
        return usesVietnameseOrder(locale) ? VIETNAMESE : ROOT;
    }

    /** A frozen ICU collator for the reader's language, for lists sorted in memory. */
    public static Collator collator(ULocale locale) {
        return frozen(locale == null ? ULocale.ROOT : locale);
    }

    /** Escapes LIKE wildcards so that user input matches literally (escape character is '\'). */
    public static String likeContains(String folded) {
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
