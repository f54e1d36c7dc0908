package vn.mtbbe.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.mtbbe.attendance.service.AttendanceImport;
import vn.mtbbe.attendance.service.ImportTemplates;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.ImportRun;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;

import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /attendance/import.xhtml}: an officer downloads the template in their language, fills it in (or exports
 * their register to it) and uploads it; the upload shows its progress, and the page answers with what was written,
 * that the file was imported before, or every bad row with its column and reason, nothing written.
 */
@Named
@ViewScoped
public class AttendanceImportPage implements Serializable {

    @Inject
    AttendanceImport imports;

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
    vn.mtbbe.security.CurrentUser currentUser;

    /** Names this page's imports for the progress bar (ImportProgressServlet). */
    private final String jobId = java.util.UUID.randomUUID().toString();

    private final ImportRun run = new ImportRun();

    /** The uploaded file, imported as a whole. */
    public void upload(FileUploadEvent event) {
        run.run(event.getFile(), file -> {
            ImportProgress.Reporter reporter = progress.start(jobId, currentUser.requireSignedIn().getUsername());
            AttendanceImport.Result result;
            try {
                result = imports.importFile(file, userLocale.current(), reporter);
            } finally {
                reporter.report(ImportProgress.Phase.DONE, 0, 0);
            }
            return result.earlier() != null
                    ? msg.format("import.page.earlier", formats.dateTime(result.earlier().at()), result.earlier().username())
                    : msg.formatNamed("import.page.done", java.util.Map.of("rows", result.rows(), "days", result.classDays(),
                    "changed", result.changedMarks()));
        }, column -> "import.attendance.column." + column, msg, feedback);
    }

    /** Sends the template (csv or xlsx) as a download. */
    public void template(String format) throws IOException {
        ImportRun.download(ImportTemplates.TEMPLATE, format, userLocale.current(), "attendance-template");
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

}
