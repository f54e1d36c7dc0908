package vn.mtbbe.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.primefaces.model.file.UploadedFile;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.imports.ImportTemplate;
import vn.mtbbe.platform.imports.Uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page half of every import, kept in the page's view scope: an uploaded file stored in a temporary file, handed to
 * the import, and its outcome as the page shows it: a summary of what was written, or every problem of the file at its
 * row and column (named in the reader's language), nothing written; and the template as a download.
 */
public final class ImportRun implements Serializable {

    /** A problem of the file as the page lists it. */
    public record Problem(String row, String column, String message) implements Serializable {
    }

    private static final Pattern FIELD = Pattern.compile("rows\\[(\\d+)](?:\\.(\\w+))?");

    private String fileName;
    private String summary;
    private List<Problem> problems = List.of();
    private int problemCount;
    private boolean refused;

    /**
     * Imports {@code upload} with {@code work} (which answers the summary to show); a refusal lists the file's problems
     * with columns named by {@code headerKey}.
     */
    public void run(UploadedFile upload, Function<Path, String> work, Function<String, String> headerKey, PageMessages msg,
                    PageFeedback feedback) {
        summary = null;
        problems = List.of();
        problemCount = 0;
        refused = false;
        fileName = upload.getFileName();
        Path file = null;
        try {
            file = Files.createTempFile("mtbbe-import", ".upload");
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            summary = work.apply(file);
        } catch (ValidationException e) {
            List<Problem> list = new ArrayList<>();
            for (FieldError error : e.fieldErrors()) {
                Matcher m = FIELD.matcher(error.field());
                boolean atRow = m.lookingAt();
                String row = atRow ? m.group(1) : "";
                String column = atRow && m.group(2) != null ? msg.get(headerKey.apply(m.group(2))) : "";
                list.add(new Problem(row, column, msg.formatNamed(error.messageKey(), error.args())));
            }
            problems = list;
            problemCount = e.fieldErrors().size();
            refused = true;
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

    /** Sends {@code template} (csv or xlsx) in the reader's language as a download. */
    public static void download(ImportTemplate template, String format, com.ibm.icu.util.ULocale locale, String baseName)
            throws IOException {
        boolean xlsx = "xlsx".equals(format);
        byte[] content = xlsx ? template.xlsx(locale) : template.csv(locale);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(xlsx ? Uploads.XLSX : "text/csv; charset=UTF-8");
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + baseName + (xlsx ? ".xlsx" : ".csv") + "\"");
        external.getResponseOutputStream().write(content);
        faces.responseComplete();
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

    public boolean isRefused() {
        return refused;
    }
}
