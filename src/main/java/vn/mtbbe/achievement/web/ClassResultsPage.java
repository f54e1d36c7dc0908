package vn.mtbbe.achievement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.achievement.domain.Sitting;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.achievement.service.SittingService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.service.ClassService;
import vn.mtbbe.registry.service.ReferenceData;
import vn.mtbbe.reports.domain.Dimension;
import vn.mtbbe.reports.service.AchievementReport;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /achievement/class.xhtml?id=}: a class's results over the sittings of its year, subtask by subtask: how many
 * pupils were assessed and absent, the mean score (and rate), and the shares meeting the benchmark and with a zero
 * score; read from the report summary, as every report.
 */
@Named
@ViewScoped
public class ClassResultsPage implements Serializable {

    public record Line(long sitting, String sittingName, String round, String skill, String language, long pupils,
                       String absent, String meanScore, String meanPerMinute, String meeting, String zero)
            implements Serializable {
    }

    @Inject
    AchievementReport report;

    @Inject
    ClassService classes;

    @Inject
    ReferenceData reference;

    @Inject
    UserLocale userLocale;

    @Inject
    PageMessages msg;

    @Inject
    Formats formats;

    @Inject
    SittingService sittings;

    private String id;
    private long classId;
    private String className;
    private String schoolName;
    private String schoolYear;
    private String stage;
    private List<Line> lines = List.of();

    public void load() {
        try {
            classId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.class", id);
        }
        AchievementReport.Result result = report.run(null, null, classId, List.of(), vn.mtbbe.reports.domain.ReportFilter.NONE);
        SchoolClass c = classes.get(classId);
        className = c.getName();
        schoolName = c.getSchool().getName();
        schoolYear = c.getSchoolYear();
        stage = c.getStage().name();
        Map<String, String> languages = new HashMap<>();
        reference.languages(userLocale.current()).forEach(l -> languages.put(l.code(), l.name()));
        Map<Long, Sitting> read = new HashMap<>();
        lines = result.rows().stream().map(r -> {
            long sitting = (Long) r.group().get(Dimension.SITTING);
            Sitting s = read.computeIfAbsent(sitting, sittings::get);
            String language = String.valueOf(r.group().get(Dimension.LANGUAGE));
            long subtaskId = (Long) r.group().get(Dimension.SUBTASK);
            Subtask subtask = s.getInstruments().stream().flatMap(i -> i.getSubtasks().stream())
                    .filter(t -> t.getId() == subtaskId).findFirst().orElseThrow();
            return new Line(sitting, s.getName(), s.getRound().name(), subtask.getSkill().name(),
                    languages.getOrDefault(language, language), r.pupils(), formats.number(r.absent()),
                    formats.tenths(r.meanScore()), formats.tenths(r.meanPerMinute()), formats.rate(r.shareMeetingBenchmark()),
                    formats.rate(r.shareZeroScores()));
        }).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getClassId() {
        return classId;
    }

    public String getClassName() {
        return className;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getStage() {
        return stage;
    }

    public List<Line> getLines() {
        return lines;
    }
}
