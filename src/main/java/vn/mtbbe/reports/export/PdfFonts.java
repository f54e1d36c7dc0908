package vn.mtbbe.reports.export;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The fonts of report PDFs and the choice among them, character by character: Noto Sans for Latin text (Vietnamese,
 * Malay, English), Noto Sans SC for Chinese, Noto Sans Khmer for Khmer; all embedded as subsets and laid out by the
 * JDK's shaping engine through OpenPDF's {@link LayoutProcessor}, which Khmer needs (subscript consonants, vowels drawn
 * before their consonant).
 *
 * <p>Why not OpenPDF's {@code FontSelector}: it registers a fallback font file on every instance, and it gives each
 * character to the first font that has it, so a zero-width joiner or a space inside a Khmer word would land in Noto
 * Sans and cut the word in two runs that are shaped apart. Here characters shared by all scripts (spaces, digits,
 * punctuation, joiners, combining marks) stay in the run they are in when its font has them.
 *
 * <p>Fonts are read from the classpath by path (the layout step reads the file again by that name), once per class
 * loader, in holder classes: the JVM makes their loading thread-safe, and the Chinese font (10 MB) is read only when a
 * text needs it. BaseFonts are shared by all documents; {@link Font}s and {@link Phrase}s are made per document.
 */
final class PdfFonts {

    static final String LATIN_REGULAR = "fonts/NotoSans-Regular.ttf";
    static final String LATIN_BOLD = "fonts/NotoSans-Bold.ttf";
    static final String CHINESE_REGULAR = "fonts/NotoSansSC-Regular.ttf";
    static final String KHMER_REGULAR = "fonts/NotoSansKhmer-Regular.ttf";
    static final String KHMER_BOLD = "fonts/NotoSansKhmer-Bold.ttf";

    /** Line spacing, as a multiple of the font size, of text with Khmer (stacked consonants and vowels) and without. */
    static final float KHMER_LEADING = 1.7f;
    static final float LEADING = 1.3f;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final ULocale KHMER = new ULocale("km");

    private PdfFonts() {
    }

    private static final class Latin {
        static final BaseFont REGULAR = load(LATIN_REGULAR);
        static final BaseFont BOLD = load(LATIN_BOLD);
    }

    /** Only a regular weight of the Chinese font is shipped (a bold one would add 10 MB): bold is drawn stroked. */
    private static final class Chinese {
        static final BaseFont REGULAR = load(CHINESE_REGULAR);
    }

    private static final class Khmer {
        static final BaseFont REGULAR = load(KHMER_REGULAR);
        static final BaseFont BOLD = load(KHMER_BOLD);
    }

