package vn.mtbbe.platform.api;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.mtbbe.platform.error.AppException;

/** The JAX-RS runtime's own failures (unknown path, wrong method, unreadable body) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        AppException problem;
        if (e instanceof NotFoundException) {
            problem = AppException.notFound("error.notFound.path");
        } else if (e instanceof NotAllowedException) {
            problem = new AppException(405, "error.methodNotAllowed.title", "error.methodNotAllowed.detail");
        } else if (e instanceof NotSupportedException) {
            problem = new AppException(415, "error.unsupportedMediaType.title", "error.unsupportedMediaType.detail");
        } else if (e instanceof NotAcceptableException) {
            problem = new AppException(406, "error.notAcceptable.title", "error.notAcceptable.detail");
        } else if (e.getResponse() != null && e.getResponse().getStatus() >= 500) {
            problem = new AppException(500, "error.internal.title", "error.internal.detail");
        } else {
            problem = AppException.badRequest("error.badRequest.detail");
        }
        Response response = Problems.of(problem, RequestLocale.of(headers));
        if (e instanceof NotAllowedException && e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }
}
