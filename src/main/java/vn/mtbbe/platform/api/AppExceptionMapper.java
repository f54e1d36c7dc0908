package vn.mtbbe.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.mtbbe.platform.error.AppException;

@Provider
public class AppExceptionMapper implements ExceptionMapper<AppException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AppException e) {
        return Problems.of(e, RequestLocale.of(headers));
    }
}
