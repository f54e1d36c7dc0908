package vn.mtbbe.reports.web;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.ReferenceData;
import vn.mtbbe.registry.service.SchoolYearService;
import vn.mtbbe.registry.web.PlaceChoices;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.service.Dashboard;
import vn.mtbbe.reports.service.GroupNames;
import vn.mtbbe.security.CurrentUser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /reports/index.xhtml?year=&province=&district=&school=&class=&designation=&programmeLanguage=&ethnicity=&sex=
 * &stage=&cohort=}: the dashboard of ministry staff and officers (their provinces). A GET form narrows it; a unit's
 * name drills one level down (province → district → school → class), the trail above goes back up. Every table
 * downloads as CSV or XLSX and the whole dashboard as PDF, from the same tables.
 */
@Named
@RequestScoped
public class DashboardPage extends ReportPageBase {

    /** A step of the trail: its label and where it leads (null: the current one). */
    public record Crumb(String label, String href) {
    }

    @Inject
    Dashboard dashboard;

    @Inject
    GroupNames names;

    @Inject
    PlaceChoices places;

    @Inject
    ReferenceData reference;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private final Map<Dimension, String> values = new LinkedHashMap<>();
    private String year;
    private Dashboard.View view;
    private List<vn.mtbbe.reports.domain.ReportSection> sections;
    private String tab;
    /** Read once per request: the page asks for them in three places. */
    private List<Choice> schoolChoices;

    @Inject
    vn.mtbbe.reports.service.DelegationReport comparisons;
    private List<String> errors = List.of();

    public void load() {
        ULocale locale = userLocale.current();
        if (currentUser.hasRole(vn.mtbbe.security.Role.DELEGATION)) {
            // Guests read the delegation report, not the dashboard.
            redirect(request.getContextPath() + "/reports/delegation.xhtml");
            return;
        }
        if (year == null || year.isBlank()) {
            year = SchoolYear.codeStarting(today.schoolYearStart());
        }
        try {
            if (isCompare()) {
                sections = comparisons.compare(year.strip(), filter(), locale).sections();
            } else {
                view = dashboard.build(year.strip(), filter(), locale);
                sections = view.sections();
            }
        } catch (ValidationException e) {
            errors = e.fieldErrors().stream().map(f -> Messages.format(locale, f.messageKey(), f.args())).toList();
        }
    }

    /** The filter of this request, checked as the API checks it. */
    public ReportFilter filter() {
        Map<String, String> parameters = new LinkedHashMap<>();
        values.forEach((d, v) -> parameters.put(d.apiName(), v));
        return ReportFilter.of(parameters, Dimension.Source.ATTENDANCE, false);
    }

    /** Where a unit row of the attendance table leads: one level down, or the class's page at class level. */
    @Override
    public String drill(ReportTable.Row row) {
        if (row.key() == null || view == null || isCompare() || row.level() == 0 || !isUnitRow(row)) {
            return null;
        }
        if (view.level() == Dimension.CLASS) {
            return request.getContextPath() + "/classes/view.xhtml?id=" + encode(row.key());
        }
        Map<Dimension, String> next = new LinkedHashMap<>(values);
        next.put(view.level(), row.key());
        return href(next);
    }

    /** The trail: every province, then each place filtered, the last one the current. */
    public List<Crumb> getTrail() {
        ULocale locale = userLocale.current();
        List<Crumb> trail = new ArrayList<>();
        Map<Dimension, String> kept = new LinkedHashMap<>(values);
        Dashboard.LEVELS.forEach(kept::remove);
        trail.add(new Crumb(Messages.format(locale, "reports.trail.all"), href(kept)));
        for (Dimension d : Dashboard.LEVELS) {
            String value = values.get(d);
            if (value == null || value.isBlank() || value.contains(",")) {
                continue;
            }
            kept.put(d, value);
            Object key = ReportFilter.numeric(d) ? (Object) Long.valueOf(value) : value;
            trail.add(new Crumb(names.of(d, List.of(key), locale).getOrDefault(key, value), href(kept)));
        }
        trail.set(trail.size() - 1, new Crumb(trail.get(trail.size() - 1).label(), null));
        return trail;
    }

    /** The cohort the dashboard is narrowed to, by name (its school and first year), or null. */
    public String getCohortName() {
        String cohort = values.get(Dimension.COHORT);
        if (cohort == null || cohort.isBlank() || !cohort.matches("\\d{1,18}")) {
            return null;
        }
        Long id = Long.valueOf(cohort);
        return names.of(Dimension.COHORT, List.of(id), userLocale.current()).getOrDefault(id, cohort);
    }

    /** The same page without the cohort filter. */
    public String getWithoutCohortHref() {
        Map<Dimension, String> rest = new LinkedHashMap<>(values);
        rest.remove(Dimension.COHORT);
        return href(rest) + (isCompare() ? "&tab=compare" : "");
    }

