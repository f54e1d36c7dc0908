package vn.mtbbe.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.mtbbe.platform.error.AppException;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A malformed JSON body is the client's fault (400); an optimistic-lock clash is a 412;
 * anything unexpected is logged with an incident id and answered with a 500 that reveals nothing.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof AppException app) {
                return Problems.of(app, RequestLocale.of(headers));
            }
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problems.of(AppException.badRequest("error.badRequest.json"), RequestLocale.of(headers));
            }
            if (cause instanceof OptimisticLockException) {
                return Problems.of(AppException.stale(), RequestLocale.of(headers));
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        return Problems.of(new AppException(500, "error.internal.title", "error.internal.incident", incident),
                RequestLocale.of(headers));
    }
}
