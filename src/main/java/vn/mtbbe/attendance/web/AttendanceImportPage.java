package vn.mtbbe.attendance.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.mtbbe.attendance.service.AttendanceImport;
import vn.mtbbe.attendance.service.ImportTemplates;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /attendance/import.xhtml}: an officer downloads the template in their language, fills it in (or exports
 * their register to it) and uploads it; the upload shows its progress, and the page answers with what was written,
 * that the file was imported before, or every bad row with its column and reason, nothing written.
 */
@Named
@ViewScoped
public class AttendanceImportPage implements Serializable {

    /** A problem of the file as the page lists it. */
    public record Problem(String row, String column, String message) implements Serializable {
    }

    private static final Pattern FIELD = Pattern.compile("rows\\[(\\d+)](?:\\.(\\w+))?");

    @Inject
    AttendanceImport imports;

    @Inject
    ImportTemplates templates;

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

    private String fileName;
    private String summary;
    private List<Problem> problems = List.of();
    private int problemCount;

    /** The uploaded file, imported as a whole. */
    public void upload(FileUploadEvent event) {
        summary = null;
        problems = List.of();
        fileName = event.getFile().getFileName();
        Path file = null;
        try {
            file = Files.createTempFile("mtbbe-import", ".upload");
            try (InputStream in = event.getFile().getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportProgress.Reporter reporter = progress.start(jobId, currentUser.requireSignedIn().getUsername());
            AttendanceImport.Result result;
            try {
                result = imports.importFile(file, userLocale.current(), reporter);
            } finally {
                reporter.report(ImportProgress.Phase.DONE, 0, 0);
            }
            summary = result.earlier() != null
                    ? msg.format("import.page.earlier", formats.dateTime(result.earlier().at()), result.earlier().username())
                    : msg.formatNamed("import.page.done", java.util.Map.of("rows", result.rows(), "days", result.classDays(),
                    "changed", result.changedMarks()));
        } catch (ValidationException e) {
            List<Problem> list = new ArrayList<>();
            for (FieldError error : e.fieldErrors()) {
                Matcher m = FIELD.matcher(error.field());
                boolean atRow = m.lookingAt();
                String row = atRow ? m.group(1) : "";
                String column = atRow && m.group(2) != null ? columnLabel(m.group(2)) : "";
                list.add(new Problem(row, column, msg.formatNamed(error.messageKey(), error.args())));
            }
            problems = list;
            problemCount = e.fieldErrors().size();
            feedback.error("import.page.refused");
        } catch (AppException e) {
            feedback.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    private String columnLabel(String column) {
        return column == null ? "" : msg.get("import.attendance.column." + column);
    }

    /** Sends the template (csv or xlsx) as a download. */
    public void template(String format) throws IOException {
        boolean xlsx = "xlsx".equals(format);
        byte[] content = xlsx ? templates.xlsx(userLocale.current()) : templates.csv(userLocale.current());
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8");
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"attendance-template" + (xlsx ? ".xlsx" : ".csv") + "\"");
        external.getResponseOutputStream().write(content);
        faces.responseComplete();
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

    public String getFileName() {
        return fileName;
    }

    public String getSummary() {
        return summary;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public int getProblemCount() {
        return problemCount;
    }
}
