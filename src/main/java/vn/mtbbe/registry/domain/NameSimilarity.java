package vn.mtbbe.registry.domain;

import vn.mtbbe.platform.text.TextKeys;

import java.util.Arrays;
import java.util.List;

/**
 * Whether two written names may be the same child's, for the possible-duplicate warning: compared accent-free and
 * without regard to case ({@link TextKeys#fold}), the same, the same words in another order ("Páo Giàng A"), one
 * lacking a word of the other ("Giàng Páo", at least two words left), or a typing slip apart (one letter wrong,
 * missing, added or two swapped; two for names over eight letters).
 */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    public static boolean similar(String a, String b) {
        return similar(Name.of(a), Name.of(b));
    }

    /** A name folded once, for comparing it with many others. */
    public record Name(String folded, List<String> words, List<String> sortedWords) {
        public static Name of(String written) {
            String folded = TextKeys.fold(written);
            List<String> words = folded.isEmpty() ? List.of() : NameSimilarity.words(folded);
            return new Name(folded, words, words.stream().sorted().toList());
        }
    }

    public static boolean similar(Name a, Name b) {
        String x = a.folded();
        String y = b.folded();
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        List<String> wx = a.words();
        List<String> wy = b.words();
        if (wx.size() == wy.size() && a.sortedWords().equals(b.sortedWords())) {
            return true;
        }
        if (Math.min(wx.size(), wy.size()) >= 2 && (wx.containsAll(wy) || wy.containsAll(wx))) {
            return true;
        }
        int allowed = Math.max(x.length(), y.length()) > 8 ? 2 : 1;
        return Math.abs(x.length() - y.length()) <= allowed && distance(x, y) <= allowed;
    }

    private static List<String> words(String folded) {
        return Arrays.asList(folded.split(" "));
    }

    /** Edits between {@code a} and {@code b}: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
