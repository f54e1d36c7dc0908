package vn.mtbbe.platform.api;

import com.ibm.icu.util.ULocale;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.i18n.Messages;

/** Builds RFC 9457 problem responses with texts in the reader's language. */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_TYPE = MediaType.valueOf(PROBLEM_JSON + ";charset=UTF-8");

    private Problems() {
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
