package vn.mtbbe.attendance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import vn.mtbbe.attendance.service.AttendanceImport;
import vn.mtbbe.attendance.service.ImportTemplates;
import vn.mtbbe.platform.api.RequestLocale;
import vn.mtbbe.platform.imports.Uploads;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** Attendance imported from spreadsheets (CSV or XLSX), and the template to fill in. */
@Path("attendance/imports")
@RequestScoped
@Tag(name = "attendance")
public class AttendanceImportResource {

    @Schema(name = "AttendanceImportResult", description = "What an attendance import did; alreadyImported: the same "
            + "file was imported before (by importedBy at importedAt) and nothing changed")
    public record ImportView(int rows, int classDays, int marks, int changed, boolean alreadyImported, Instant importedAt,
                             String importedBy) {
        static ImportView of(AttendanceImport.Result r) {
            return r.earlier() == null ? new ImportView(r.rows(), r.classDays(), r.marks(), r.changedMarks(), false, null, null)
                    : new ImportView(r.rows(), 0, 0, 0, true, r.earlier().at(), r.earlier().username());
        }
    }

    static final String XLSX = Uploads.XLSX;

    @Inject
    AttendanceImport imports;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importAttendance", summary = "Import attendance marks (officer, own provinces) from a CSV "
            + "or XLSX file sent as the body or as the form field file; "
            + "columns as in the template. Checked whole first; written in one transaction; the same file again changes nothing")
    @APIResponse(responseCode = "200", description = "What the import did")
    @APIResponse(responseCode = "400", description = "Not a CSV or XLSX file, or a form without the field file")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit (20 MB by default); nothing read")
    @APIResponse(responseCode = "422", description = "Every bad row: errors[].field is rows[<row>].<column>; nothing written")
    public ImportView importBody(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        return run(length, body);
    }

    /** The same import, the file sent as the form field {@code file}: in the OpenAPI document, importAttendance's. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportView importForm(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, List<EntityPart> parts) {
        currentUser.require(Role.OFFICER);
        return run(null, Uploads.formFile(length, parts, imports.maxBytes()));
    }

    @GET
    @Path("template")
    @Operation(operationId = "getAttendanceImportTemplate", summary = "The file to fill in (officer): the columns named "
            + "in the caller's language; XLSX adds a sheet listing the marks and reasons")
    @APIResponse(responseCode = "200", description = "A CSV file (format=csv, the default) or an XLSX workbook",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A format other than csv or xlsx")
    public Response template(@QueryParam("format") @Parameter(description = "csv (default) or xlsx") String format) {
        currentUser.require(Role.OFFICER);
        return Uploads.template(ImportTemplates.TEMPLATE, format, RequestLocale.of(headers), "attendance-template");
    }

    /** Stores the upload (never more than the limit) and imports it. */
    private ImportView run(Long length, InputStream body) {
        currentUser.require(Role.OFFICER);
        return Uploads.stored(length, body, imports.maxBytes(),
                file -> ImportView.of(imports.importFile(file, RequestLocale.of(headers))));
    }
}
