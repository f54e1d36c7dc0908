package vn.mtbbe.reports.export;

import com.ibm.icu.util.ULocale;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.reports.domain.ReportTable;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as a PDF on A4 paper (landscape when a table has more than {@value #PORTRAIT_COLUMNS} columns): the title
 * and subtitle lines, then each section's heading, text and table, then the footnote; "page X of Y" at the foot of
 * every page in the reader's language. Tables repeat their heading row on every page they cover, align figures right
 * and indent rows by their level.
 *
 * <p>Text in Vietnamese, English, Malay, Chinese and Khmer is drawn with embedded subsets of the Noto fonts, Khmer
 * shaped ({@link PdfFonts}); the PDF carries the title and the language of the document for readers and screen readers.
 */
public final class ReportPdf {

    /** The most columns a table may have on a portrait page. */
    static final int PORTRAIT_COLUMNS = 7;

    static final Color TEXT = Color.BLACK;
    static final Color GREY = new Color(0x55, 0x5B, 0x61);

    private static final float MARGIN = 40f;
    private static final float MARGIN_TOP = 42f;
    private static final float MARGIN_BOTTOM = 54f;
    private static final float TITLE_SIZE = 15f;
    private static final float HEADING_SIZE = 11.5f;
    private static final float TEXT_SIZE = 9.5f;
    private static final float NOTE_SIZE = 8f;
    /** A heading is not left at the foot of a page with less room than this below it. */
    private static final float ROOM_AFTER_HEADING = 90f;

    private ReportPdf() {
    }

    /** Writes {@code report} to {@code out} in the reader's language; leaves the stream open. */
    public static void write(ReportDocument report, ULocale locale, OutputStream out) throws IOException {
        ULocale language = Messages.supported(locale);
        TableFormat format = new TableFormat(language);
        // Landscape as a wide media box rather than a rotated page: text reads left to right for every tool.
        Rectangle page = landscape(report) ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth())
                : new Rectangle(PageSize.A4);
        Document document = new Document(page, MARGIN, MARGIN, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
        writer.setPageEvent(new PageNumbers(language));
        document.addTitle(PdfFonts.nfc(report.title()));
        if (!report.subtitles().isEmpty()) {
            document.addSubject(PdfFonts.nfc(String.join(" · ", report.subtitles())));
        }
        document.addCreator(Messages.format(language, "app.title"));
        document.open();

        document.add(paragraph(report.title(), TITLE_SIZE, true, TEXT, 0, 4));
        for (String line : report.subtitles()) {
            document.add(paragraph(line, TEXT_SIZE, false, GREY, 0, 1));
        }
        for (ReportDocument.Section section : report.sections()) {
            if (present(section.heading())) {
                if (writer.getVerticalPosition(true) - document.bottom() < ROOM_AFTER_HEADING) {
                    document.newPage();
                }
                document.add(paragraph(section.heading(), HEADING_SIZE, true, TEXT, 14, 4));
            }
            if (present(section.text())) {
                document.add(paragraph(section.text(), TEXT_SIZE, false, TEXT, 2, 4));
            }
            ReportTable table = section.table();
            if (table != null) {
                if (present(table.title()) && !table.title().equals(section.heading())) {
                    document.add(paragraph(table.title(), TEXT_SIZE, true, TEXT, 6, 2));
                }
                if (!table.columns().isEmpty()) {
                    document.add(PdfTables.table(table, format, document.right() - document.left()));
                }
            }
        }
        if (present(report.footnote())) {
            document.add(paragraph(report.footnote(), NOTE_SIZE, false, GREY, 12, 0));
        }
        document.close();
    }

    /** Landscape when a table is too wide for a portrait page. */
    static boolean landscape(ReportDocument report) {
        return report.sections().stream()
                .anyMatch(s -> s.table() != null && s.table().columns().size() > PORTRAIT_COLUMNS);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static Paragraph paragraph(String text, float size, boolean bold, Color color, float before, float after) {
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(PdfFonts.font(size, bold, color));
        paragraph.setLeading(0, PdfFonts.leading(text));
        paragraph.add(PdfFonts.phrase(text, size, bold, color));
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /**
     * "Page X of Y" at the foot of each page. The number of pages is known only at the end, and the translations put it
     * anywhere in the sentence, so each page gets an empty template that is written when the document closes.
     */
    static final class PageNumbers extends PdfPageEventHelper {

        private static final float HEIGHT = 14f;
        private final ULocale language;
        private final List<PdfTemplate> footers = new ArrayList<>();

        PageNumbers(ULocale language) {
            this.language = language;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte content = writer.getDirectContent();
            PdfTemplate footer = content.createTemplate(document.right() - document.left(), HEIGHT);
            content.addTemplate(footer, document.left(), document.bottom() - 2 * HEIGHT);
            footers.add(footer);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            int pages = footers.size();
            for (int i = 0; i < pages; i++) {
                PdfTemplate footer = footers.get(i);
                String text = Messages.format(language, "reports.export.page", Map.of("page", i + 1, "pages", pages));
                ColumnText.showTextAligned(footer, Element.ALIGN_CENTER, PdfFonts.phrase(text, NOTE_SIZE, false, GREY),
                        footer.getWidth() / 2, 4, 0);
            }
        }
    }
}
