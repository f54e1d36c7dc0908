package vn.mtbbe.platform.api.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the application, found on its class path and keyed as the OpenAPI document keys its
 * operations: the HTTP method and the path under the server's root ({@code GET /api/schools/{code}}).
 */
final class ResourceMethods {

    /**
     * One operation of the API: where it answers, and the resource methods behind it. Two methods share an operation
     * when they take the request body in different media types (a file as the body, or as a form field); the first of
     * {@link #methods()} takes it as it is, and its {@code @Operation} describes the operation.
     */
    record Endpoint(String httpMethod, String path, List<Method> methods) {

        String key() {
            return ResourceMethods.key(httpMethod, path);
        }

        Method primary() {
            return methods.get(0);
        }
    }

    private final Map<String, Endpoint> byKey;

    private ResourceMethods(Map<String, Endpoint> byKey) {
        this.byKey = byKey;
    }

    static String key(String httpMethod, String path) {
        return httpMethod.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }

    /** Every resource method of the resource classes among {@code classes}, under the application path. */
    static ResourceMethods of(String applicationPath, Iterable<Class<?>> classes) {
        Map<String, List<Method>> methods = new TreeMap<>();
        Map<String, String[]> keys = new TreeMap<>();
        for (Class<?> type : classes) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = join(applicationPath, classPath.value(), methodPath == null ? "" : methodPath.value());
                String key = key(httpMethod, path);
                methods.computeIfAbsent(key, k -> new ArrayList<>()).add(method);
                keys.put(key, new String[]{httpMethod, path});
            }
        }
        Map<String, Endpoint> byKey = new TreeMap<>();
        methods.forEach((key, list) -> {
            list.sort(Comparator.comparing(ResourceMethods::takesAForm).thenComparing(Method::getName));
            byKey.put(key, new Endpoint(keys.get(key)[0], keys.get(key)[1], List.copyOf(list)));
        });
        return new ResourceMethods(byKey);
    }

    /** Whether the method takes its body as a multipart form (and is then not the one describing its operation). */
    static boolean takesAForm(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        return consumes != null && Arrays.asList(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
    }

    /** The resource classes in {@code basePackage} and below, as {@code loader} finds them. */
    static ResourceMethods scan(ClassLoader loader, String basePackage) {
        Class<?> application = null;
        List<Class<?>> resources = new ArrayList<>();
        for (String name : classNames(loader, basePackage)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (type.isAnnotationPresent(ApplicationPath.class)) {
                application = type;
            } else if (type.isAnnotationPresent(Path.class)) {
                resources.add(type);
            }
        }
        String applicationPath = application == null ? "" : application.getAnnotation(ApplicationPath.class).value();
        return of(applicationPath, resources);
    }

    Optional<Endpoint> find(String httpMethod, String path) {
        return Optional.ofNullable(byKey.get(key(httpMethod, path)));
    }

    List<Endpoint> all() {
        return List.copyOf(byKey.values());
    }

    /** The HTTP method a resource method answers ({@code @GET}, {@code @POST}, …), or null for none. */
    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code /api/schools/{code}} from {@code api}, {@code schools} and {@code {code}}: one slash between parts. */
    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            for (String segment : part.split("/")) {
                if (!segment.isBlank()) {
                    path.append('/').append(segment.strip());
                }
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    /**
     * The classes in {@code basePackage} that name a JAX-RS path or application path: read as files, and only those
     * that mention one are loaded (without being initialised).
     */
    private static TreeSet<String> classNames(ClassLoader loader, String basePackage) {
        String folder = basePackage.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader.getResources(folder))) {
                switch (root.getProtocol()) {
                    case "file" -> fromFolder(root, folder, names);
                    case "jar" -> fromJar(root, folder, names);
                    default -> throw new IllegalStateException("Cannot list the classes at " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void fromFolder(URL root, String folder, TreeSet<String> names) throws IOException {
        java.nio.file.Path start;
        try {
            start = java.nio.file.Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<java.nio.file.Path> files = Files.walk(start)) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                String relative = start.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (isTopLevelClass(relative) && namesAPath(Files.readAllBytes(file))) {
                    names.add(className(folder + "/" + relative));
                }
            }
        }
    }

    private static void fromJar(URL root, String folder, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(folder + "/") && isTopLevelClass(name)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        if (namesAPath(in.readAllBytes())) {
                            names.add(className(name));
                        }
                    }
                }
            }
        }
    }

    private static boolean isTopLevelClass(String file) {
        return file.endsWith(".class") && !file.contains("$") && !file.endsWith("package-info.class")
                && !file.endsWith("module-info.class");
    }

    private static boolean namesAPath(byte[] classFile) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        return text.contains("Ljakarta/ws/rs/Path;") || text.contains("Ljakarta/ws/rs/ApplicationPath;");
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }
}
