package vn.mtbbe.reports.export;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.domain.ReportTable.Column;
import vn.mtbbe.reports.domain.ReportTable.Kind;
import vn.mtbbe.reports.domain.ReportTable.Row;

import java.awt.Color;

/**
 * A report table as a PDF table: the heading row repeated on every page the table covers, figures aligned right, rows
 * indented by level; column widths from the content, figures never wrapped, text columns taking the room left over.
 */
final class PdfTables {

    static final float SIZE = 8.5f;
    private static final float PADDING = 4f;
    private static final float INDENT = 10f;
    private static final float MIN_COLUMN = 24f;
    /** Room beyond the measured text: kerning and rounding must not push a figure onto a second line. */
    private static final float SLACK = 3f;
    /** A heading wraps into lines rather than widen its column beyond this (unless a word is wider). */
    private static final float HEADING_LINE = 60f;
    private static final float MAX_HEADING = 110f;
    /** A text column's share of the width at most, before wrapping. */
    private static final float MAX_TEXT_SHARE = 0.45f;
    private static final Color RULE = new Color(0xB0, 0xB7, 0xBD);
    private static final Color HEADING_BACKGROUND = new Color(0xE8, 0xEC, 0xEF);

    private PdfTables() {
    }

    static PdfPTable table(ReportTable table, TableFormat format, float width) {
        int columns = table.columns().size();
        String[][] texts = new String[table.rows().size()][columns];
        for (int r = 0; r < texts.length; r++) {
            Row row = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                texts[r][c] = format.format(table.columns().get(c).kind(), row.values().get(c));
            }
        }
        PdfPTable pdf = new PdfPTable(columns);
        pdf.setTotalWidth(widths(table, texts, width));
        pdf.setLockedWidth(true);
        pdf.setHorizontalAlignment(Element.ALIGN_LEFT);
        // OpenPDF draws nothing of a table that has only header rows: without rows, the headings are an ordinary row.
        pdf.setHeaderRows(texts.length == 0 ? 0 : 1);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(8);
        for (Column column : table.columns()) {
            pdf.addCell(heading(column));
        }
        for (int r = 0; r < texts.length; r++) {
            int level = table.rows().get(r).level();
            for (int c = 0; c < columns; c++) {
                Kind kind = table.columns().get(c).kind();
                Object value = table.rows().get(r).values().get(c);
                pdf.addCell(cell(texts[r][c], kind, c == 0 ? level : 0, ReportTable.suppressed(value)));
            }
        }
        return pdf;
    }

    private static PdfPCell heading(Column column) {
        String text = column.heading() == null ? column.key() : column.heading();
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, SIZE, true, ReportPdf.TEXT));
        cell.setLeading(0, PdfFonts.leading(text));
        cell.setBackgroundColor(HEADING_BACKGROUND);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(ReportPdf.GREY);
        cell.setBorderWidth(0.75f);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        cell.setHorizontalAlignment(TableFormat.numeric(column.kind()) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        pad(cell, 0);
        return cell;
    }

    private static PdfPCell cell(String text, Kind kind, int level, boolean suppressed) {
        Color color = suppressed || TableFormat.NO_DATA.equals(text) && TableFormat.numeric(kind) ? ReportPdf.GREY
                : ReportPdf.TEXT;
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, SIZE, false, color));
        cell.setLeading(0, PdfFonts.leading(text));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setHorizontalAlignment(TableFormat.numeric(kind) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        pad(cell, level);
        return cell;
    }

    private static void pad(PdfPCell cell, int level) {
        cell.setPaddingTop(PADDING - 1);
        cell.setPaddingBottom(PADDING);
        cell.setPaddingLeft(PADDING + INDENT * level);
        cell.setPaddingRight(PADDING);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
    }

    /**
     * Column widths in points adding up to {@code width}: each column as wide as its widest figure or text (a text at
     * most {@value #MAX_TEXT_SHARE} of the table) and its heading's longest word; the room left over goes to the text
     * columns, and when there is too little, text columns give up room first (they wrap), then every column.
     */
    static float[] widths(ReportTable table, String[][] texts, float width) {
        int columns = table.columns().size();
        float[] natural = new float[columns];
        float[] least = new float[columns];
        boolean[] text = new boolean[columns];
        int maxLevel = table.rows().stream().mapToInt(Row::level).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            Column column = table.columns().get(c);
            text[c] = !TableFormat.numeric(column.kind());
            String heading = column.heading() == null ? column.key() : column.heading();
            float headingWord = longestWord(heading);
            float headingWidth = Math.max(headingWord, Math.min(PdfFonts.width(heading, SIZE, true),
                    Math.max(headingWord, HEADING_LINE)));
            float widest = 0;
            for (String[] row : texts) {
                widest = Math.max(widest, PdfFonts.width(row[c], SIZE, false));
            }
            if (text[c]) {
                widest = Math.min(widest, MAX_TEXT_SHARE * width);
            }
            float extra = 2 * PADDING + SLACK + (c == 0 ? INDENT * maxLevel : 0);
            natural[c] = Math.max(MIN_COLUMN, Math.max(Math.min(headingWidth, MAX_HEADING), widest)) + extra;
            least[c] = text[c] ? Math.max(MIN_COLUMN, Math.min(headingWord, MAX_HEADING)) + extra : natural[c];
        }
        return fit(natural, least, text, width);
    }

    static float[] fit(float[] natural, float[] least, boolean[] text, float width) {
        float[] widths = natural.clone();
        float total = sum(widths);
        boolean anyText = false;
        for (boolean t : text) {
            anyText |= t;
        }
        if (total < width) {
            float growable = 0;
            for (int c = 0; c < widths.length; c++) {
                growable += !anyText || text[c] ? widths[c] : 0;
            }
            float factor = (width - total) / growable;
            for (int c = 0; c < widths.length; c++) {
                widths[c] += !anyText || text[c] ? widths[c] * factor : 0;
            }
            return widths;
        }
        float shrinkable = 0;
        for (int c = 0; c < widths.length; c++) {
            shrinkable += text[c] ? Math.max(0, widths[c] - least[c]) : 0;
        }
        float cut = Math.min(total - width, shrinkable);
        for (int c = 0; c < widths.length && shrinkable > 0; c++) {
            if (text[c]) {
                widths[c] -= Math.max(0, widths[c] - least[c]) * cut / shrinkable;
            }
        }
        total = sum(widths);
        if (total > width) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] *= width / total;
            }
        }
        return widths;
    }

    private static float longestWord(String text) {
        float longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, PdfFonts.width(word, SIZE, true));
        }
        return longest;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