    /** The same dashboard (or its comparisons) as a download (csv, xlsx or pdf). */
    @Override
    public String exportHref(String format) {
        return request.getContextPath() + "/reports/export?report=" + (isCompare() ? "compare" : "dashboard")
                + "&format=" + format + "&" + query(values, true);
    }

    /** The same filters on the other tab: the indicators or the comparisons. */
    public String tabHref(String to) {
        return href(values) + ("compare".equals(to) ? "&tab=compare" : "");
    }

    public boolean isCompare() {
        return "compare".equals(tab);
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public List<vn.mtbbe.reports.domain.ReportSection> getSections() {
        return sections;
    }

    private String href(Map<Dimension, String> params) {
        return request.getContextPath() + "/reports/index.xhtml?" + query(params, true);
    }

    private String query(Map<Dimension, String> params, boolean withYear) {
        // Only the filters the page itself sets (tab and year apart).
        String q = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey().apiName() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return withYear && year != null ? "year=" + encode(year) + (q.isEmpty() ? "" : "&" + q) : q;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Only the attendance table's rows are units of the drill-down. */
    private boolean isUnitRow(ReportTable.Row row) {
        vn.mtbbe.reports.domain.ReportSection units = view.section("attendance");
        return units != null && units.table().rows().contains(row);
    }

    private static void redirect(String url) {
        try {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().redirect(url);
            jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<Choice> getYearChoices() {
        return schoolYears.list().stream().map(y -> new Choice(y.getCode(), y.getCode())).toList();
    }

    public List<Choice> getProvinceChoices() {
        return places.provinces(userLocale.current());
    }

    /** The schools to choose from: those of the chosen (or the officer's only) province; none before a province. */
    public List<Choice> getSchoolChoices() {
        if (schoolChoices == null) {
            String province = values.get(Dimension.PROVINCE);
            schoolChoices = province != null && province.contains(",") ? List.of()
                    : places.schools(province == null || province.isBlank() ? null : province, userLocale.current());
        }
        return schoolChoices;
    }

    public List<Choice> getDesignationChoices() {
        return java.util.Arrays.stream(Designation.values()).map(d -> new Choice(d.name(),
                Messages.format(userLocale.current(), "school.designation." + d.name()))).toList();
    }

    public List<Choice> getLanguageChoices() {
        return reference.languages(userLocale.current()).stream().map(c -> new Choice(c.code(), c.name())).toList();
    }

    public List<Choice> getEthnicityChoices() {
        return reference.ethnicities(userLocale.current()).stream().map(c -> new Choice(c.code(), c.name())).toList();
    }

    public List<Choice> getSexChoices() {
        return List.of("F", "M").stream().map(s -> new Choice(s, Messages.format(userLocale.current(), "pupil.sex." + s)))
                .toList();
    }

    public List<Choice> getStageChoices() {
        return java.util.Arrays.stream(Stage.values()).map(s -> new Choice(s.name(),
                Messages.format(userLocale.current(), "stage." + s.name()))).toList();
    }

    /** Whether the reader may pick a province (ministry staff, officers of more than one). */
    public boolean isProvinceChoice() {
        return currentUser.scope().all() || currentUser.scope().codes().size() > 1;
    }

    public Dashboard.View getView() {
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

    private String get(Dimension d) {
        return values.get(d);
    }

    private void set(Dimension d, String value) {
        values.put(d, value == null ? null : value.strip());
    }

    public String getProvince() {
        return get(Dimension.PROVINCE);
    }

    public void setProvince(String value) {
        set(Dimension.PROVINCE, value);
    }

    public String getDistrict() {
        return get(Dimension.DISTRICT);
    }

    public void setDistrict(String value) {
        set(Dimension.DISTRICT, value);
    }

    public String getSchool() {
        return get(Dimension.SCHOOL);
    }

    public void setSchool(String value) {
        set(Dimension.SCHOOL, value);
    }

    public String getClassId() {
        return get(Dimension.CLASS);
    }

    public void setClassId(String value) {
        set(Dimension.CLASS, value);
    }

    public String getDesignation() {
        return get(Dimension.DESIGNATION);
    }

    public void setDesignation(String value) {
        set(Dimension.DESIGNATION, value);
    }

    public String getProgrammeLanguage() {
        return get(Dimension.PROGRAMME_LANGUAGE);
    }

    public void setProgrammeLanguage(String value) {
        set(Dimension.PROGRAMME_LANGUAGE, value);
    }

    public String getEthnicity() {
        return get(Dimension.ETHNICITY);
    }

    public void setEthnicity(String value) {
        set(Dimension.ETHNICITY, value);
    }

    public String getSex() {
        return get(Dimension.SEX);
    }

    public void setSex(String value) {
        set(Dimension.SEX, value);
    }

    public String getStage() {
        return get(Dimension.STAGE);
    }

    public void setStage(String value) {
        set(Dimension.STAGE, value);
    }

    public String getCohort() {
        return get(Dimension.COHORT);
    }

    public void setCohort(String value) {
        set(Dimension.COHORT, value);
    }
}
