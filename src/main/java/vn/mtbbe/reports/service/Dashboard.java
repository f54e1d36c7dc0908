package vn.mtbbe.reports.service;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.mtbbe.platform.db.ReportDatabase;
import vn.mtbbe.achievement.domain.Area;
import vn.mtbbe.achievement.domain.Skill;
import vn.mtbbe.attendance.service.CompletenessService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.domain.ReportChart;
import vn.mtbbe.reports.domain.ReportFilter;
import vn.mtbbe.reports.domain.ReportSection;
import vn.mtbbe.reports.domain.ReportTable;
import vn.mtbbe.reports.domain.ReportTable.Column;
import vn.mtbbe.reports.domain.ReportTable.Kind;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ministry dashboard (officers: the same, limited to their provinces): the indicators of DESIGN.md for one school
 * year and filter, each as a table with the number of pupils behind every figure and a chart drawn from that table.
 * Attendance and reporting completeness by the units one level below the filter (province → district → school →
 * class: the drill-down), the flow year by year, reading and mathematics per sitting and language, and the gender
 * parity of each. Every figure comes from the report layer over the maintained summaries; the page, CSV, XLSX and PDF
 * all show these tables.
 */
@ApplicationScoped
public class Dashboard {

    /**
     * The dashboard: the year and filter it shows, the level its units are at (the dimension a unit row drills into
     * with), and its sections.
     */
    public record View(String schoolYear, ReportFilter filter, Dimension level, List<ReportSection> sections) {

        public ReportSection section(String id) {
            return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        }
    }

    /** The levels of the drill-down, top first. */
    public static final List<Dimension> LEVELS = List.of(Dimension.PROVINCE, Dimension.DISTRICT, Dimension.SCHOOL,
            Dimension.CLASS);

    @Inject
    @ReportDatabase
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AttendanceReport attendance;

    @Inject
    FlowReport flow;

    @Inject
    AchievementReport achievement;

    @Inject
    CompletenessService completeness;

    @Inject
    GroupNames names;

    @Inject
    Today today;

