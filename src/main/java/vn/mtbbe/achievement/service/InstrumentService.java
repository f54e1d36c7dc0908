package vn.mtbbe.achievement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.achievement.domain.Area;
import vn.mtbbe.achievement.domain.Benchmark;
import vn.mtbbe.achievement.domain.Instrument;
import vn.mtbbe.achievement.domain.Skill;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.achievement.domain.SubtaskKind;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.Language;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assessment instruments: read by officers and ministry staff, defined by ministry staff. An instrument is never
 * changed: saving one under the series of an existing one makes its next version, and results entered against the
 * older version keep pointing at that version's subtasks.
 */
@ApplicationScoped
public class InstrumentService {

    public record BenchmarkInput(String stage, BigDecimal approachingFrom, BigDecimal meetingFrom) {
    }

    public record SubtaskInput(String skill, String kind, Integer items, Integer seconds, String sample,
                               List<BenchmarkInput> benchmarks) {
    }

    /** {@code series} null or blank: a new series named after the instrument. */
    public record InstrumentInput(String series, String name, String area, String language, List<String> stages,
                                  List<SubtaskInput> subtasks) {
    }

    static final int MAX_ITEMS = 1000;
    static final int MAX_SECONDS = 600;
    static final int MAX_SERIES = 64;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    public List<Instrument> list() {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        return em.createNamedQuery("Instrument.findAll", Instrument.class).getResultList();
    }

