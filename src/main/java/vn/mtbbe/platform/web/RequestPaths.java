package vn.mtbbe.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Which part of the application a request is for. */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The request's path inside the application, e.g. {@code /pupils/list.xhtml}. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether the request is for the REST API, which never uses the HTTP session. */
    public static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api") || path.startsWith("/api/");
    }
}
