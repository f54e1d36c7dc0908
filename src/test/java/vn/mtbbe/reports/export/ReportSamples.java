package vn.mtbbe.reports.export;

import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.domain.ReportTable.Column;
import vn.mtbbe.reports.domain.ReportTable.Kind;
import vn.mtbbe.reports.domain.ReportTable.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Report tables with one column of each kind, a hidden figure, a figure without data and rows on two levels. */
final class ReportSamples {

    static final String ATTENDANCE = "Tỷ lệ chuyên cần";
    static final String CHINESE = "出勤率";
    static final String KHMER = "ភាសាខ្មែរ";
    /** "Khmer": a subscript consonant (ខ + coeng + ម) and a vowel drawn before its consonant (ែ). */
    static final String KHMER_WORD = "ខ្មែរ";

    private ReportSamples() {
    }

    static Column text(String key, String heading) {
        return new Column(key, heading, Kind.TEXT);
    }

    static Row row(int level, Object... values) {
        return new Row(Arrays.asList(values), level);
    }

    /** Attendance by province and school, in Vietnamese. */
    static ReportTable attendance() {
        return new ReportTable("Chuyên cần theo tỉnh và trường", List.of(
                text("place", "Tỉnh / trường"),
                new Column("pupils", "Số học sinh", Kind.COUNT),
                new Column("attendance", ATTENDANCE, Kind.SHARE),
                new Column("readingRate", "Tốc độ đọc (từ/phút)", Kind.DECIMAL),
                new Column("parity", "Chỉ số bình đẳng giới", Kind.INDEX)), List.of(
                row(0, "Lào Cai", 12345L, 0.1253, 44.84, 1.049999),
                row(1, "Trường Tiểu học Bản Vược", 8L, ReportTable.SUPPRESSED, ReportTable.SUPPRESSED, null),
                row(1, "=SUM(A1)", 0L, 0.125, null, -0.255),
                row(0, "Hà Giang", 2048L, 0.0, 12.0, 0.9)));
    }

    /** The languages of instruction: a row each in Vietnamese, Chinese and Khmer. */
    static ReportTable languages() {
        return new ReportTable("Ngôn ngữ giảng dạy", List.of(
                text("language", "Ngôn ngữ"),
                new Column("classes", "Số lớp", Kind.COUNT),
                new Column("attendance", ATTENDANCE, Kind.SHARE)), List.of(
                row(0, "Tiếng Việt", 120L, 0.931),
                row(0, CHINESE + "（华语）", 12L, 0.874),
                row(0, KHMER, 9L, ReportTable.SUPPRESSED)));
    }

    /** {@code rows} schools, enough to fill several pages. */
    static ReportTable schools(int rows) {
        List<Row> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            list.add(row(i % 5 == 1 ? 0 : 1, "Trường số " + i, (long) (i * 37), (i % 9) / 10.0));
        }
        return new ReportTable("Các trường", List.of(text("school", "Trường"),
                new Column("pupils", "Số học sinh", Kind.COUNT),
                new Column("attendance", ATTENDANCE, Kind.SHARE)), list);
    }

    /** A table of {@code columns} columns: too wide for a portrait page beyond seven. */
    static ReportTable wide(int columns) {
        List<Column> list = new ArrayList<>();
        list.add(text("province", "Tỉnh"));
        for (int c = 1; c < columns; c++) {
            list.add(new Column("grade" + c, "Lớp " + c, Kind.SHARE));
        }
        List<Object> values = new ArrayList<>();
        values.add("Điện Biên");
        for (int c = 1; c < columns; c++) {
            values.add(c / 20.0);
        }
        return new ReportTable("Chuyên cần theo lớp", list, List.of(new Row(values)));
    }
}
