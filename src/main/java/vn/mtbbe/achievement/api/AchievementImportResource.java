package vn.mtbbe.achievement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.achievement.service.AchievementImport;
import vn.mtbbe.achievement.service.AchievementTemplates;
import vn.mtbbe.platform.api.RequestLocale;
import vn.mtbbe.platform.imports.Uploads;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** Assessment results imported from spreadsheets (CSV or XLSX), and the template to fill in. */
@Path("achievement/imports")
@RequestScoped
@Tag(name = "achievement")
public class AchievementImportResource {

    /** What an import did. */
    @Schema(name = "AchievementImportResult", description = "What a results import did; alreadyImported: the same "
            + "file was imported before (by importedBy at importedAt) and nothing changed")
    public record ImportView(int rows, int blank, int classes, int changed, boolean alreadyImported, Instant importedAt,
                             String importedBy) {
        static ImportView of(AchievementImport.Result r) {
            return r.earlier() == null ? new ImportView(r.rows(), r.blank(), r.classes(), r.changed(), false, null, null)
                    : new ImportView(r.rows(), 0, 0, 0, true, r.earlier().at(), r.earlier().username());
        }
    }

    @Inject
    AchievementImport imports;

    @Inject
    AchievementTemplates templates;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importAchievement", summary = "Import assessment results (officer, own provinces) from a "
            + "CSV or XLSX file sent as the body or as the form field file; columns as in the template: sitting, "
            + "classId (or school and class), "
            + "pupil, subtask, score, seconds, absent. Checked whole first: each row, then each class's results of a "
            + "sitting with the file's results in place of the stored ones, as a save checks them. Written in one "
            + "transaction, audited; a row without score, seconds or absent changes nothing; the same file again "
            + "changes nothing")
    @APIResponse(responseCode = "200", description = "What the import did")
    @APIResponse(responseCode = "400", description = "Not a CSV or XLSX file, or a form without the field file")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit (20 MB by default); nothing read")
    @APIResponse(responseCode = "422", description = "Every problem: errors[].field is rows[<row>].<column> (a score "
            + "above the item count, absent with a score, a pupil not in the class, a class of another province, …); "
            + "nothing written")
    public ImportView importBody(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        return run(length, body);
    }

    /** The same import, the file sent as the form field {@code file}: in the OpenAPI document, importAchievement's. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportView importForm(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, List<EntityPart> parts) {
        currentUser.require(Role.OFFICER);
        return run(null, Uploads.formFile(length, parts, imports.maxBytes()));
    }

    @GET
    @Path("template")
    @Operation(operationId = "getAchievementImportTemplate", summary = "The results file to fill in (officer): the "
            + "columns named in the caller's language. With a sitting, XLSX adds a sheet naming each subtask id; with a "
            + "class of it too, one row per pupil and subtask (results already entered filled in)")
    @APIResponse(responseCode = "200", description = "A CSV file (format=csv, the default) or an XLSX workbook",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A class without a sitting, or a format other than csv or xlsx")
    @APIResponse(responseCode = "404", description = "Unknown sitting, or a class outside the caller's provinces or not "
            + "taking part")
    public Response template(@QueryParam("sitting") @Parameter(description = "sitting id") Long sitting,
                             @QueryParam("class") @Parameter(description = "class id (needs a sitting)") Long classId,
                             @QueryParam("format") @Parameter(description = "csv (default) or xlsx") String format) {
        currentUser.require(Role.OFFICER);
        String name = sitting == null ? "achievement-template"
                : "achievement-" + sitting + (classId == null ? "" : "-" + classId);
        return Uploads.template(templates.template(sitting, classId, RequestLocale.of(headers)), format,
                RequestLocale.of(headers), name);
    }

    /** Stores the upload (never more than the limit) and imports it. */
    private ImportView run(Long length, InputStream body) {
        currentUser.require(Role.OFFICER);
        return Uploads.stored(length, body, imports.maxBytes(),
                file -> ImportView.of(imports.importFile(file, RequestLocale.of(headers))));
    }
}