    public View build(String schoolYear, ReportFilter filter, ULocale locale) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        SchoolYear year = em.find(SchoolYear.class, schoolYear);
        if (year == null) {
            throw AppException.notFound("error.notFound.schoolYear", schoolYear);
        }
        Dimension level = level(filter, currentUser.scope());
        List<ReportSection> sections = new ArrayList<>();
        Units units = attendance(year, filter, level, locale);
        sections.add(units.section);
        List<FlowReport.Row> years = flow.run(null, List.of(Dimension.YEAR.apiName()), filter).rows();
        sections.add(flow(years, locale));
        List<AchievementReport.Row> results = achievement.run(schoolYear, null, null, List.of(Dimension.SEX.apiName()),
                filter).rows();
        sections.add(achievement(results, Area.READING, locale));
        sections.add(achievement(results, Area.MATHEMATICS, locale));
        sections.add(parity(units, years, filter, results, locale));
        return new View(schoolYear, filter, level, sections);
    }

    /** The units a dashboard lists: one level below the narrowest place filtered (an officer of one province: its districts). */
    static Dimension level(ReportFilter filter, ProvinceScope scope) {
        if (!filter.get(Dimension.CLASS).isEmpty() || !filter.get(Dimension.SCHOOL).isEmpty()) {
            return Dimension.CLASS;
        }
        if (!filter.get(Dimension.DISTRICT).isEmpty()) {
            return Dimension.SCHOOL;
        }
        if (filter.get(Dimension.PROVINCE).size() == 1 || (!scope.all() && scope.codes().size() == 1)) {
            return Dimension.DISTRICT;
        }
        return Dimension.PROVINCE;
    }

    /** Attendance by unit and sex, kept for the parity section too. */
    private record Units(ReportSection section, long[] girls, long[] boys) {
    }

    private Units attendance(SchoolYear year, ReportFilter filter, Dimension level, ULocale locale) {
        List<AttendanceReport.Row> rows = attendance.run(year.getCode(), null, null,
                List.of(level.apiName(), Dimension.SEX.apiName()), filter).rows();
        // Per unit: pupils, pupil-days, present; the same for girls and boys.
        Map<Object, long[]> byUnit = new LinkedHashMap<>();
        long[] total = new long[3];
        long[] girls = new long[3];
        long[] boys = new long[3];
        Map<Object, long[][]> bySex = new HashMap<>();
        for (AttendanceReport.Row r : rows) {
            Object unit = r.group().get(level);
            long[] figures = {r.pupils(), r.schoolDays(), r.present()};
            add(byUnit.computeIfAbsent(unit, k -> new long[3]), figures);
            add(total, figures);
            boolean girl = "F".equals(r.group().get(Dimension.SEX));
            add(girl ? girls : boys, figures);
            add(bySex.computeIfAbsent(unit, k -> new long[2][3])[girl ? 0 : 1], figures);
        }
        // Nothing attended in the filter: no units, and no completeness of classes it would not show either.
        Map<Object, long[]> complete = byUnit.isEmpty() ? Map.of() : completeness(year, filter, level);
        Map<Object, String> unitNames = names.of(level, byUnit.keySet(), locale);
        List<Object> ordered = sorted(byUnit.keySet(), unitNames, locale);
        List<ReportTable.Row> table = new ArrayList<>();
        long[] completeTotal = complete.values().stream().reduce(new long[2], (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
        if (!byUnit.isEmpty()) {
            table.add(new ReportTable.Row(java.util.Arrays.asList(Messages.format(locale, "reports.dashboard.all"),
                    total[0], share(total[2], total[1]),
                    complete.isEmpty() ? null : share(completeTotal[1], completeTotal[0]),
                    share(girls[2], girls[1]), girls[0], share(boys[2], boys[1]), boys[0],
                    parity(share(girls[2], girls[1]), share(boys[2], boys[1]))), 0, null));
        }
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Double> completes = new ArrayList<>();
        for (Object unit : ordered) {
            long[] u = byUnit.get(unit);
            long[][] s = bySex.get(unit);
            long[] c = complete.get(unit);
            Double rate = share(u[2], u[1]);
            Double completion = c == null ? null : share(c[1], c[0]);
            Double girlRate = share(s[0][2], s[0][1]);
            Double boyRate = share(s[1][2], s[1][1]);
            String name = unitNames.getOrDefault(unit, Objects.toString(unit));
            table.add(new ReportTable.Row(java.util.Arrays.asList(name, u[0], rate, completion, girlRate, s[0][0], boyRate,
                    s[1][0], parity(girlRate, boyRate)), 1, unit == null ? null : unit.toString()));
            labels.add(name);
            rates.add(rate);
            completes.add(completion);
        }
        List<Column> columns = List.of(
                new Column("unit", Messages.format(locale, "reports.level." + level.apiName()), Kind.TEXT),
                new Column("pupils", Messages.format(locale, "reports.column.pupils"), Kind.COUNT),
                new Column("attendanceRate", Messages.format(locale, "reports.column.attendanceRate"), Kind.SHARE),
                new Column("completeness", Messages.format(locale, "reports.column.completeness"), Kind.SHARE),
                new Column("girls", Messages.format(locale, "reports.column.girls"), Kind.SHARE),
                new Column("girlsPupils", Messages.format(locale, "reports.column.girlsPupils"), Kind.COUNT),
                new Column("boys", Messages.format(locale, "reports.column.boys"), Kind.SHARE),
                new Column("boysPupils", Messages.format(locale, "reports.column.boysPupils"), Kind.COUNT),
                new Column("gpi", Messages.format(locale, "reports.column.gpi"), Kind.INDEX));
        String title = Messages.format(locale, "reports.dashboard.attendance");
        ReportChart chart = new ReportChart(ReportChart.Type.BAR, title, labels, List.of(
                new ReportChart.Series(Messages.format(locale, "reports.column.attendanceRate"), rates),
                new ReportChart.Series(Messages.format(locale, "reports.column.completeness"), completes)));
        ReportSection section = new ReportSection("attendance", new ReportTable(title, columns, table), chart,
                Messages.format(locale, "reports.dashboard.attendanceNote"));
        return new Units(section, girls, boys);
    }

    /**
     * Class-days marked of those expected, per unit, from the school year's start to today: a property of classes, so
     * only the place filters (province, district, school, class) narrow it. Empty at class level's units is fine.
     */
    private Map<Object, long[]> completeness(SchoolYear year, ReportFilter filter, Dimension level) {
        LocalDate end = year.getEndDate().isBefore(today.date()) ? year.getEndDate() : today.date();
        if (end.isBefore(year.getStartDate()) || level == Dimension.CLASS) {
            return Map.of();
        }
        Set<String> provinces = filter.get(Dimension.PROVINCE);
        List<CompletenessService.SchoolRow> schools = completeness.completeness(
                provinces.size() == 1 ? provinces.iterator().next() : null, year.getStartDate(), end).schools();
        Map<String, Long> districts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT code, district_id FROM school").getResultList()) {
            Object[] r = (Object[]) row;
            districts.put(r[0].toString(), ((Number) r[1]).longValue());
        }
        Map<Object, long[]> byUnit = new HashMap<>();
        for (CompletenessService.SchoolRow s : schools) {
            Long district = districts.get(s.schoolCode());
            if ((!provinces.isEmpty() && !provinces.contains(s.provinceCode()))
                    || (!filter.get(Dimension.DISTRICT).isEmpty() && !filter.get(Dimension.DISTRICT).contains(String.valueOf(district)))
                    || (!filter.get(Dimension.SCHOOL).isEmpty() && !filter.get(Dimension.SCHOOL).contains(s.schoolCode()))) {
                continue;
            }
            Object unit = switch (level) {
                case PROVINCE -> s.provinceCode();
                case DISTRICT -> district;
                default -> s.schoolCode();
            };
            long[] c = byUnit.computeIfAbsent(unit, k -> new long[2]);
            c[0] += s.expected();
            c[1] += s.marked();
        }
        return byUnit;
    }

    private ReportSection flow(List<FlowReport.Row> years, ULocale locale) {
        List<ReportTable.Row> table = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> promotion = new ArrayList<>();
        List<Double> repetition = new ArrayList<>();
        List<Double> dropout = new ArrayList<>();
        List<Double> completion = new ArrayList<>();
        for (FlowReport.Row r : years) {
            String year = (String) r.group().get(Dimension.YEAR);
            table.add(new ReportTable.Row(java.util.Arrays.asList(year, r.pupils(), r.promotionRate(), r.repetitionRate(),
                    r.dropoutRate(), r.completionRate(), r.finalGrade(), r.open()), 0, year));
            labels.add(year);
            promotion.add(r.promotionRate());
            repetition.add(r.repetitionRate());
            dropout.add(r.dropoutRate());
            completion.add(r.completionRate());
        }
        List<Column> columns = List.of(
                new Column("year", Messages.format(locale, "reports.column.year"), Kind.TEXT),
                new Column("pupils", Messages.format(locale, "reports.column.pupils"), Kind.COUNT),
                new Column("promotionRate", Messages.format(locale, "reports.column.promotionRate"), Kind.SHARE),
                new Column("repetitionRate", Messages.format(locale, "reports.column.repetitionRate"), Kind.SHARE),
                new Column("dropoutRate", Messages.format(locale, "reports.column.dropoutRate"), Kind.SHARE),
                new Column("completionRate", Messages.format(locale, "reports.column.completionRate"), Kind.SHARE),
                new Column("finalGrade", Messages.format(locale, "reports.column.finalGrade"), Kind.COUNT),
                new Column("open", Messages.format(locale, "reports.column.open"), Kind.COUNT));
        String title = Messages.format(locale, "reports.dashboard.flow");
        ReportChart chart = new ReportChart(ReportChart.Type.LINE, title, labels, List.of(
                new ReportChart.Series(Messages.format(locale, "reports.column.promotionRate"), promotion),
                new ReportChart.Series(Messages.format(locale, "reports.column.repetitionRate"), repetition),
                new ReportChart.Series(Messages.format(locale, "reports.column.dropoutRate"), dropout),
                new ReportChart.Series(Messages.format(locale, "reports.column.completionRate"), completion)));
        return new ReportSection("flow", new ReportTable(title, columns, table), chart,
                Messages.format(locale, "reports.dashboard.flowNote"));
    }

    /**
     * Reading (oral reading fluency) or mathematics (every mathematics subtask) per sitting, subtask and language:
     * the pupils assessed, the share meeting the benchmark and the share of zero scores, girls and boys together.
     */
    private ReportSection achievement(List<AchievementReport.Row> results, Area area, ULocale locale) {
        // Sittings in the order they were set up, then languages and subtasks.
        Map<List<Object>, long[]> cells = new TreeMap<>(Comparator.comparingLong((List<Object> k) -> ((Number) k.get(0)).longValue())
                .thenComparing(k -> k.get(2).toString()).thenComparingLong(k -> ((Number) k.get(1)).longValue()));
        for (AchievementReport.Row r : results) {
            Skill skill = Skill.valueOf((String) r.group().get(Dimension.SKILL));
            if (skill.area() != area || (area == Area.READING && skill != Skill.ORAL_READING_FLUENCY)) {
                continue;
            }
            List<Object> key = List.of(r.group().get(Dimension.SITTING), r.group().get(Dimension.SUBTASK),
                    r.group().get(Dimension.LANGUAGE), skill.name());
            // Pupils assessed, of them with a benchmark, meeting it, with a zero score: girls and boys added up.
            long[] c = cells.computeIfAbsent(key, k -> new long[4]);
            c[0] += r.pupils();
            c[1] += r.banded();
            c[2] += r.meeting();
            c[3] += r.zeroScores();
        }
        Map<Object, String> sittings = names.of(Dimension.SITTING,
                cells.keySet().stream().map(k -> k.get(0)).toList(), locale);
        List<ReportTable.Row> table = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> meeting = new ArrayList<>();
        List<Double> zero = new ArrayList<>();
        cells.forEach((key, c) -> {
            String language = names.name(Dimension.LANGUAGE, key.get(2), locale);
            String skill = names.name(Dimension.SKILL, key.get(3), locale);
            Double meetingShare = share(c[2], c[1]);
            Double zeroShare = share(c[3], c[0]);
            table.add(new ReportTable.Row(java.util.Arrays.asList(sittings.getOrDefault(key.get(0), key.get(0).toString()),
                    language, skill, c[0], meetingShare, zeroShare), 0, key.get(0).toString()));
            labels.add(sittings.getOrDefault(key.get(0), "") + " · " + language
                    + (area == Area.MATHEMATICS ? " · " + skill : ""));
            meeting.add(meetingShare);
            zero.add(zeroShare);
        });
        String id = area == Area.READING ? "reading" : "mathematics";
        List<Column> columns = List.of(
                new Column("sitting", Messages.format(locale, "reports.column.sitting"), Kind.TEXT),
                new Column("language", Messages.format(locale, "reports.column.language"), Kind.TEXT),
                new Column("skill", Messages.format(locale, "reports.column.skill"), Kind.TEXT),
                new Column("assessed", Messages.format(locale, "reports.column.assessed"), Kind.COUNT),
                new Column("meeting", Messages.format(locale, "reports.column.meeting"), Kind.SHARE),
                new Column("zero", Messages.format(locale, "reports.column.zero"), Kind.SHARE));
        String title = Messages.format(locale, "reports.dashboard." + id);
        ReportChart chart = new ReportChart(ReportChart.Type.BAR, title, labels, List.of(
                new ReportChart.Series(Messages.format(locale, "reports.column.meeting"), meeting),
                new ReportChart.Series(Messages.format(locale, "reports.column.zero"), zero)));
        return new ReportSection(id, new ReportTable(title, columns, table), chart,
                Messages.format(locale, "reports.dashboard.achievementNote"));
    }

    /**
     * Gender parity: girls' value ÷ boys' value for attendance, promotion (the latest year whose rollover is done)
     * and reading (oral reading fluency meeting the benchmark, per language at the latest sitting).
     */
    private ReportSection parity(Units units, List<FlowReport.Row> years, ReportFilter filter,
                           List<AchievementReport.Row> results, ULocale locale) {
        List<ReportTable.Row> table = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> girls = new ArrayList<>();
        List<Double> boys = new ArrayList<>();
        java.util.function.BiConsumer<String, Object[]> add = (label, f) -> {
            table.add(new ReportTable.Row(java.util.Arrays.asList(label, f[0], f[1], f[2], f[3],
                    parity((Double) f[0], (Double) f[2])), 0, null));
            labels.add(label);
            girls.add((Double) f[0]);
            boys.add((Double) f[2]);
        };
        add.accept(Messages.format(locale, "reports.column.attendanceRate"), new Object[]{
                share(units.girls[2], units.girls[1]), units.girls[0], share(units.boys[2], units.boys[1]), units.boys[0]});
        FlowReport.Row closed = years.stream().filter(r -> r.open() != null && r.open() == 0)
                .reduce((a, b) -> b).orElse(null);
        if (closed != null) {
            String year = (String) closed.group().get(Dimension.YEAR);
            Map<Object, FlowReport.Row> bySex = new HashMap<>();
            flow.run(year, List.of(Dimension.SEX.apiName()), filter).rows()
                    .forEach(r -> bySex.put(r.group().get(Dimension.SEX), r));
            FlowReport.Row g = bySex.get("F");
            FlowReport.Row b = bySex.get("M");
            add.accept(Messages.format(locale, "reports.parity.promotion", Map.of("year", year)), new Object[]{
                    g == null ? null : g.promotionRate(), g == null ? 0L : g.pupils(),
                    b == null ? null : b.promotionRate(), b == null ? 0L : b.pupils()});
        }
        Object latest = results.stream().filter(r -> Skill.ORAL_READING_FLUENCY.name().equals(r.group().get(Dimension.SKILL)))
                .map(r -> r.group().get(Dimension.SITTING)).max(Comparator.comparingLong(s -> ((Number) s).longValue()))
                .orElse(null);
        if (latest != null) {
            Map<Object, Object[]> byLanguage = new TreeMap<>(Comparator.comparing(Object::toString));
            for (AchievementReport.Row r : results) {
                if (!latest.equals(r.group().get(Dimension.SITTING))
                        || !Skill.ORAL_READING_FLUENCY.name().equals(r.group().get(Dimension.SKILL))) {
                    continue;
                }
                Object[] f = byLanguage.computeIfAbsent(r.group().get(Dimension.LANGUAGE), k -> new Object[]{null, 0L, null, 0L});
                int at = "F".equals(r.group().get(Dimension.SEX)) ? 0 : 2;
                f[at] = r.shareMeetingBenchmark();
                f[at + 1] = r.pupils();
            }
            String sitting = names.of(Dimension.SITTING, List.of(latest), locale).getOrDefault(latest, "");
            byLanguage.forEach((language, f) -> add.accept(Messages.format(locale, "reports.parity.reading",
                    Map.of("language", names.name(Dimension.LANGUAGE, language, locale), "sitting", sitting)), f));
        }
        List<Column> columns = List.of(
                new Column("indicator", Messages.format(locale, "reports.column.indicator"), Kind.TEXT),
                new Column("girls", Messages.format(locale, "reports.column.girls"), Kind.SHARE),
                new Column("girlsPupils", Messages.format(locale, "reports.column.girlsPupils"), Kind.COUNT),
                new Column("boys", Messages.format(locale, "reports.column.boys"), Kind.SHARE),
                new Column("boysPupils", Messages.format(locale, "reports.column.boysPupils"), Kind.COUNT),
                new Column("gpi", Messages.format(locale, "reports.column.gpi"), Kind.INDEX));
        String title = Messages.format(locale, "reports.dashboard.parity");
        ReportChart chart = new ReportChart(ReportChart.Type.BAR, title, labels, List.of(
                new ReportChart.Series(Messages.format(locale, "reports.column.girls"), girls),
                new ReportChart.Series(Messages.format(locale, "reports.column.boys"), boys)));
        return new ReportSection("parity", new ReportTable(title, columns, table), chart,
                Messages.format(locale, "reports.dashboard.parityNote"));
    }

    /** The gender parity index: the girls' value ÷ the boys' value (DESIGN.md); null without both. */
    public static Double parity(Double girls, Double boys) {
        return girls == null || boys == null || boys == 0 ? null : girls / boys;
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static void add(long[] into, long[] figures) {
        for (int i = 0; i < into.length; i++) {
            into[i] += figures[i];
        }
    }

    /** Units by name in the reader's collation (codes and ids are not what a reader sorts by). */
    private static List<Object> sorted(Set<Object> units, Map<Object, String> unitNames, ULocale locale) {
        Collator collator = TextKeys.collator(locale);
        List<Object> list = new ArrayList<>(units);
        list.sort(Comparator.comparing((Object u) -> unitNames.getOrDefault(u, Objects.toString(u)), collator::compare));
        return list;
    }
}
