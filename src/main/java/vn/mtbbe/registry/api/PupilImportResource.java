package vn.mtbbe.registry.api;

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
import vn.mtbbe.platform.api.RequestLocale;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.platform.imports.Uploads;
import vn.mtbbe.registry.service.PupilImport;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** Class lists of the running school year imported from spreadsheets (CSV or XLSX), and the template to fill in. */
@Path("pupils/imports")
@RequestScoped
@Tag(name = "registry")
public class PupilImportResource {

    /** What an import did. */
    @Schema(name = "PupilImportResult", description = "What a class-list import did; alreadyImported: the same file "
            + "was imported before (by importedBy at importedAt) and nothing changed")
    public record ImportView(int rows, int enrolled, int unchanged, boolean alreadyImported, Instant importedAt,
                             String importedBy) {
        static ImportView of(PupilImport.Result r) {
            return r.earlier() == null ? new ImportView(r.rows(), r.enrolled(), r.unchanged(), false, null, null)
                    : new ImportView(r.rows(), 0, 0, true, r.earlier().at(), r.earlier().username());
        }
    }

    @Inject
    PupilImport imports;

    @Inject
    CurrentUser currentUser;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPupils", summary = "Import class lists (officer, own provinces) from a CSV or XLSX "
            + "file sent as the body; columns as in the template. Checked whole first (bad rows and possible duplicates); "
            + "written in one transaction; a row whose code names a child already in the class changes nothing")
    @APIResponse(responseCode = "200", description = "What the import did")
    @APIResponse(responseCode = "400", description = "Not a CSV or XLSX file, or a form without the field file")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit; nothing read")
    @APIResponse(responseCode = "422", description = "Every bad row and possible duplicate: errors[].field is "
            + "rows[<row>].<column>; nothing written")
    public ImportView importBody(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                                 @QueryParam("school") @Parameter(description = "the school of a file without a school column") String school,
                                 @QueryParam("acceptDuplicates") @Parameter(description = "enrol the possible duplicates "
                                         + "reported before, after checking them") boolean acceptDuplicates,
                                 InputStream body) {
        return run(length, body, school, acceptDuplicates);
    }

    /** The same import, the file sent as the form field {@code file}: in the OpenAPI document, importPupils's. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportView importForm(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, @QueryParam("school") String school,
                                 @QueryParam("acceptDuplicates") boolean acceptDuplicates, List<EntityPart> parts) {
        currentUser.require(Role.OFFICER);
        return run(null, Uploads.formFile(length, parts, imports.maxBytes()), school, acceptDuplicates);
    }

    @GET
    @Path("template")
    @Operation(operationId = "getPupilImportTemplate", summary = "The class-list file to fill in (officer): the columns "
            + "named in the caller's language; XLSX adds a sheet of the codes of sex, ethnic groups and languages")
    @APIResponse(responseCode = "200", description = "A CSV file (format=csv, the default) or an XLSX workbook",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A format other than csv or xlsx")
    public Response template(@QueryParam("format") @Parameter(description = "csv (default) or xlsx") String format) {
        currentUser.require(Role.OFFICER);
        return Uploads.template(imports.template(), format, RequestLocale.of(headers), "pupils-template");
    }

    private ImportView run(Long length, InputStream body, String school, boolean acceptDuplicates) {
        currentUser.require(Role.OFFICER);
        return Uploads.stored(length, body, imports.maxBytes(), file -> ImportView.of(imports.importFile(file, school,
                acceptDuplicates, RequestLocale.of(headers), ImportProgress.Reporter.NONE)));
    }
}
