package vn.mtbbe.reports.export;

import com.ibm.icu.util.ULocale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV export read back as a spreadsheet or a script would read it. */
class ReportCsvTest {

    private static byte[] csv(ULocale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.write(List.of(ReportSamples.attendance(), ReportSamples.languages()), locale, out);
        return out.toByteArray();
    }

    private static List<List<String>> records(byte[] bytes) throws IOException {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        return format.parse(new StringReader(text)).getRecords().stream().map(CSVRecord::toList).toList();
    }

    @Test
    void startsWithAByteOrderMark() throws IOException {
        byte[] bytes = csv(new ULocale("vi"));
        assertArrayEquals(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, Arrays.copyOf(bytes, 3));
        assertEquals('C', bytes[3], "the title follows the mark");
    }

    @Test
    void eachTableIsItsTitleHeadingsAndRowsThenAnEmptyLine() throws IOException {
        List<List<String>> records = records(csv(new ULocale("vi")));
        assertEquals(List.of("Chuyên cần theo tỉnh và trường"), records.get(0));
        assertEquals(List.of("Tỉnh / trường", "Số học sinh", "Tỷ lệ chuyên cần (%)", "Tốc độ đọc (từ/phút)",
                "Chỉ số bình đẳng giới"), records.get(1));
        assertEquals(List.of(""), records.get(6), "an empty line after the first table's four rows");
        assertEquals(List.of("Ngôn ngữ giảng dạy"), records.get(7));
        assertEquals(List.of("Ngôn ngữ", "Số lớp", "Tỷ lệ chuyên cần (%)"), records.get(8));
        assertEquals(List.of("ភាសាខ្មែរ", "9", "ẩn (dưới ngưỡng)"), records.get(11));
        assertEquals(12, records.size());
    }

    @Test
    void figuresAreMachineReadableAtTheReportsPrecision() throws IOException {
        List<List<String>> records = records(csv(new ULocale("vi")));
        assertEquals(List.of("Lào Cai", "12345", "12.5", "44.8", "1.05"), records.get(2));
        assertEquals(List.of("Hà Giang", "2048", "0.0", "12.0", "0.90"), records.get(5));
        assertEquals(List.of("  '=SUM(A1)", "0", "12.5", "", "-0.26"), records.get(4),
                "indented one level; a would-be formula kept as text; no data empty; half to even as on the page");
    }

    @Test
    void hiddenFiguresSaySoInTheReadersLanguage() throws IOException {
        assertEquals(List.of("  Trường Tiểu học Bản Vược", "8", "ẩn (dưới ngưỡng)", "ẩn (dưới ngưỡng)", ""),
                records(csv(new ULocale("vi"))).get(3));
        assertEquals(List.of("  Trường Tiểu học Bản Vược", "8", "suppressed", "suppressed", ""),
                records(csv(ULocale.ENGLISH)).get(3));
        assertEquals("Tỷ lệ chuyên cần（%）", records(csv(new ULocale("zh"))).get(1).get(2));
    }

    @Test
    void theStreamIsLeftOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        ReportCsv.write(List.of(ReportSamples.languages()), ULocale.ENGLISH, out);
        assertEquals(5, records(out.toByteArray()).size());
    }
}