    /** {@code text} (normalised to NFC) as chunks of the fonts that have its characters. */
    static Phrase phrase(String text, float size, boolean bold, Color color) {
        Phrase phrase = new Phrase();
        // The phrase's own font is used for what OpenPDF adds (line ends, empty text): never the unembedded Helvetica.
        phrase.setFont(font(size, bold, color));
        for (Run run : runs(text, bold)) {
            Chunk chunk = new Chunk(run.text(), new Font(run.font(), size, Font.NORMAL, color));
            if (run.stroked()) {
                chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30f, color);
            }
            if (run.family() == Family.KHMER) {
                chunk.setSplitCharacter(new KhmerLineBreaks());
            }
            phrase.add(chunk);
        }
        return phrase;
    }

    /** Noto Sans at {@code size}: the font of a paragraph or cell itself, as opposed to that of its chunks. */
    static Font font(float size, boolean bold, Color color) {
        return new Font(Family.LATIN.font(bold), size, Font.NORMAL, color);
    }

    /** The width of {@code text} on one line, in points, as OpenPDF measures it when it breaks lines. */
    static float width(String text, float size, boolean bold) {
        float width = 0;
        for (Run run : runs(text, bold)) {
            width += run.font().getWidthPoint(run.text(), size);
        }
        return width;
    }

    /** The line spacing multiple for {@code text}: wider where Khmer is, whose marks stack above and below. */
    static float leading(String text) {
        return hasKhmer(text) ? KHMER_LEADING : LEADING;
    }

    static boolean hasKhmer(String text) {
        return text != null && text.codePoints().anyMatch(c -> UScript.getScript(c) == UScript.KHMER);
    }

    static String nfc(String text) {
        return text == null ? "" : NFC.normalize(text);
    }

    /** The families of fonts, each loaded when a text first needs it. */
    enum Family {
        LATIN, CHINESE, KHMER;

        BaseFont font(boolean bold) {
            return switch (this) {
                case LATIN -> bold ? Latin.BOLD : Latin.REGULAR;
                case CHINESE -> Chinese.REGULAR;
                case KHMER -> bold ? Khmer.BOLD : Khmer.REGULAR;
            };
        }
    }

    /** A stretch of text in one font. */
    record Run(String text, Family family, boolean bold) {

        BaseFont font() {
            return family.font(bold);
        }

        /** Bold without a bold font: drawn by stroking the regular outlines. */
        boolean stroked() {
            return bold && family == Family.CHINESE;
        }
    }

    static List<Run> runs(String text, boolean bold) {
        String normal = nfc(text);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Family family = null;
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            Family chosen = family != null && staysInRun(c, family) && family.font(bold).charExists(c) ? family
                    : familyFor(c);
            if (chosen != family && current.length() > 0) {
                runs.add(new Run(current.toString(), family, bold));
                current.setLength(0);
            }
            family = chosen;
            current.appendCodePoint(c);
            i += Character.charCount(c);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), family, bold));
        }
        return runs;
    }

    /**
     * Whether {@code c} belongs with the text before it: a combining mark or joiner always (it changes the character
     * before it); any character every script uses (space, digit, punctuation, zero-width space) inside Khmer, which
     * must not be cut into runs shaped apart. Elsewhere such characters come from the Latin font when it has them, so
     * that dashes and digits look alike across a line.
     */
    private static boolean staysInRun(int c, Family family) {
        int script = UScript.getScript(c);
        return script == UScript.INHERITED || script == UScript.COMMON && family == Family.KHMER;
    }

    private static Family familyFor(int c) {
        if (Latin.REGULAR.charExists(c)) {
            return Family.LATIN;
        }
        if (UScript.getScript(c) == UScript.KHMER) {
            return Family.KHMER;
        }
        if (Chinese.REGULAR.charExists(c)) {
            return Family.CHINESE;
        }
        // No font has it: Noto Sans draws its "missing" box, which at least shows that something is there.
        return Family.LATIN;
    }

    private static BaseFont load(String path) {
        Layout.enable();
        try {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, read(path), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + path + " cannot be read", e);
        }
    }

    /** The font's bytes from the application's class loader (in the deployed WAR: WEB-INF/classes). */
    private static byte[] read(String path) throws IOException {
        ClassLoader[] loaders = {Thread.currentThread().getContextClassLoader(), PdfFonts.class.getClassLoader()};
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in != null) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("Font " + path + " is not on the classpath");
    }

    /**
     * OpenPDF's layout step: static state that may be switched on only once (a second call throws), and before the
     * fonts are loaded, since loading a font registers it with the layout step.
     */
    static final class Layout {

        private Layout() {
        }

        static synchronized void enable() {
            if (!LayoutProcessor.isEnabled()) {
                try {
                    LayoutProcessor.enableKernLiga();
                } catch (UnsupportedOperationException alreadyOn) {
                    // Switched on meanwhile by other code of this class loader: what is needed is that it is on.
                }
            }
            // Each shaped run carries its text (ActualText), so that copying and searching find the words.
            LayoutProcessor.setWriteActualText();
        }
    }

    /**
     * Line breaks in Khmer, which is written without spaces between words: OpenPDF would break a line at any character
     * (even between a consonant and its subscript), so a Khmer run may break only where ICU's dictionary finds a word
     * boundary, or where OpenPDF would break anyway (spaces, hyphens).
     */
    static final class KhmerLineBreaks implements SplitCharacter {

        private char[] text;
        private int start;
        private int end;
        private BitSet boundaries;

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
                return true;
            }
            if (cc != text || start != this.start || end != this.end) {
                boundaries = boundaries(new String(cc, start, end - start));
                text = cc;
                this.start = start;
                this.end = end;
            }
            return boundaries.get(current + 1 - start);
        }

        static BitSet boundaries(String text) {
            BitSet boundaries = new BitSet(text.length() + 1);
            BreakIterator lines = BreakIterator.getLineInstance(KHMER);
            lines.setText(text);
            for (int b = lines.first(); b != BreakIterator.DONE; b = lines.next()) {
                boundaries.set(b);
            }
            return boundaries;
        }
    }
}
