package vn.mtbbe.reports.service;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.mtbbe.platform.db.ReportDatabase;
import vn.mtbbe.achievement.domain.Skill;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportChart;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.domain.ReportSection;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.domain.ReportTable.Column;
import vn.mtbbe.reports.domain.ReportTable.Kind;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The comparison report for visiting delegations (and, unsuppressed, the dashboard's comparison view): pilot against comparison schools (baseline, latest, and the
 * difference of their changes), ethnic-minority against Kinh pupils (the equity gap) by province and language, the
 * mother tongue against Vietnamese by stage, and attendance and dropout over time. Always read as a delegation guest
 * reads reports (ministry staff preview exactly that): provinces at most, no pupil detail, every figure resting on
 * fewer pupils than the minimum suppressed by the report layer, and any figure worked out from a suppressed one
 * (a sum, a change, a gap) suppressed with it.
 */
@ApplicationScoped
public class DelegationReport {

    public record View(String schoolYear, ReportFilter filter, List<ReportSection> sections, int minCellSize) {
    }

    /** A figure and the pupils it rests on; SUPPRESSED when the report layer hid it or a part of it. */
    record Figure(Object value, Object pupils) {

        static final Figure HIDDEN = new Figure(ReportTable.SUPPRESSED, ReportTable.SUPPRESSED);
        static final Figure NONE = new Figure(null, null);

        boolean hidden() {
            return ReportTable.suppressed(value);
        }

        Double number() {
            return value instanceof Double d ? d : null;
        }
    }

    @Inject
    @ReportDatabase
    EntityManager em;

    @Inject
    ReportReader readers;

    @Inject
    GuestPreview preview;

    @Inject
    AttendanceReport attendance;

    @Inject
    FlowReport flow;

    @Inject
    AchievementReport achievement;

    @Inject
    GroupNames names;

    /** The report as delegation guests read it (ministry staff: exactly the same). */
    public View build(String schoolYear, ReportFilter filter, ULocale locale) {
        AppUser caller = readers.require().user();
        if (caller.getRole() != Role.DELEGATION && caller.getRole() != Role.MINISTRY) {
            throw AppException.forbidden();
        }
        preview.activate();
        return sections(schoolYear, filter, locale);
    }

    /**
     * The same comparisons for the ministry's and the officers' own reading (the dashboard's comparison view): any
     * filter, officers their provinces only, nothing suppressed.
     */
    public View compare(String schoolYear, ReportFilter filter, ULocale locale) {
        AppUser caller = readers.require().user();
        if (caller.getRole() != Role.OFFICER && caller.getRole() != Role.MINISTRY) {
            throw AppException.forbidden();
        }
        return sections(schoolYear, filter, locale);
    }

    private View sections(String schoolYear, ReportFilter filter, ULocale locale) {
        if (em.find(SchoolYear.class, schoolYear) == null) {
            throw AppException.notFound("error.notFound.schoolYear", schoolYear);
        }
        Years years = years(schoolYear, filter);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(pilot(schoolYear, years, filter, locale));
        sections.add(equity(schoolYear, years, filter, locale));
        sections.add(languages(years, filter, locale));
        sections.add(months(schoolYear, filter, locale));
        sections.add(dropout(filter, locale));
        return new View(schoolYear, filter, sections, readers.minCellSize());
    }

    /** The school years with figures, oldest first: what the report can be asked for. */
    public List<String> schoolYears() {
        readers.require();
        return em.createNativeQuery("SELECT DISTINCT school_year FROM attendance_summary ORDER BY school_year")
                .getResultList().stream().map(Object::toString).toList();
    }

    /** The years and sittings compared: the first with figures (baseline) and the latest up to the year asked. */
    record Years(String first, String latestClosed, Long firstSitting, String firstSittingYear, Long lastSitting,
                 String lastSittingYear) {
    }

