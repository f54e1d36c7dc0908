package vn.mtbbe.platform.metrics;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the resource method an API request matched by its path template ({@code /api/programmes/{id}/names}) for
 * {@link RequestTimes}: the template, not the path, so that ids do not make a route each.
 */
@Provider
public class ApiRoutes implements ContainerRequestFilter {

    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method != null && type != null) {
            request.setAttribute(RequestTimes.ROUTE, TEMPLATES.computeIfAbsent(method, m -> template(type, m)));
        }
    }

    static String template(Class<?> type, Method method) {
        StringBuilder path = new StringBuilder("/api");
        // A CDI proxy subclass does not carry @Path (it is not inherited): the declaring class does.
        Class<?> declaring = type;
        while (declaring != null && declaring.getAnnotation(Path.class) == null) {
            declaring = declaring.getSuperclass();
        }
        append(path, declaring == null ? null : declaring.getAnnotation(Path.class));
        append(path, method.getAnnotation(Path.class));
        return path.toString();
    }

    private static void append(StringBuilder path, Path part) {
        if (part == null || part.value().isEmpty() || part.value().equals("/")) {
            return;
        }
        String value = part.value();
        path.append(value.startsWith("/") ? "" : "/").append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }
}
