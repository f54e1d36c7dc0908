package vn.mtbbe.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attendance imports through the API: the template in the caller's language, a file written as class-days save,
 * the same file twice changing nothing, and a file of ten thousand rows with one bad row refused whole, the row named.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceImportIT {

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void theTemplateNamesTheColumnsInTheReadersLanguage() {
        Api.Download csv = api.as("officer.laocai").language("en").download("api/attendance/imports/template?format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertEquals("\uFEFFClass id,Date,Pupil code,Attendance,Reason,School code,Class name", text.strip());
        Api.Download vi = api.as("officer.laocai").language("vi").download("api/attendance/imports/template?format=csv");
        assertTrue(new String(vi.bytes(), StandardCharsets.UTF_8).contains("Mã học sinh"));
        Api.Download xlsx = api.as("officer.laocai").language("en").download("api/attendance/imports/template?format=xlsx");
        assertEquals(200, xlsx.status());
        assertArrayEquals(new byte[]{'P', 'K'}, java.util.Arrays.copyOf(xlsx.bytes(), 2));
        assertEquals(403, api.as("ministry").download("api/attendance/imports/template?format=csv").status());
    }

    @Test
    void aFileIsWrittenAsClassDaysAndTheSameFileTwiceChangesNothing() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.LAO_CAI, 3);
        List<LocalDate> days = c.schoolDays().subList(c.schoolDays().size() - 2, c.schoolDays().size());
        String vi = days.get(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String file = String.join("\n",
                "Mã lớp;Ngày;Mã học sinh;Điểm danh;Lý do",
                c.classId() + ";" + days.get(0) + ";" + c.pupil(0) + ";P;",
                c.classId() + ";" + days.get(0) + ";" + c.pupil(1) + ";ABSENT_EXCUSED;ILLNESS",
                c.classId() + ";" + days.get(0) + ";" + c.pupil(2) + ";Đi muộn;",
                c.classId() + ";" + vi + ";" + c.pupil(0) + ";u;",
                c.classId() + ";" + vi + ";" + c.pupil(1) + ";present;",
                c.classId() + ";" + vi + ";" + c.pupil(2) + ";Vắng có phép;Mùa vụ") + "\n";
        Api.Reply first = api.as(c.officer()).language("vi").send("api/attendance/imports", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, first.status(), first::toString);
        assertEquals(6, first.json().getInt("rows"));
        assertEquals(2, first.json().getInt("classDays"));
        assertEquals(6, first.json().getInt("changed"));
        assertFalse(first.json().getBoolean("alreadyImported"));
        assertEquals(Map.of(c.pupil(0), "PRESENT", c.pupil(1), "ABSENT_EXCUSED:ILLNESS", c.pupil(2), "LATE"),
                AttendanceApiIT.marks(api.as(c.officer()).get(c.path(days.get(0))).json()));
        assertEquals(Map.of(c.pupil(0), "ABSENT_UNEXCUSED", c.pupil(1), "PRESENT", c.pupil(2), "ABSENT_EXCUSED:SEASONAL_WORK"),
                AttendanceApiIT.marks(api.as(c.officer()).get(c.path(days.get(1))).json()));

        // Someone corrects a mark by hand; the same file again changes nothing (it was imported already).
        api.as(c.officer()).put(c.path(days.get(0)), c.body(Map.of()));
        Api.Reply again = api.as(c.officer()).send("api/attendance/imports", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, again.status(), again::toString);
        assertTrue(again.json().getBoolean("alreadyImported"));
        assertEquals(c.officer(), again.json().getString("importedBy"));
        assertEquals("PRESENT", AttendanceApiIT.marks(api.as(c.officer()).get(c.path(days.get(0))).json()).get(c.pupil(2)));
        assertEquals(List.of(), AttendanceApiIT.recount());
    }

    @Test
    void anExcelWorkbookWithRealDateCellsIsReadLikeACsvFile() throws Exception {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.GIA_LAI, 2);
        LocalDate day = c.schoolDays().get(c.schoolDays().size() - 1);
        byte[] workbook;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Điểm danh");
            org.apache.poi.ss.usermodel.CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] header = {"ID kelas", "Tarikh", "Kod murid", "Kehadiran", "Sebab"};
            org.apache.poi.ss.usermodel.Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int p = 0; p < 2; p++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(p + 1);
                row.createCell(0).setCellValue(Double.parseDouble(c.classId()));
                row.createCell(1).setCellValue(day);
                row.getCell(1).setCellStyle(dates);
                row.createCell(2).setCellValue(c.pupil(p));
                row.createCell(3).setCellValue(p == 0 ? "Hadir" : "E");
                row.createCell(4).setCellValue(p == 0 ? "" : "Cuaca atau banjir");
            }
            book.write(bytes);
            workbook = bytes.toByteArray();
        }
        Api.Reply imported = api.as(c.officer()).send("api/attendance/imports",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(Map.of(c.pupil(0), "PRESENT", c.pupil(1), "ABSENT_EXCUSED:WEATHER"),
                AttendanceApiIT.marks(api.as(c.officer()).get(c.path(day)).json()));
    }

    @Test
    void oneBadRowInTenThousandRefusesTheFileWholeAndNamesTheRow() {
        // Ten thousand rows of the demo's Lao Cai classes, every class-day complete, and one unknown mark.
        String year = Api.currentSchoolYear();
        List<Object> classes = Database.column("SELECT c.id FROM school_class c JOIN school s ON s.id = c.school_id "
                + "WHERE s.province_code = '10' AND c.school_year = ? AND s.demo = TRUE ORDER BY c.id", year);
        List<String> schoolDays = api.as("officer.laocai").get("api/calendars/10/" + year).json().getJsonArray("schoolDays")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .filter(d -> !LocalDate.parse(d).isAfter(Api.today())).toList();
        StringBuilder file = new StringBuilder("classId,date,pupil,status,reason\n");
        int rows = 0;
        int bad = -1;
        for (Object classId : classes) {
            for (String day : schoolDays) {
                List<Object> pupils = Database.column("SELECT p.code FROM enrolment e JOIN pupil p ON p.id = e.pupil_id "
                        + "WHERE e.class_id = ? AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)",
                        classId, LocalDate.parse(day), LocalDate.parse(day));
                for (Object pupil : pupils) {
                    rows++;
                    String status = rows == 7_777 ? "SLEEPING" : "PRESENT";
                    if (rows == 7_777) {
                        bad = rows + 1;
                    }
                    file.append(classId).append(',').append(day).append(',').append(pupil).append(',').append(status).append(",\n");
                }
                if (rows >= 10_000) {
                    break;
                }
            }
            if (rows >= 10_000) {
                break;
            }
        }
        assertTrue(rows >= 10_000, "rows: " + rows);
        long before = Database.number("SELECT COALESCE(SUM(present), 0) FROM attendance_month");
        long audits = Database.number("SELECT COUNT(*) FROM audit_log");
        long t0 = System.nanoTime();
        Api.Reply refused = api.as("officer.laocai").language("en").send("api/attendance/imports", "text/csv",
                file.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf("AttendanceImportIT: %d rows checked and refused in %d ms%n", rows, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(422, refused.status(), () -> refused.body().substring(0, Math.min(500, refused.body().length())));
        List<JsonObject> errors = refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("rows[" + bad + "].status", errors.get(0).getString("field"));
        assertTrue(errors.get(0).getString("message").contains("SLEEPING"), errors::toString);
        assertEquals(before, Database.number("SELECT COALESCE(SUM(present), 0) FROM attendance_month"), "nothing written");
        assertEquals(audits, Database.number("SELECT COUNT(*) FROM audit_log"));
        assertEquals(0, Database.number("SELECT COUNT(*) FROM import_file WHERE username = 'officer.laocai' AND row_count = ?", rows));
    }

    @Test
    void aBadHeaderAnotherProvincesClassAndAnOversizedFileAreRefusedInTheReadersLanguage() {
        AttendanceFixture c = AttendanceFixture.create(api, Fixtures.GIA_LAI, 1);
        LocalDate day = c.schoolDays().get(c.schoolDays().size() - 1);
        Api.Reply header = api.as("officer.gialai").language("en").send("api/attendance/imports", "text/csv",
                "classId,when,pupil,status\n1,2025-10-01,X,P\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, header.status(), header::toString);
        String messages = header.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("message"))
                .collect(Collectors.joining(" | "));
        assertTrue(messages.contains("There is no column \"when\"") && messages.contains("is missing"), messages);

        String other = "classId,date,pupil,status\n" + c.classId() + "," + day + "," + c.pupil(0) + ",P\n";
        Api.Reply foreign = api.as("officer.laocai").language("en").send("api/attendance/imports", "text/csv",
                other.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, foreign.status(), foreign::toString);
        assertEquals("rows[2].classId", foreign.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, api.as(c.officer()).get(c.path(day)).status(), "nothing written");

        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        Api.Reply tooLarge = api.as("officer.gialai").language("en").send("api/attendance/imports", "text/csv", huge);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.json().getString("detail").contains("20 MB"), tooLarge::toString);
        assertEquals(403, api.as("ministry").send("api/attendance/imports", "text/csv", other.getBytes(StandardCharsets.UTF_8)).status());
    }
}