    private Years years(String schoolYear, ReportFilter filter) {
        List<?> attended = em.createNativeQuery("SELECT DISTINCT school_year FROM attendance_summary WHERE school_year <= ?1 "
                + "ORDER BY school_year").setParameter(1, schoolYear).getResultList();
        String first = attended.isEmpty() ? schoolYear : attended.get(0).toString();
        String closed = flow.run(null, List.of(Dimension.YEAR.apiName()), filter).rows().stream()
                .filter(r -> !r.suppressed() && r.open() == 0 && r.group().get(Dimension.YEAR).toString().compareTo(schoolYear) <= 0)
                .map(r -> r.group().get(Dimension.YEAR).toString()).reduce((a, b) -> b).orElse(null);
        List<?> sittings = em.createNativeQuery("SELECT id, school_year FROM sitting WHERE school_year <= ?1 "
                + "AND id IN (SELECT DISTINCT sitting_id FROM achievement_summary) ORDER BY starts_on, id")
                .setParameter(1, schoolYear).getResultList();
        Object[] firstSitting = sittings.isEmpty() ? null : (Object[]) sittings.get(0);
        Object[] lastSitting = sittings.isEmpty() ? null : (Object[]) sittings.get(sittings.size() - 1);
        return new Years(first, closed,
                firstSitting == null ? null : ((Number) firstSitting[0]).longValue(),
                firstSitting == null ? null : firstSitting[1].toString(),
                lastSitting == null ? null : ((Number) lastSitting[0]).longValue(),
                lastSitting == null ? null : lastSitting[1].toString());
    }

    // ---- Pilot against comparison ----------------------------------------------------------------------------------