    public Instrument get(long id) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        Instrument instrument = em.find(Instrument.class, id);
        if (instrument == null) {
            throw AppException.notFound("error.notFound.instrument", id);
        }
        return instrument;
    }

    @Transactional
    public Instrument create(InstrumentInput input) {
        AppUser caller = currentUser.require(Role.MINISTRY);
        Validation v = Validation.start();
        String name = input.name() == null ? "" : input.name().strip();
        v.check(!name.isEmpty(), "name", "validation.required");
        if (name.length() > 200) {
            v.add("name", "validation.tooLong", Map.of("max", 200));
        }
        Area area = parse(Area.class, input.area(), v, "area");
        String language = input.language() == null ? "" : input.language().strip();
        if (language.isEmpty()) {
            v.add("language", "validation.required");
        } else if (em.find(Language.class, language) == null) {
            v.add("language", "validation.achievement.language", Map.of("value", language));
        }
        Set<Stage> stages = new TreeSet<>();
        if (input.stages() == null || input.stages().isEmpty()) {
            v.add("stages", "validation.required");
        } else {
            for (int i = 0; i < input.stages().size(); i++) {
                Stage stage = parse(Stage.class, input.stages().get(i), v, "stages[" + i + "]");
                if (stage != null) {
                    stages.add(stage);
                }
            }
        }
        List<SubtaskInput> subtasks = input.subtasks() == null ? List.of() : input.subtasks();
        v.check(!subtasks.isEmpty(), "subtasks", "validation.achievement.noSubtasks");
        for (int i = 0; i < subtasks.size(); i++) {
            check(v, "subtasks[" + i + "]", subtasks.get(i), area, stages);
        }
        boolean newSeries = input.series() == null || input.series().isBlank();
        String series = series(input.series(), name);
        if (!newSeries && series.length() > MAX_SERIES) {
            v.add("series", "validation.tooLong", Map.of("max", MAX_SERIES));
        }
        v.throwIfInvalid();

        // Without a series the instrument is a new one, even when its name makes the code of an existing series.
        if (newSeries) {
            series = freeSeries(series);
        }
        Integer latest = latestVersion(series);
        Instrument instrument = new Instrument(series, latest == null ? 1 : latest + 1, name, area, language,
                List.copyOf(stages), caller.getUsername(), Instant.now());
        int position = 1;
        for (SubtaskInput s : subtasks) {
            List<Benchmark> benchmarks = new ArrayList<>();
            for (BenchmarkInput b : s.benchmarks() == null ? List.<BenchmarkInput>of() : s.benchmarks()) {
                benchmarks.add(new Benchmark(Stage.valueOf(b.stage().strip()), b.approachingFrom(), b.meetingFrom()));
            }
            SubtaskKind kind = SubtaskKind.valueOf(s.kind().strip());
            instrument.getSubtasks().add(new Subtask(instrument, position++, Skill.valueOf(s.skill().strip()), kind,
                    s.items(), kind == SubtaskKind.TIMED ? s.seconds() : null,
                    s.sample() == null || s.sample().isBlank() ? null : s.sample().strip(), benchmarks));
        }
        em.persist(instrument);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("series", series);
        after.put("version", instrument.getVersion());
        after.put("name", name);
        after.put("language", language);
        after.put("stages", instrument.getStages().toString());
        after.put("subtasks", instrument.getSubtasks().size());
        audit.record(caller.getUsername(), AuditLog.Action.CREATE, "Instrument", String.valueOf(instrument.getId()), null, after);
        return instrument;
    }

    private Integer latestVersion(String series) {
        return em.createNamedQuery("Instrument.latestVersion", Integer.class).setParameter("series", series)
                .getSingleResult();
    }

    /** {@code code} cut to the column's length, with -2, -3, … added while a series of that code exists. */
    private String freeSeries(String code) {
        String base = cut(code, MAX_SERIES);
        String candidate = base;
        for (int n = 2; latestVersion(candidate) != null; n++) {
            String suffix = "-" + n;
            candidate = cut(base, MAX_SERIES - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String cut(String code, int max) {
        return code.length() <= max ? code : code.substring(0, max).replaceAll("-+$", "");
    }

    private static void check(Validation v, String field, SubtaskInput s, Area area, Set<Stage> stages) {
        Skill skill = parse(Skill.class, s.skill(), v, field + ".skill");
        if (skill != null && area != null && skill.area() != area) {
            v.add(field + ".skill", "validation.achievement.skillArea");
        }
        SubtaskKind kind = parse(SubtaskKind.class, s.kind(), v, field + ".kind");
        if (s.items() == null) {
            v.add(field + ".items", "validation.required");
        } else if (s.items() < 1 || s.items() > MAX_ITEMS) {
            v.add(field + ".items", "validation.achievement.itemsRange", Map.of("max", MAX_ITEMS));
        }
        if (kind == SubtaskKind.TIMED) {
            if (s.seconds() == null) {
                v.add(field + ".seconds", "validation.achievement.timeLimitRequired");
            } else if (s.seconds() < 1 || s.seconds() > MAX_SECONDS) {
                v.add(field + ".seconds", "validation.achievement.timeLimitRange", Map.of("max", MAX_SECONDS));
            }
        } else if (kind != null && s.seconds() != null) {
            v.add(field + ".seconds", "validation.achievement.secondsNotTimed");
        }
        if (s.sample() != null && s.sample().length() > 1000) {
            v.add(field + ".sample", "validation.tooLong", Map.of("max", 1000));
        }
        Set<Stage> seen = new TreeSet<>();
        List<BenchmarkInput> benchmarks = s.benchmarks() == null ? List.of() : s.benchmarks();
        for (int j = 0; j < benchmarks.size(); j++) {
            BenchmarkInput b = benchmarks.get(j);
            String at = field + ".benchmarks[" + j + "]";
            Stage stage = b == null ? null : parse(Stage.class, b.stage(), v, at + ".stage");
            if (b == null) {
                v.add(at, "validation.required");
                continue;
            }
            if (stage != null && !stages.contains(stage)) {
                v.add(at + ".stage", "validation.achievement.benchmarkStage");
            } else if (stage != null && !seen.add(stage)) {
                v.add(at + ".stage", "validation.achievement.benchmarkTwice");
            }
            if (b.approachingFrom() == null || b.meetingFrom() == null) {
                v.add(at + (b.approachingFrom() == null ? ".approachingFrom" : ".meetingFrom"), "validation.required");
            } else if (b.approachingFrom().signum() < 0 || b.approachingFrom().compareTo(b.meetingFrom()) > 0
                    || b.meetingFrom().compareTo(new BigDecimal("10000")) >= 0 || b.meetingFrom().scale() > 2
                    || b.approachingFrom().scale() > 2) {
                v.add(at + ".meetingFrom", "validation.achievement.benchmarkOrder");
            } else if (kind != null && kind != SubtaskKind.TIMED && s.items() != null
                    && b.meetingFrom().compareTo(BigDecimal.valueOf(s.items())) > 0) {
                v.add(at + ".meetingFrom", "validation.achievement.benchmarkAboveItems", Map.of("max", s.items()));
            }
        }
    }

    /** The series code: the one given (upper case), or one made from the name (ASCII letters, digits and dashes). */
    static String series(String given, String name) {
        String source = given == null || given.isBlank() ? name : given;
        String ascii = Normalizer.normalize(source.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String code = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        return code.isEmpty() ? "INSTRUMENT" : code;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, Validation v, String field) {
        if (text == null || text.isBlank()) {
            v.add(field, "validation.required");
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "validation.achievement.unknownValue", Map.of("value", text));
            return null;
        }
    }
}
