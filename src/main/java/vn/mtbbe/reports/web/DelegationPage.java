package vn.mtbbe.reports.web;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.service.ProvinceService;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.service.DelegationReport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /reports/delegation.xhtml?year=&province=}: the comparison report for visiting delegations, in the reader's
 * language (the language menu switches it), printable and downloadable as PDF. Delegation guests read it; ministry
 * staff see exactly what guests will see, and issue and revoke share links below it.
 */
@Named
@RequestScoped
public class DelegationPage extends ReportPageBase {

    @Inject
    DelegationReport delegation;

    @Inject
    ProvinceService provinces;

    @Inject
    Today today;

    @Inject
    HttpServletRequest request;

    private String year;
    private String province;
    private DelegationReport.View view;
    private List<String> errors = List.of();

    public void load() {
        ULocale locale = userLocale.current();
        if (year == null || year.isBlank()) {
            year = SchoolYear.codeStarting(today.schoolYearStart());
        }
        try {
            view = delegation.build(year.strip(), filter(parameters(), true), locale);
        } catch (ValidationException e) {
            errors = e.fieldErrors().stream().map(f -> Messages.format(locale, f.messageKey(), f.args())).toList();
        }
    }

    /** The report's own filters: the year and, if chosen, a province. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (province != null && !province.isBlank()) {
            parameters.put(Dimension.PROVINCE.apiName(), province.strip());
        }
        return parameters;
    }

    static ReportFilter filter(Map<String, String> parameters, boolean guest) {
        return ReportFilter.of(parameters, Dimension.Source.ATTENDANCE, guest);
    }

    @Override
    public String exportHref(String format) {
        StringBuilder href = new StringBuilder(request.getContextPath()).append("/reports/export?report=delegation&format=")
                .append(format).append("&year=").append(encode(year));
        parameters().forEach((k, v) -> href.append('&').append(k).append('=').append(encode(v)));
        return href.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public List<Choice> getYearChoices() {
        return delegation.schoolYears().stream().map(y -> new Choice(y, y)).toList();
    }

    public List<Choice> getProvinceChoices() {
        return provinces.list(userLocale.current()).stream().map(p -> new Choice(p.code(), p.name())).toList();
    }

    public DelegationReport.View getView() {
        return view;
    }

    public List<String> getErrors() {
        return errors;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }
}