    private ReportSection pilot(String schoolYear, Years years, ReportFilter filter, ULocale locale) {
        Map<String, Map<Object, Figure[]>> indicators = new LinkedHashMap<>();
        indicators.put(Messages.format(locale, "reports.column.attendanceRate"),
                pair(attendanceBy(years.first(), Dimension.DESIGNATION, filter),
                        attendanceBy(schoolYear, Dimension.DESIGNATION, filter)));
        if (years.latestClosed() != null) {
            indicators.put(Messages.format(locale, "reports.column.dropoutRate"),
                    pair(dropoutBy(years.first(), Dimension.DESIGNATION, filter),
                            dropoutBy(years.latestClosed(), Dimension.DESIGNATION, filter)));
        }
        if (years.firstSitting() != null) {
            indicators.put(Messages.format(locale, "reports.delegation.readingMeeting"),
                    pair(readingBy(years.firstSittingYear(), years.firstSitting(), Dimension.DESIGNATION, filter, true),
                            readingBy(years.lastSittingYear(), years.lastSitting(), Dimension.DESIGNATION, filter, true)));
            indicators.put(Messages.format(locale, "reports.delegation.readingZero"),
                    pair(readingBy(years.firstSittingYear(), years.firstSitting(), Dimension.DESIGNATION, filter, false),
                            readingBy(years.lastSittingYear(), years.lastSitting(), Dimension.DESIGNATION, filter, false)));
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> pilotChange = new ArrayList<>();
        List<Double> comparisonChange = new ArrayList<>();
        indicators.forEach((indicator, byDesignation) -> {
            Object[] changes = new Object[2];
            int i = 0;
            for (Designation d : Designation.values()) {
                Figure[] f = byDesignation.getOrDefault(d.name(), new Figure[]{Figure.NONE, Figure.NONE});
                Object change = difference(f[1], f[0]);
                changes[i++] = change;
                rows.add(new ReportTable.Row(Arrays.asList(indicator, names.name(Dimension.DESIGNATION, d.name(), locale),
                        f[0].value(), f[0].pupils(), f[1].value(), f[1].pupils(), change), 1, d.name()));
            }
            Object differenceOfChanges = difference(new Figure(changes[0], null), new Figure(changes[1], null));
            rows.add(new ReportTable.Row(Arrays.asList(indicator, Messages.format(locale, "reports.delegation.differenceOfChanges"),
                    null, null, null, null, differenceOfChanges), 0, "difference"));
            labels.add(indicator);
            pilotChange.add(changes[0] instanceof Double d ? d : null);
            comparisonChange.add(changes[1] instanceof Double d ? d : null);
        });
        List<Column> columns = List.of(
                new Column("indicator", Messages.format(locale, "reports.column.indicator"), Kind.TEXT),
                new Column("group", Messages.format(locale, "reports.delegation.group"), Kind.TEXT),
                new Column("baseline", Messages.format(locale, "reports.delegation.baseline"), Kind.SHARE),
                new Column("baselinePupils", Messages.format(locale, "reports.column.pupils"), Kind.COUNT),
                new Column("latest", Messages.format(locale, "reports.delegation.latest"), Kind.SHARE),
                new Column("latestPupils", Messages.format(locale, "reports.column.pupils"), Kind.COUNT),
                new Column("change", Messages.format(locale, "reports.delegation.change"), Kind.SHARE));
        String title = Messages.format(locale, "reports.delegation.pilot");
        ReportChart chart = new ReportChart(ReportChart.Type.BAR, Messages.format(locale, "reports.delegation.pilotChart"),
                labels, List.of(
                new ReportChart.Series(names.name(Dimension.DESIGNATION, Designation.PILOT.name(), locale), pilotChange),
                new ReportChart.Series(names.name(Dimension.DESIGNATION, Designation.COMPARISON.name(), locale), comparisonChange)),
                true);
        String sittingFirst = years.firstSitting() == null ? "–" : sittingName(years.firstSitting(), locale);
        String sittingLast = years.lastSitting() == null ? "–" : sittingName(years.lastSitting(), locale);
        return new ReportSection("pilot", new ReportTable(title, columns, rows), chart,
                Messages.format(locale, "reports.delegation.pilotNote", Map.of("first", years.first(), "latest", schoolYear,
                        "closed", years.latestClosed() == null ? "–" : years.latestClosed(),
                        "firstSitting", sittingFirst, "lastSitting", sittingLast)));
    }

    private static Map<Object, Figure[]> pair(Map<Object, Figure> baseline, Map<Object, Figure> latest) {
        Map<Object, Figure[]> pairs = new LinkedHashMap<>();
        baseline.forEach((k, f) -> pairs.computeIfAbsent(k, x -> new Figure[]{Figure.NONE, Figure.NONE})[0] = f);
        latest.forEach((k, f) -> pairs.computeIfAbsent(k, x -> new Figure[]{Figure.NONE, Figure.NONE})[1] = f);
        return pairs;
    }

    /** later − earlier; suppressed when either is, nothing when either is missing. */
    static Object difference(Figure later, Figure earlier) {
        if (later.hidden() || earlier.hidden()) {
            return ReportTable.SUPPRESSED;
        }
        return later.number() == null || earlier.number() == null ? null : later.number() - earlier.number();
    }

    // ---- Figures by one dimension, from the report layer read as a guest ---------------------------------------

    private Map<Object, Figure> attendanceBy(String year, Dimension by, ReportFilter filter) {
        return attendanceBy(year, List.of(by), filter);
    }

    private Map<Object, Figure> attendanceBy(String year, List<Dimension> by, ReportFilter filter) {
        Map<Object, Figure> figures = new LinkedHashMap<>();
        for (AttendanceReport.Row r : attendance.run(year, null, null, by.stream().map(Dimension::apiName).toList(), filter).rows()) {
            figures.put(key(r.group(), by), r.suppressed() ? Figure.HIDDEN : new Figure(r.rate(), r.pupils()));
        }
        return figures;
    }

    private Map<Object, Figure> dropoutBy(String year, Dimension by, ReportFilter filter) {
        Map<Object, Figure> figures = new LinkedHashMap<>();
        for (FlowReport.Row r : flow.run(year, List.of(by.apiName()), filter).rows()) {
            figures.put(key(r.group(), List.of(by)), r.suppressed() ? Figure.HIDDEN : new Figure(r.dropoutRate(), r.pupils()));
        }
        return figures;
    }

    private Map<Object, Figure> completionBy(String year, List<Dimension> by, ReportFilter filter) {
        Map<Object, Figure> figures = new LinkedHashMap<>();
        for (FlowReport.Row r : flow.run(year, by.stream().map(Dimension::apiName).toList(), filter).rows()) {
            Figure f = r.suppressed() || r.completionSuppressed() ? Figure.HIDDEN
                    : r.finalGrade() == null ? Figure.NONE : new Figure(r.completionRate(), r.finalGrade());
            figures.put(key(r.group(), by), f);
        }
        return figures;
    }

    /**
     * The oral reading fluency of a sitting by the dimensions: the share meeting the benchmark (or of zero scores),
     * all its languages' fluency subtasks together unless LANGUAGE is one of the dimensions; hidden when any part is.
     */
    private Map<Object, Figure> readingBy(String year, Long sitting, Dimension by, ReportFilter filter, boolean meeting) {
        return readingBy(year, sitting, List.of(by), filter, meeting);
    }

    private Map<Object, Figure> readingBy(String year, Long sitting, List<Dimension> by, ReportFilter filter, boolean meeting) {
        Map<Object, long[]> counts = new LinkedHashMap<>();
        Map<Object, Boolean> hidden = new LinkedHashMap<>();
        List<String> groups = by.stream().filter(d -> d != Dimension.LANGUAGE).map(Dimension::apiName).toList();
        for (AchievementReport.Row r : achievement.run(year, sitting, null, groups, filter).rows()) {
            if (!Skill.ORAL_READING_FLUENCY.name().equals(r.group().get(Dimension.SKILL))) {
                continue;
            }
            Object k = key(r.group(), by);
            if (r.suppressed() || (meeting && r.bandsSuppressed())) {
                hidden.put(k, true);
                continue;
            }
            long[] c = counts.computeIfAbsent(k, x -> new long[4]);
            c[0] += r.pupils();
            c[1] += r.banded();
            c[2] += r.meeting();
            c[3] += r.zeroScores();
        }
        Map<Object, Figure> figures = new LinkedHashMap<>();
        hidden.keySet().forEach(k -> figures.put(k, Figure.HIDDEN));
        counts.forEach((k, c) -> {
            if (!hidden.containsKey(k)) {
                figures.put(k, meeting ? new Figure(Dashboard.share(c[2], c[1]), c[1]) : new Figure(Dashboard.share(c[3], c[0]), c[0]));
            }
        });
        return figures;
    }

    private static Object key(Map<Dimension, Object> group, List<Dimension> by) {
        return by.size() == 1 ? Objects.toString(group.get(by.get(0)), "")
                : by.stream().map(d -> Objects.toString(group.get(d), "")).toList();
    }

    // ---- Equity gap -----------------------------------------------------------------------------------------------

    private ReportSection equity(String schoolYear, Years years, ReportFilter filter, ULocale locale) {
        List<Dimension> byProvince = List.of(Dimension.PROVINCE, Dimension.ETHNIC_GROUP);
        Map<String, Map<String, Figure[]>> table = new TreeMap<>();
        // indicator rows per province: [minority, majority]
        java.util.function.BiConsumer<String, Map<Object, Figure>> add = (indicator, figures) -> figures.forEach((k, f) -> {
            @SuppressWarnings("unchecked")
            List<String> key = (List<String>) k;
            Figure[] pair = table.computeIfAbsent(key.get(0), p -> new LinkedHashMap<>())
                    .computeIfAbsent(indicator, x -> new Figure[]{Figure.NONE, Figure.NONE});
            pair["MINORITY".equals(key.get(1)) ? 0 : 1] = f;
        });
        String attendanceLabel = Messages.format(locale, "reports.column.attendanceRate");
        add.accept(attendanceLabel, attendanceBy(schoolYear, byProvince, filter));
        if (years.latestClosed() != null) {
            add.accept(Messages.format(locale, "reports.delegation.completion", Map.of("year", years.latestClosed())),
                    completionBy(years.latestClosed(), byProvince, filter));
        }
        if (years.lastSitting() != null) {
            List<Dimension> byLanguage = List.of(Dimension.PROVINCE, Dimension.ETHNIC_GROUP, Dimension.LANGUAGE);
            Map<String, Map<Object, Figure>> perLanguage = new TreeMap<>();
            readingBy(years.lastSittingYear(), years.lastSitting(), byLanguage, filter, true).forEach((k, f) -> {
                @SuppressWarnings("unchecked")
                List<String> key = (List<String>) k;
                perLanguage.computeIfAbsent(key.get(2), x -> new LinkedHashMap<>()).put(List.of(key.get(0), key.get(1)), f);
            });
            perLanguage.forEach((language, figures) -> add.accept(Messages.format(locale, "reports.delegation.readingIn",
                    Map.of("language", names.name(Dimension.LANGUAGE, language, locale))), figures));
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> minority = new ArrayList<>();
        List<Double> majority = new ArrayList<>();
        table.forEach((province, indicators) -> indicators.forEach((indicator, pair) -> {
            String provinceName = names.name(Dimension.PROVINCE, province, locale);
            rows.add(new ReportTable.Row(Arrays.asList(provinceName, indicator, pair[0].value(), pair[0].pupils(),
                    pair[1].value(), pair[1].pupils(), difference(pair[0], pair[1])), 0, province));
            if (indicator.equals(attendanceLabel)) {
                labels.add(provinceName);
                minority.add(pair[0].number());
                majority.add(pair[1].number());
            }
        }));
        List<Column> columns = List.of(
                new Column("province", Messages.format(locale, "reports.level.province"), Kind.TEXT),
                new Column("indicator", Messages.format(locale, "reports.column.indicator"), Kind.TEXT),
                new Column("minority", Messages.format(locale, "reports.ethnicGroup.MINORITY"), Kind.SHARE),
                new Column("minorityPupils", Messages.format(locale, "reports.column.pupils"), Kind.COUNT),
                new Column("majority", Messages.format(locale, "reports.ethnicGroup.MAJORITY"), Kind.SHARE),
                new Column("majorityPupils", Messages.format(locale, "reports.column.pupils"), Kind.COUNT),
                new Column("gap", Messages.format(locale, "reports.delegation.gap"), Kind.SHARE));
        String title = Messages.format(locale, "reports.delegation.equity");
        ReportChart chart = new ReportChart(ReportChart.Type.BAR, Messages.format(locale, "reports.delegation.equityChart"),
                labels, List.of(new ReportChart.Series(Messages.format(locale, "reports.ethnicGroup.MINORITY"), minority),
                new ReportChart.Series(Messages.format(locale, "reports.ethnicGroup.MAJORITY"), majority)));
        return new ReportSection("equity", new ReportTable(title, columns, rows), chart,
                Messages.format(locale, "reports.delegation.equityNote"));
    }

    // ---- Mother tongue against Vietnamese ---------------------------------------------------------------------------

    private ReportSection languages(Years years, ReportFilter filter, ULocale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> meeting = new ArrayList<>();
        List<Double> zero = new ArrayList<>();
        if (years.lastSitting() != null) {
            Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
            Map<List<String>, Boolean> hidden = new LinkedHashMap<>();
            for (AchievementReport.Row r : achievement.run(years.lastSittingYear(), years.lastSitting(), null,
                    List.of(Dimension.STAGE.apiName()), filter).rows()) {
                if (!Skill.ORAL_READING_FLUENCY.name().equals(r.group().get(Dimension.SKILL))) {
                    continue;
                }
                List<String> k = List.of(r.group().get(Dimension.STAGE).toString(), r.group().get(Dimension.LANGUAGE).toString());
                if (r.suppressed() || r.bandsSuppressed()) {
                    hidden.put(k, true);
                    counts.putIfAbsent(k, new long[5]);
                    continue;
                }
                long[] c = counts.computeIfAbsent(k, x -> new long[5]);
                c[0] += r.pupils();
                c[1] += r.banded();
                c[2] += r.meeting();
                c[3] += Math.round(r.shareApproaching() == null ? 0 : r.shareApproaching() * r.banded());
                c[4] += r.zeroScores();
            }
            counts.forEach((k, c) -> {
                String stage = names.name(Dimension.STAGE, k.get(0), locale);
                String language = names.languageWithEndonym(k.get(1), locale);
                if (hidden.containsKey(k)) {
                    Object h = ReportTable.SUPPRESSED;
                    rows.add(new ReportTable.Row(Arrays.asList(stage, language, h, h, h, h, h), 0, k.get(0)));
                    labels.add(stage + " · " + language);
                    meeting.add(null);
                    zero.add(null);
                    return;
                }
                Double meetingShare = Dashboard.share(c[2], c[1]);
                Double approaching = Dashboard.share(c[3], c[1]);
                Double below = c[1] == 0 ? null : (double) (c[1] - c[2] - c[3]) / c[1];
                Double zeroShare = Dashboard.share(c[4], c[0]);
                rows.add(new ReportTable.Row(Arrays.asList(stage, language, c[0], below, approaching, meetingShare, zeroShare),
                        0, k.get(0)));
                labels.add(stage + " · " + language);
                meeting.add(meetingShare);
                zero.add(zeroShare);
            });
        }
        List<Column> columns = List.of(
                new Column("stage", Messages.format(locale, "reports.filter.stage"), Kind.TEXT),
                new Column("language", Messages.format(locale, "reports.column.language"), Kind.TEXT),
                new Column("assessed", Messages.format(locale, "reports.column.assessed"), Kind.COUNT),
                new Column("below", Messages.format(locale, "achievement.band.BELOW"), Kind.SHARE),
                new Column("approaching", Messages.format(locale, "achievement.band.APPROACHING"), Kind.SHARE),
                new Column("meeting", Messages.format(locale, "achievement.band.MEETING"), Kind.SHARE),
                new Column("zero", Messages.format(locale, "reports.column.zero"), Kind.SHARE));
        String title = Messages.format(locale, "reports.delegation.languages");
        ReportChart chart = new ReportChart(ReportChart.Type.BAR, title, labels, List.of(
                new ReportChart.Series(Messages.format(locale, "reports.column.meeting"), meeting),
                new ReportChart.Series(Messages.format(locale, "reports.column.zero"), zero)));
        return new ReportSection("languages", new ReportTable(title, columns, rows), chart,
                Messages.format(locale, "reports.delegation.languagesNote",
                        Map.of("sitting", years.lastSitting() == null ? "–" : sittingName(years.lastSitting(), locale))));
    }

    // ---- Over time ----------------------------------------------------------------------------------------------

    private ReportSection months(String schoolYear, ReportFilter filter, ULocale locale) {
        List<Dimension> by = List.of(Dimension.MONTH, Dimension.DESIGNATION);
        Map<String, Figure[]> byMonth = new TreeMap<>();
        attendanceBy(schoolYear, by, filter).forEach((k, f) -> {
            @SuppressWarnings("unchecked")
            List<String> key = (List<String>) k;
            byMonth.computeIfAbsent(key.get(0), x -> new Figure[]{Figure.NONE, Figure.NONE})[
                    Designation.PILOT.name().equals(key.get(1)) ? 0 : 1] = f;
        });
        return series("months", byMonth, d -> names.name(Dimension.MONTH, d, locale),
                Messages.format(locale, "reports.delegation.months"), Messages.format(locale, "reports.column.month"),
                Messages.format(locale, "reports.delegation.monthsNote"), locale);
    }

    private ReportSection dropout(ReportFilter filter, ULocale locale) {
        Map<String, Figure[]> byYear = new TreeMap<>();
        for (FlowReport.Row r : flow.run(null, List.of(Dimension.YEAR.apiName(), Dimension.DESIGNATION.apiName()), filter).rows()) {
            if (!r.suppressed() && r.open() != null && r.open() > 0) {
                continue;   // a year not yet ended has no dropout rate to compare
            }
            Figure f = r.suppressed() ? Figure.HIDDEN : new Figure(r.dropoutRate(), r.pupils());
            byYear.computeIfAbsent(r.group().get(Dimension.YEAR).toString(), x -> new Figure[]{Figure.NONE, Figure.NONE})[
                    Designation.PILOT.name().equals(r.group().get(Dimension.DESIGNATION)) ? 0 : 1] = f;
        }
        return series("dropout", byYear, y -> y, Messages.format(locale, "reports.delegation.dropout"),
                Messages.format(locale, "reports.column.year"), Messages.format(locale, "reports.delegation.dropoutNote"), locale);
    }

    private ReportSection series(String id, Map<String, Figure[]> points, java.util.function.Function<String, String> label,
                                 String title, String heading, String note, ULocale locale) {
        List<ReportTable.Row> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> pilot = new ArrayList<>();
        List<Double> comparison = new ArrayList<>();
        points.forEach((point, f) -> {
            String name = label.apply(point);
            rows.add(new ReportTable.Row(Arrays.asList(name, f[0].value(), f[0].pupils(), f[1].value(), f[1].pupils(),
                    difference(f[0], f[1])), 0, point));
            labels.add(name);
            pilot.add(f[0].number());
            comparison.add(f[1].number());
        });
        String pilotName = names.name(Dimension.DESIGNATION, Designation.PILOT.name(), locale);
        String comparisonName = names.name(Dimension.DESIGNATION, Designation.COMPARISON.name(), locale);
        List<Column> columns = List.of(
                new Column("point", heading, Kind.TEXT),
                new Column("pilot", pilotName, Kind.SHARE),
                new Column("pilotPupils", Messages.format(locale, "reports.column.pupils"), Kind.COUNT),
                new Column("comparison", comparisonName, Kind.SHARE),
                new Column("comparisonPupils", Messages.format(locale, "reports.column.pupils"), Kind.COUNT),
                new Column("difference", Messages.format(locale, "reports.delegation.difference"), Kind.SHARE));
        ReportChart chart = new ReportChart(ReportChart.Type.LINE, title, labels, List.of(
                new ReportChart.Series(pilotName, pilot), new ReportChart.Series(comparisonName, comparison)));
        return new ReportSection(id, new ReportTable(title, columns, rows), chart, note);
    }

    private String sittingName(long sitting, ULocale locale) {
        return names.of(Dimension.SITTING, List.of(sitting), locale).getOrDefault(sitting, String.valueOf(sitting));
    }
}
