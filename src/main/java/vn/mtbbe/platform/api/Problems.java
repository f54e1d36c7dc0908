package vn.mtbbe.platform.api;

import com.ibm.icu.util.ULocale;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.platform.i18n.Messages;

import java.util.List;

/** Builds RFC 9457 problem responses with texts in the reader's language. */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_TYPE = MediaType.valueOf(PROBLEM_JSON + ";charset=UTF-8");

    private Problems() {
    }

    /** The body {@link #of} writes, as the OpenAPI document describes every error answer. */
    @Schema(name = "Problem", description = "An error (RFC 9457): title, detail and messages in the language of "
            + "Accept-Language; errors[] lists every invalid field of a refused request", example = """
            {"type": "about:blank", "status": 422, "title": "Invalid input",
             "detail": "One field is not valid; nothing was saved.",
             "errors": [{"field": "sex", "message": "Sex must be F (female) or M (male)."}]}""")
    public record Problem(String type, int status, String title, String detail, List<FieldProblem> errors) {
    }

    /** One invalid field of a request: where ({@code rows[3].date}, {@code results[0].score}, …) and why. */
    @Schema(name = "FieldProblem", description = "One invalid field: its path in the request and why it was refused")
    public record FieldProblem(String field, String message) {
    }

    public static Response of(AppException e, ULocale locale) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("status", e.status())
                .add("title", Messages.format(locale, e.titleKey()))
                .add("detail", Messages.format(locale, e.detailKey(), e.args()));
        if (!e.fieldErrors().isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (FieldError error : e.fieldErrors()) {
                errors.add(Json.createObjectBuilder()
                        .add("field", error.field())
                        .add("message", Messages.format(locale, error.messageKey(), error.args())));
            }
            body.add("errors", errors);
        }
        Response.ResponseBuilder response = Response.status(e.status()).type(PROBLEM_TYPE).entity(body.build().toString());
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"mtbbe\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
