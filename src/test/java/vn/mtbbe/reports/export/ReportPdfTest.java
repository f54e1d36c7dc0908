package vn.mtbbe.reports.export;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.pdf.LayoutProcessor;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import vn.mtbbe.reports.domain.ReportTable;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF export read back with PDFBox: its text in the three scripts, its fonts (embedded Noto subsets), Khmer shaped
 * (glyphs that only shaping gives, in shaped order), ink where the Khmer and Chinese text is, pages and orientation.
 */
class ReportPdfTest {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final float DPI = 144;

    /** One glyph as PDFBox reads it from a page's content. */
    record Glyph(String font, int code, int gid, String text, Rectangle2D box) {
    }

    static ReportDocument languagesReport() {
        return new ReportDocument("Báo cáo ngôn ngữ giảng dạy", List.of("Tỉnh: Lào Cai", "In ngày 07/12/2026"),
                List.of(new ReportDocument.Section("1. Ngôn ngữ", "Các lớp theo ngôn ngữ giảng dạy.",
                        ReportSamples.languages())),
                "Số liệu của nhóm dưới 10 học sinh được ẩn.");
    }

    static byte[] pdf(ReportDocument report, ULocale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(report, locale, out);
        return out.toByteArray();
    }

    static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return NFC.normalize(stripper.getText(pdf));
    }

    static List<Glyph> glyphs(PDDocument pdf, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
                try {
                    PDFont font = position.getFont();
                    int code = position.getCharacterCodes()[0];
                    int gid = font instanceof PDType0Font type0 ? type0.codeToGID(code) : code;
                    float size = position.getFontSizeInPt();
                    // The box of the line the glyph stands on: from an em above its baseline to half an em below.
                    Rectangle2D box = new Rectangle2D.Float(position.getXDirAdj(), position.getYDirAdj() - size,
                            Math.max(position.getWidthDirAdj(), 0.1f), 1.5f * size);
                    glyphs.add(new Glyph(font.getName(), code, gid, position.getUnicode(), box));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                super.processTextPosition(position);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }

    /** The fonts of every page, including those of the page-number templates. */
    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            collectFonts(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    /** The font file the PDF was made with, as a TrueType font (for its character map). */
    static TrueTypeFont resourceFont(String path) throws IOException {
        try (InputStream in = ReportPdfTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, path);
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    @Test
    void vietnameseChineseAndKhmerTextComesBack() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(languagesReport(), new ULocale("vi")))) {
            String text = text(pdf, 1);
            assertTrue(text.contains("Báo cáo ngôn ngữ giảng dạy"), text);
            assertTrue(text.contains(ReportSamples.ATTENDANCE), text);
            assertTrue(text.contains(ReportSamples.CHINESE + "（华语）"), text);
            assertTrue(text.contains(ReportSamples.KHMER), text);
            assertTrue(text.contains("ẩn (dưới ngưỡng)"), "the hidden figure, translated: " + text);
            assertTrue(text.contains("93,1%"), text);
            assertTrue(text.contains("Trang 1 / 1"), text);
        }
    }

    @Test
    void thePdfNamesItsTitleAndLanguage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(languagesReport(), new ULocale("zh")))) {
            assertEquals("Báo cáo ngôn ngữ giảng dạy", pdf.getDocumentInformation().getTitle());
            assertEquals("zh", pdf.getDocumentCatalog().getLanguage());
            assertTrue(text(pdf, 1).contains("第 1 页，共 1 页"), text(pdf, 1));
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsOfNoto() throws IOException {
        byte[] bytes = pdf(languagesReport(), new ULocale("vi"));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Set<String> names = new TreeSet<>();
            for (PDFont font : fonts(pdf)) {
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "a subset: " + font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font instanceof PDType0Font type0 && type0.getDescendantFont().getFontDescriptor()
                        .getFontFile2() != null, "TrueType outlines: " + font.getName());
                names.add(font.getName().substring(7));
            }
            assertEquals(Set.of("NotoSans-Regular", "NotoSans-Bold", "NotoSansSC-Regular", "NotoSansKhmer-Regular"),
                    names);
        }
        assertTrue(bytes.length < 150_000, "subsets, not the 10 MB Chinese font: " + bytes.length + " bytes");
    }

    @Test
    void boldKhmerAndChineseHeadings() throws IOException {
        ReportDocument report = new ReportDocument("Ngôn ngữ: " + ReportSamples.KHMER + ", " + ReportSamples.CHINESE,
                List.of(), List.of(), null);
        try (PDDocument pdf = Loader.loadPDF(pdf(report, new ULocale("vi")))) {
            Set<String> names = fonts(pdf).stream().map(f -> f.getName().substring(7)).collect(Collectors.toSet());
            assertTrue(names.containsAll(Set.of("NotoSans-Bold", "NotoSansKhmer-Bold", "NotoSansSC-Regular")), "" + names);
            assertTrue(text(pdf, 1).contains("Ngôn ngữ: " + ReportSamples.KHMER + ", " + ReportSamples.CHINESE), text(pdf, 1));
        }
    }

    @Test
    void khmerIsShaped() throws IOException {
        TrueTypeFont khmerFont = resourceFont(PdfFonts.KHMER_REGULAR);
        CmapLookup cmap = khmerFont.getUnicodeCmapLookup();
        Set<Integer> unshaped = ReportSamples.KHMER.codePoints().mapToObj(cmap::getGlyphId).collect(Collectors.toSet());
        assertFalse(unshaped.contains(0), "the font has every character of the word");

        try (PDDocument pdf = Loader.loadPDF(pdf(languagesReport(), new ULocale("vi")))) {
            List<Glyph> khmer = glyphs(pdf, 1).stream().filter(g -> g.font().endsWith("+NotoSansKhmer-Regular")).toList();
            List<Integer> gids = khmer.stream().map(Glyph::gid).toList();
            assertFalse(gids.isEmpty());
            assertFalse(gids.contains(0), "no missing glyph: " + gids);
            assertTrue(gids.stream().anyMatch(gid -> !unshaped.contains(gid)),
                    "glyphs the character map does not give (subscript ម, ligatures) " + gids + " vs " + unshaped);
            assertTrue(gids.size() < ReportSamples.KHMER.length(), "fewer glyphs than characters: " + gids);
            // ែ is written after ខ but drawn before it.
            int vowel = gids.indexOf(cmap.getGlyphId(0x17C2));
            int consonant = gids.indexOf(cmap.getGlyphId(0x1781));
            assertTrue(vowel >= 0 && consonant >= 0 && vowel < consonant, "ែ before ខ in " + gids);

            PDType0Font font = (PDType0Font) fonts(pdf).stream()
                    .filter(f -> f.getName().endsWith("+NotoSansKhmer-Regular")).findFirst().orElseThrow();
            for (Glyph glyph : khmer) {
                assertFalse(((PDVectorFont) font).getPath(glyph.code()).getBounds2D().isEmpty(),
                        "the embedded subset has an outline for glyph " + glyph.gid());
            }
        }
    }

    @Test
    void khmerAndChineseTextIsDrawn() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(languagesReport(), new ULocale("vi")))) {
            List<Glyph> glyphs = glyphs(pdf, 1);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, DPI);
            Rectangle2D khmer = box(glyphs, g -> g.font().contains("NotoSansKhmer"));
            Rectangle2D chinese = box(glyphs, g -> g.font().contains("NotoSansSC"));
            double khmerInk = ink(page, khmer);
            double chineseInk = ink(page, chinese);
            assertTrue(khmerInk > 0.08, "ink over the Khmer word: " + khmerInk + " in " + khmer);
            assertTrue(chineseInk > 0.08, "ink over the Chinese words: " + chineseInk + " in " + chinese);
            Rectangle2D margin = new Rectangle2D.Float(5, 5, 30, 30);
            assertEquals(0, ink(page, margin), "no ink in the margin");
        }
    }

    private static Rectangle2D box(List<Glyph> glyphs, Predicate<Glyph> which) {
        Rectangle2D box = null;
        for (Glyph glyph : glyphs) {
            if (which.test(glyph)) {
                if (box == null) {
                    box = (Rectangle2D) glyph.box().clone();
                } else {
                    box.add(glyph.box());
                }
            }
        }
        assertTrue(box != null, "no such glyph");
        return box;
    }

    /** The share of dark pixels in a box given in points from the top left of the page. */
    private static double ink(BufferedImage page, Rectangle2D box) {
        double scale = DPI / 72;
        int x0 = (int) (box.getMinX() * scale);
        int y0 = (int) (box.getMinY() * scale);
        int x1 = (int) Math.ceil(box.getMaxX() * scale);
        int y1 = (int) Math.ceil(box.getMaxY() * scale);
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = page.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((x1 - x0) * (y1 - y0));
    }

    @Test
    void khmerLinesBreakBetweenWords() throws IOException {
        String sentence = "ភាសាខ្មែរគឺជាភាសាផ្លូវការរបស់ប្រទេសកម្ពុជាហើយត្រូវបានប្រើប្រាស់ដោយប្រជាជនជាងដប់ប្រាំលាននាក់។";
        String paragraph = sentence.repeat(3);
        ReportDocument report = new ReportDocument("Khmer", List.of(),
                List.of(new ReportDocument.Section(null, paragraph, null)), null);
        try (PDDocument pdf = Loader.loadPDF(pdf(report, ULocale.ENGLISH))) {
            List<String> lines = text(pdf, 1).lines().map(String::strip)
                    .filter(ReportPdfTest::khmerText).toList();
            assertTrue(lines.size() >= 3, "the paragraph wraps: " + lines);
            assertEquals(paragraph, String.join("", lines), "nothing lost or reordered");
            BreakIterator words = BreakIterator.getLineInstance(new ULocale("km"));
            words.setText(paragraph);
            int start = 0;
            for (String line : lines) {
                assertTrue(words.isBoundary(start), "a line starts at a word: " + line);
                start += line.length();
            }
        }
    }

    private static boolean khmerText(String line) {
        return !line.isEmpty() && PdfFonts.hasKhmer(line.substring(0, 1));
    }

    @Test
    void aLongTableRepeatsItsHeadingOnEveryPage() throws IOException {
        ReportDocument report = new ReportDocument("Schools", List.of(),
                List.of(new ReportDocument.Section("Attendance", ReportSamples.schools(150))), null);
        try (PDDocument pdf = Loader.loadPDF(pdf(report, ULocale.ENGLISH))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                String text = text(pdf, page).replaceAll("\\s+", " ");
                assertTrue(text.contains("Số học sinh") && text.contains(ReportSamples.ATTENDANCE), "heading on page "
                        + page + ": " + text);
                assertTrue(text.contains("Page " + page + " of " + pages), text);
                assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(page - 1).getMediaBox().getWidth(), 0.5);
            }
            String last = text(pdf, pages);
            assertTrue(last.contains("Trường số 150"), last);
        }
    }

    @Test
    void aWideTableTurnsThePage() throws IOException {
        for (int columns : new int[]{7, 9}) {
            ReportDocument report = new ReportDocument("Grades", List.of(),
                    List.of(new ReportDocument.Section("Attendance", ReportSamples.wide(columns))), null);
            try (PDDocument pdf = Loader.loadPDF(pdf(report, ULocale.ENGLISH))) {
                PDRectangle page = pdf.getPage(0).getMediaBox();
                assertEquals(columns > ReportPdf.PORTRAIT_COLUMNS, page.getWidth() > page.getHeight(),
                        columns + " columns on " + page);
                assertTrue(text(pdf, 1).contains((columns - 1) * 5 + ".0%"), "the last column fits: " + text(pdf, 1));
            }
        }
    }

    @Test
    void figuresAreRightAlignedAndRowsIndented() throws IOException {
        ReportDocument report = new ReportDocument("Chuyên cần", List.of(),
                List.of(new ReportDocument.Section(null, ReportSamples.attendance())), null);
        try (PDDocument pdf = Loader.loadPDF(pdf(report, new ULocale("vi")))) {
            List<Glyph> glyphs = glyphs(pdf, 1);
            double province = startOf(glyphs, "Lào");
            double school = startOf(glyphs, "Trường");
            assertEquals(10, school - province, 0.5, "a school one level below its province");
            // Figures of different lengths end at the same place, the column's right edge.
            assertEquals(endOf(glyphs, "12.345"), endOf(glyphs, "2.048"), 0.5);
            assertNotEquals(startOf(glyphs, "12.345"), startOf(glyphs, "2.048"));
        }
    }

    /** Where the first glyph of the first line starting with {@code text} begins. */
    private static double startOf(List<Glyph> glyphs, String text) {
        return run(glyphs, text).get(0).box().getMinX();
    }

    private static double endOf(List<Glyph> glyphs, String text) {
        List<Glyph> run = run(glyphs, text);
        return run.get(run.size() - 1).box().getMaxX();
    }

    /** The first run of consecutive glyphs spelling {@code text} in a table cell (below the title). */
    private static List<Glyph> run(List<Glyph> glyphs, String text) {
        for (int i = 0; i + text.length() <= glyphs.size(); i++) {
            StringBuilder spelled = new StringBuilder();
            for (int j = i; j < i + text.length(); j++) {
                spelled.append(glyphs.get(j).text());
            }
            Glyph before = i == 0 ? null : glyphs.get(i - 1);
            Glyph first = glyphs.get(i);
            boolean startsAWord = before == null || before.box().getMinY() != first.box().getMinY()
                    || first.box().getMinX() - before.box().getMaxX() > 2 || " ".equals(before.text());
            if (spelled.toString().equals(text) && startsAWord && glyphs.get(i).box().getMinY() > 100) {
                return glyphs.subList(i, i + text.length());
            }
        }
        throw new AssertionError("no " + text);
    }

    @Test
    void documentsAreWrittenAtTheSameTimeWithTheSharedFonts() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ULocale locale = i % 2 == 0 ? new ULocale("vi") : new ULocale("zh");
                texts.add(pool.submit(() -> {
                    try (PDDocument pdf = Loader.loadPDF(pdf(languagesReport(), locale))) {
                        return text(pdf, 1);
                    }
                }));
            }
            for (java.util.concurrent.Future<String> text : texts) {
                assertTrue(text.get().contains(ReportSamples.KHMER) && text.get().contains(ReportSamples.CHINESE),
                        text.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLayoutStepMaySwitchOnTwice() {
        assertDoesNotThrow(() -> {
            PdfFonts.Layout.enable();
            PdfFonts.Layout.enable();
        });
        assertTrue(LayoutProcessor.isEnabled());
    }

    @Test
    void aTableWithoutRowsOrColumnsStillMakesADocument() throws IOException {
        ReportTable empty = new ReportTable("Không có dữ liệu", List.of(), List.of());
        ReportTable noRows = new ReportTable("Không có hàng", ReportSamples.languages().columns(), List.of());
        ReportDocument report = new ReportDocument("Trống", null,
                List.of(new ReportDocument.Section("A", empty), new ReportDocument.Section("B", noRows)), null);
        try (PDDocument pdf = Loader.loadPDF(pdf(report, new ULocale("ms")))) {
            assertTrue(text(pdf, 1).contains("Halaman 1 daripada 1"), text(pdf, 1));
            assertTrue(text(pdf, 1).contains("Số lớp"), text(pdf, 1));
        }
    }
}
