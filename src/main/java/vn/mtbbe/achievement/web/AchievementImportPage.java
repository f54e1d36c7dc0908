package vn.mtbbe.achievement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.mtbbe.achievement.service.AchievementImport;
import vn.mtbbe.achievement.service.AchievementTemplates;
import vn.mtbbe.achievement.service.SittingService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.ImportRun;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.security.CurrentUser;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /achievement/import.xhtml?sitting=&class=}: an officer downloads the results template in their language
 * (for a sitting and class of theirs, one row per pupil and subtask), fills in the scores and uploads it; the upload
 * shows its progress, and the page answers with what was written, that the file was imported before, or every bad
 * row with its column and reason, nothing written.
 */
@Named
@ViewScoped
public class AchievementImportPage implements Serializable {

    /** A choice of the sitting or class boxes, marked when it is the one chosen. */
    public record Option(String value, String label, boolean selected) implements Serializable {
    }

    @Inject
    AchievementImport imports;

    @Inject
    AchievementTemplates templates;

    @Inject
    SittingService sittings;

    @Inject
    UserLocale userLocale;

    @Inject
    PageMessages msg;

    @Inject
    PageFeedback feedback;

    @Inject
    Formats formats;

    @Inject
    ImportProgress progress;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    /** Names this page's imports for the progress bar (ImportProgressServlet). */
    private final String jobId = java.util.UUID.randomUUID().toString();

    private final ImportRun run = new ImportRun();
    private Long sitting;
    private Long classId;
    private String sittingName;
    private String className;
    private List<Option> sittingOptions = List.of();
    private List<Option> classOptions = List.of();

    /** The sittings of the running school year with a class of the officer's, and the classes of the one chosen. */
    public void load() {
        sittingOptions = sittings.list(SchoolYear.codeStarting(today.schoolYearStart())).stream()
                .map(s -> new Option(String.valueOf(s.getId()), s.getName(), s.getId().equals(sitting))).toList();
        if (sitting == null) {
            classId = null;
            return;
        }
        try {
            sittingName = sittings.get(sitting).getName();
            classOptions = sittings.classes(sitting).stream().map(c -> new Option(String.valueOf(c.schoolClass().getId()),
                    msg.format("import.achievement.classOption", c.schoolClass().getSchool().getCode(),
                            c.schoolClass().getName()), c.schoolClass().getId().equals(classId))).toList();
            className = classOptions.stream().filter(Option::selected).map(Option::label).findFirst().orElse(null);
            if (className == null) {
                classId = null;
            }
        } catch (AppException e) {
            feedback.error(e);
            sitting = null;
            classId = null;
        }
    }

    /** The uploaded file, imported as a whole. */
    public void upload(FileUploadEvent event) {
        run.run(event.getFile(), file -> {
            ImportProgress.Reporter reporter = progress.start(jobId, currentUser.requireSignedIn().getUsername());
            AchievementImport.Result result;
            try {
                result = imports.importFile(file, userLocale.current(), reporter);
            } finally {
                reporter.report(ImportProgress.Phase.DONE, 0, 0);
            }
            return result.earlier() != null
                    ? msg.format("import.page.earlier", formats.dateTime(result.earlier().at()), result.earlier().username())
                    : msg.formatNamed("import.achievement.done", Map.of("rows", result.rows(), "blank", result.blank(),
                    "classes", result.classes(), "changed", result.changed()));
        }, column -> "import.achievement.column." + column, msg, feedback);
    }

    /** Sends the template (csv or xlsx) for the sitting and class chosen, if any, as a download. */
    public void template(String format) throws IOException {
        try {
            ImportRun.download(templates.template(sitting, classId, userLocale.current()), format, userLocale.current(),
                    sitting == null ? "achievement-template" : "achievement-" + sitting + (classId == null ? "" : "-" + classId));
        } catch (AppException e) {
            feedback.error(e);
        }
    }

    public ImportRun getRun() {
        return run;
    }

    public String getJobId() {
        return jobId;
    }

    public long getMaxBytes() {
        return imports.maxBytes();
    }

    public long getMaxMegabytes() {
        return imports.maxBytes() / (1024 * 1024);
    }

    public Long getSitting() {
        return sitting;
    }

    public void setSitting(Long sitting) {
        this.sitting = sitting;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getSittingName() {
        return sittingName;
    }

    public String getClassName() {
        return className;
    }

    public List<Option> getSittingOptions() {
        return sittingOptions;
    }

    public List<Option> getClassOptions() {
        return classOptions;
    }

    public boolean isForClass() {
        return sitting != null && classId != null;
    }
}
