package vn.mtbbe.reports.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.reports.domain.ReportShare;
import vn.mtbbe.reports.service.ShareService;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Share links of the delegation report (API v1.1): issued and revoked by ministry staff. */
@Path("reports/shares")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ShareResource {

    /** What a POST asks: the report, its filters, the last day the link opens, its language and for whom. */
    @Schema(name = "ShareInput", example = """
            {"report": "delegation", "filters": {"year": "2026-2027"}, "expires": "2026-12-31", "locale": "zh",
             "label": "Phái đoàn Bộ Giáo dục Quảng Tây"}""")
    public record ShareInput(String report, Map<String, String> filters, String expires, String locale, String label) {
    }

    @JsonbNillable(false)
    @Schema(name = "Share", description = "A share link: url only in the answer that issued it (only a hash of its "
            + "secret is kept); revoked once revoked")
    public record ShareView(long id, String report, Map<String, String> filters, String locale, String label,
                            Instant expires, Instant created, String createdBy, Instant revoked, String url) {

        static ShareView of(ReportShare s, String url) {
            return new ShareView(s.getId(), s.getReport(), ShareService.filters(s.getFilters()), s.getLocale(),
                    s.getLabel(), s.getExpiresAt(), s.getCreatedAt(), s.getCreatedBy(), s.getRevokedAt(), url);
        }
    }

    @Schema(name = "ShareList")
    public record ShareList(List<ShareView> items) {
    }

    @Inject
    ShareService shares;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReportShare", summary = "A link to the delegation report that a guest opens without "
            + "an account until the end of its last day (expires, at most a year ahead), in its language (locale: vi, "
            + "en, zh, ms), with the report's filters (e.g. year, province). The url is given once: only a hash of "
            + "its secret is kept (ministry staff)")
    @APIResponse(responseCode = "201", description = "Issued; Location and url give the link, this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareView.class)))
    @APIResponse(responseCode = "422", description = "An unknown report, a past or too distant expiry, an unknown locale")
    public Response create(ShareInput input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        LocalDate lastDay;
        try {
            lastDay = input.expires() == null || input.expires().isBlank() ? null
                    : LocalDate.parse(input.expires().strip().length() > 10 ? input.expires().strip().substring(0, 10)
                    : input.expires().strip());
        } catch (DateTimeParseException e) {
            lastDay = null;
        }
        ShareService.Issued issued = shares.issue(input.report(), input.filters(), input.locale(), input.label(), lastDay);
        String url = link(uriInfo, issued);
        return Response.created(URI.create(url)).entity(ShareView.of(issued.share(), url)).build();
    }

    @GET
    @Operation(operationId = "listReportShares", summary = "The share links issued, newest first, with their state "
            + "(never their secret) (ministry staff)")
    @APIResponse(responseCode = "200", description = "The share links")
    public ShareList list() {
        return new ShareList(shares.list().stream().map(s -> ShareView.of(s, null)).toList());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeReportShare", summary = "Revoke a share link: it opens nothing from now on "
            + "(ministry staff)")
    @APIResponse(responseCode = "204", description = "Revoked (also when it was already)")
    @APIResponse(responseCode = "404", description = "No such share link")
    public Response revoke(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.share", id);
        }
        shares.revoke(number);
        return Response.noContent().build();
    }

    /** The page a link opens: the application's address, the shared report page, the secret and the language. */
    static String link(UriInfo uriInfo, ShareService.Issued issued) {
        String base = uriInfo.getBaseUri().toString().replaceFirst("api/?$", "");
        return link(base, issued);
    }

    public static String link(String base, ShareService.Issued issued) {
        return base + (base.endsWith("/") ? "" : "/") + "reports/shared.xhtml?token=" + issued.token() + "&lang="
                + URLEncoder.encode(issued.share().getLocale(), StandardCharsets.UTF_8);
    }
}
