package vn.mtbbe.platform.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A spreadsheet as rows of text, whatever it came as: CSV (UTF-8, with or without a byte-order mark, commas or
 * semicolons as Excel writes them in different countries) read by Commons CSV, or XLSX (the first sheet) read by
 * POI's streaming event reader, so a file of a hundred thousand rows is never held as a workbook. Row numbers are
 * the spreadsheet's own (the header is row 1).
 */
public final class TableFile {

    /** A row: its number in the file and its cells, trimmed (an empty cell is ""). */
    public record Row(int number, List<String> cells) {
        public String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index);
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /** The file could not be read as a spreadsheet at all (a message key for the reader). */
    public static final class Unreadable extends Exception {
        public Unreadable(String messageKey, Throwable cause) {
            super(messageKey, cause);
        }
    }

    private TableFile() {
    }

    /** Reads {@code file} and hands every row (header first, blank rows too) to {@code rows}. */
    public static void read(Path file, Consumer<Row> rows) throws Unreadable {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                readXlsx(file, rows);
            } else {
                readCsv(in, rows);
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("import.error.unreadable", e);
        }
    }

    private static void readCsv(InputStream in, Consumer<Row> rows) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
            in.reset();
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
        java.io.BufferedReader buffered = new java.io.BufferedReader(reader);
        buffered.mark(64 * 1024);
        String first = buffered.readLine();
        buffered.reset();
        char delimiter = first != null && count(first, ';') > count(first, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(buffered, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            int number = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number = (int) record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(c -> cells.add(c == null ? "" : c.strip()));
                rows.accept(new Row(number, cells));
            }
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static void readXlsx(Path file, Consumer<Row> rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Cells(rows),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** Numbers as Excel shows them, except dates, which come as ISO dates whatever their display format. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(java.util.Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)
                    && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value)) {
                return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Collects a sheet's cells into rows, filling the gaps POI leaves for empty cells. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<Row> rows;
        private List<String> cells;
        private int number;

        Cells(Consumer<Row> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.accept(new Row(number, List.copyOf(cells)));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
        }
    }
}
