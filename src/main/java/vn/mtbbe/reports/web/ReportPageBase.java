package vn.mtbbe.reports.web;

import jakarta.inject.Inject;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.reports.domain.ReportSection;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.export.TableFormat;

/**
 * What every report page gives {@code report-sections.xhtml}: a cell as the exports format it (the reader's locale
 * through ICU4J), whether a column holds figures, a section's chart, and no drill-down unless the page has one.
 */
public abstract class ReportPageBase {

    @Inject
    UserLocale userLocale;

    private TableFormat format;

    protected TableFormat format() {
        if (format == null) {
            format = new TableFormat(userLocale.current());
        }
        return format;
    }

    public String cell(ReportTable.Column column, Object value) {
        return format().format(column.kind(), value);
    }

    public boolean numeric(ReportTable.Column column) {
        return TableFormat.numeric(column.kind());
    }

    public String chart(ReportSection section) {
        return ChartJson.of(section.chart(), Messages.format(userLocale.current(), "reports.chart.percent"));
    }

    /** Where a row's first cell leads, or null. */
    public String drill(ReportTable.Row row) {
        return null;
    }

    /** The report as a download in {@code format} (csv, xlsx, pdf). */
    public abstract String exportHref(String format);
}
