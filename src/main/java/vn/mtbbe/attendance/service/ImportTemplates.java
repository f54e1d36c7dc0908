package vn.mtbbe.attendance.service;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import vn.mtbbe.attendance.domain.Reason;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.imports.ImportTemplate;

import java.util.Arrays;
import java.util.List;

/**
 * The attendance import templates in the reader's language: the columns a file needs (class id, date, pupil code,
 * mark, reason; the school code and class name as the alternative to the class id), as CSV or as an XLSX workbook whose
 * second sheet lists the marks and reasons ({@link ImportTemplate}).
 */
@ApplicationScoped
public class ImportTemplates {

    static final List<String> TEMPLATE_COLUMNS = List.of("classId", "date", "pupil", "status", "reason", "school", "class");

    public static final ImportTemplate TEMPLATE = new ImportTemplate("import.attendance.sheet.marks", "import.attendance.sheet.codes",
            TEMPLATE_COLUMNS, c -> "import.attendance.column." + c, List.of("date"), List.of(
            new ImportTemplate.CodeList("status", List.of("P", "L", "U", "E", "I", "F", "S", "W", "O"),
                    (locale, code) -> Messages.format(locale, "attendance.mark." + code)),
            new ImportTemplate.CodeList("reason", Arrays.stream(Reason.values()).map(Enum::name).toList(),
                    (locale, code) -> Messages.format(locale, "attendance.reason." + code))));

    public byte[] csv(ULocale locale) {
        return TEMPLATE.csv(locale);
    }

    public byte[] xlsx(ULocale locale) {
        return TEMPLATE.xlsx(locale);
    }
}
