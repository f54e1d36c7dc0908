package vn.mtbbe.platform.imports;

import com.ibm.icu.util.ULocale;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import vn.mtbbe.platform.error.AppException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The API side of every import: an upload (the request body, or the form field {@code file}) stored in a temporary file
 * never larger than the limit, handed to the import, and removed afterwards; and the template as a download.
 */
public final class Uploads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The form field of a multipart upload that carries the file. */
    public static final String FORM_FIELD = "file";

    private Uploads() {
    }

    /**
     * Stores {@code body} and runs {@code work} on the file. A declared length over the limit is refused before anything
     * is read, so a client that asked to continue (Expect: 100-continue) never sends the file.
     */
    public static <T> T stored(Long declaredLength, InputStream body, long limit, Function<Path, T> work) {
        if (declaredLength != null && declaredLength > limit) {
            throw AppException.tooLarge(limit);
        }
        Path file = null;
        try {
            file = Files.createTempFile("mtbbe-import", ".upload");
            try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > limit) {
                        throw AppException.tooLarge(limit);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return work.apply(file);
        } catch (IOException e) {
            throw AppException.badRequest("import.error.unreadable");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system's clean-up takes it
                }
            }
        }
    }

    /** The form field {@code file} of a multipart upload (400 without one; 413 when the request is over the limit). */
    public static InputStream formFile(Long declaredLength, List<EntityPart> parts, long limit) {
        if (declaredLength != null && declaredLength > limit + 64 * 1024) {
            throw AppException.tooLarge(limit);
        }
        EntityPart file = parts == null ? null
                : parts.stream().filter(p -> FORM_FIELD.equals(p.getName())).findFirst().orElse(null);
        if (file == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        return file.getContent();
    }

    /** The template as a download: {@code format} is csv (the default) or xlsx. */
    public static Response template(ImportTemplate template, String format, ULocale locale, String baseName) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (format != null && !xlsx && !"csv".equalsIgnoreCase(format)) {
            throw AppException.badRequest("error.badRequest.parameter", "format");
        }
        byte[] content = xlsx ? template.xlsx(locale) : template.csv(locale);
        return Response.ok(content, xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + baseName + (xlsx ? ".xlsx" : ".csv") + "\"")
                .build();
    }
}
