package vn.mtbbe.platform.api.openapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.api.Problems;
import vn.mtbbe.platform.imports.Uploads;

import java.io.File;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Completes the OpenAPI document Payara builds from the resources' annotations (registered as {@code mp.openapi.filter}),
 * so that it passes a standard validator and a client generated from it is typed:
 * <ul>
 *     <li>request and response bodies and parameter types come from the resource methods' Java signatures and the
 *     records they use ({@link JavaSchemas}); a method answering a {@link Response} names its body in its
 *     {@code @APIResponse(content = @Content(schema = @Schema(implementation = …)))}, an array with
 *     {@code type = ARRAY};</li>
 *     <li>every 4xx and 5xx answer is {@code application/problem+json} with the {@code Problem} schema (unless the method
 *     declares another body for it), and every operation that needs sign-in documents 401;</li>
 *     <li>the server URL loses its trailing slash, Payara's non-standard top-level {@code endpoints} goes, and each
 *     tag is listed once, with its description.</li>
 * </ul>
 * Operation ids are the resources' own ({@code @Operation(operationId = …)}); ids used twice are reported as an error
 * in the log ({@code OpenApiConventionsTest} refuses them before a build passes).
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

    static final String PROBLEM_JSON = Problems.PROBLEM_JSON;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            ResourceMethods resources = ResourceMethods.scan(getClass().getClassLoader(), "vn.mtbbe");
            complete(openAPI, resources);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The OpenAPI document could not be completed", e);
            throw e;
        }
    }

    /** Completes {@code openAPI} with what the resource methods' signatures say. */
    static void complete(OpenAPI openAPI, ResourceMethods resources) {
        JavaSchemas schemas = new JavaSchemas();
        String problem = schemas.component(Problems.Problem.class);
        if (openAPI.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                    ResourceMethods.Endpoint endpoint = resources.find(operation.getKey().name(), path.getKey())
                            .orElse(null);
                    if (endpoint == null) {
                        LOG.severe(() -> "OpenAPI: no resource method answers " + operation.getKey() + " " + path.getKey());
                        continue;
                    }
                    Operation op = operation.getValue();
                    describe(op, endpoint.primary());
                    op.setParameters(parameters(endpoint, schemas));
                    op.setRequestBody(requestBody(endpoint, schemas));
                    op.setResponses(responses(endpoint, schemas, problem, secured(openAPI, op)));
                }
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> components = new TreeMap<>();
        schemas.components().forEach((name, schema) -> components.put(name, model(schema)));
        openAPI.getComponents().setSchemas(components);
        tags(openAPI);
        servers(openAPI);
        withoutEndpoints(openAPI);
        reportRepeatedOperationIds(openAPI);
    }

    // --- operations ------------------------------------------------------------------------------

    /**
     * The operation as its resource method's {@code @Operation} describes it: Payara keeps only one of two methods that
     * share an operation, whichever it read last.
     */
    private static void describe(Operation op, Method primary) {
        org.eclipse.microprofile.openapi.annotations.Operation operation =
                primary.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        if (operation == null) {
            return;
        }
        op.setOperationId(operation.operationId().isBlank() ? primary.getName() : operation.operationId());
        op.setSummary(operation.summary().isBlank() ? null : operation.summary());
        op.setDescription(operation.description().isBlank() ? null : operation.description());
    }

    // --- parameters -------------------------------------------------------------------------------

    /** The path, query, header and cookie parameters of the operation's methods, typed as Java declares them. */
    private static List<Parameter> parameters(ResourceMethods.Endpoint endpoint, JavaSchemas schemas) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Method method : endpoint.methods()) {
            for (java.lang.reflect.Parameter java : method.getParameters()) {
                Parameter parameter = parameter(java);
                if (parameter == null || parameter.getIn() == Parameter.In.HEADER
                        && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(parameter.getName())) {
                    continue; // Content-Length: set by the HTTP client from the body, never by its caller
                }
                String key = parameter.getIn() + " " + parameter.getName();
                if (!parameters.containsKey(key)) {
                    parameter.setSchema(model(schemas.schema(java.getParameterizedType())));
                    DefaultValue defaultValue = java.getAnnotation(DefaultValue.class);
                    if (defaultValue != null) {
                        parameter.getSchema().setDefaultValue(defaultValue.value());
                    }
                    describe(parameter);
                    parameters.put(key, parameter);
                }
            }
        }
        return parameters.isEmpty() ? null : new ArrayList<>(parameters.values());
    }

    private static Parameter parameter(java.lang.reflect.Parameter java) {
        Parameter parameter = OASFactory.createParameter();
        if (java.isAnnotationPresent(PathParam.class)) {
            parameter.name(java.getAnnotation(PathParam.class).value()).in(Parameter.In.PATH).required(true);
        } else if (java.isAnnotationPresent(QueryParam.class)) {
            parameter.name(java.getAnnotation(QueryParam.class).value()).in(Parameter.In.QUERY);
        } else if (java.isAnnotationPresent(HeaderParam.class)) {
            parameter.name(java.getAnnotation(HeaderParam.class).value()).in(Parameter.In.HEADER);
        } else if (java.isAnnotationPresent(CookieParam.class)) {
            parameter.name(java.getAnnotation(CookieParam.class).value()).in(Parameter.In.COOKIE);
        } else {
            return null;
        }
        var annotation = java.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
        if (annotation != null) {
            if (!annotation.description().isBlank()) {
                parameter.setDescription(annotation.description());
            }
            if (annotation.required()) {
                parameter.setRequired(true);
            }
            if (!annotation.example().isBlank()) {
                parameter.setExample(annotation.example());
            }
        }
        return parameter;
    }

    /** The conventions' parameters, described once here rather than on every method that takes them. */
    private static void describe(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.QUERY && "page".equals(parameter.getName())) {
            parameter.getSchema().minimum(BigDecimal.ZERO).setDefaultValue(0);
            if (parameter.getDescription() == null) {
                parameter.setDescription("The page, from 0");
            }
        } else if (parameter.getIn() == Parameter.In.QUERY && "size".equals(parameter.getName())) {
            parameter.getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                    .setDefaultValue(PageRequest.DEFAULT_SIZE);
            if (parameter.getDescription() == null) {
                parameter.setDescription("Items per page, 1 to " + PageRequest.MAX_SIZE);
            }
        } else if (parameter.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())
                && parameter.getDescription() == null) {
            parameter.setDescription("The ETag of the state the change is based on, as a read answered it");
        }
    }

    // --- request bodies ----------------------------------------------------------------------------

    private static final List<Class<? extends Annotation>> NOT_THE_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class,
            Suspended.class);

    /** The parameter a resource method takes the request body as, or null. */
    static java.lang.reflect.Parameter bodyParameter(Method method) {
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            if (NOT_THE_BODY.stream().noneMatch(parameter::isAnnotationPresent)) {
                return parameter;
            }
        }
        return null;
    }

    /**
     * The request body of the operation: each of its methods' media types with the schema of what it takes. A form
     * comes first: a client generated from the document (openapi-generator's Java client, say) sends an upload as the
     * first media type, and a form is how HTTP clients send files.
     */
    private static RequestBody requestBody(ResourceMethods.Endpoint endpoint, JavaSchemas schemas) {
        org.eclipse.microprofile.openapi.models.media.Content content = OASFactory.createContent();
        String description = null;
        List<Method> formFirst = new ArrayList<>(endpoint.methods());
        formFirst.sort(java.util.Comparator.comparing(method -> !ResourceMethods.takesAForm(method)));
        for (Method method : formFirst) {
            java.lang.reflect.Parameter body = bodyParameter(method);
            if (body == null) {
                continue;
            }
            for (String mediaType : mediaTypes(method.getAnnotation(Consumes.class),
                    method.getDeclaringClass().getAnnotation(Consumes.class))) {
                if (content.getMediaType(mediaType) == null) {
                    content.addMediaType(mediaType, OASFactory.createMediaType()
                            .schema(model(bodySchema(body, mediaType, schemas))));
                }
            }
            var annotation = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
            if (description == null && annotation != null && !annotation.description().isBlank()) {
                description = annotation.description();
            }
        }
        if (content.getMediaTypes().isEmpty()) {
            return null;
        }
        return OASFactory.createRequestBody().content(content).required(true).description(description);
    }

    private static Map<String, Object> bodySchema(java.lang.reflect.Parameter body, String mediaType, JavaSchemas schemas) {
        Class<?> type = body.getType();
        if (InputStream.class.isAssignableFrom(type) || type == byte[].class || type == File.class
                || type == java.nio.file.Path.class) {
            return binary();
        }
        if (MediaType.MULTIPART_FORM_DATA.equals(mediaType) || isEntityParts(body.getParameterizedType())) {
            // The imports' form: the file in the field Uploads.formFile reads. Named, so that a generated client has a
            // type for it.
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("type", "object");
            form.put("description", "A file in the form field " + Uploads.FORM_FIELD);
            form.put("properties", Map.of(Uploads.FORM_FIELD, binary()));
            form.put("required", List.of(Uploads.FORM_FIELD));
            return JavaSchemas.ref(schemas.define("FileUpload", form));
        }
        return schemas.schema(body.getParameterizedType());
    }

    private static boolean isEntityParts(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] == EntityPart.class;
    }

    // --- responses ---------------------------------------------------------------------------------

    /**
     * The operation's answers as its methods declare them ({@code @APIResponse}, the first method's first): a success
     * with the body its content names or else the method returns, an error with a problem unless it names its own.
     */
    private static APIResponses responses(ResourceMethods.Endpoint endpoint, JavaSchemas schemas, String problem,
                                          boolean secured) {
        Map<String, APIResponse> answers = new TreeMap<>();
        for (Method method : endpoint.methods()) {
            List<String> produces = mediaTypes(method.getAnnotation(Produces.class),
                    method.getDeclaringClass().getAnnotation(Produces.class));
            for (var declared : method.getAnnotationsByType(
                    org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
                String code = declared.responseCode();
                if (answers.containsKey(code)) {
                    continue;
                }
                APIResponse answer = OASFactory.createAPIResponse().description(description(declared.description(), code));
                if (declared.content().length > 0) {
                    answer.setContent(content(declared.content(), produces, schemas));
                } else if (success(code)) {
                    Type body = method.getGenericReturnType();
                    if (!"204".equals(code) && body != void.class && body != Response.class) {
                        answer.setContent(content(produces, schemas.schema(body)));
                    }
                } else if (code.startsWith("4") || code.startsWith("5")) {
                    answer.setContent(content(List.of(PROBLEM_JSON), JavaSchemas.ref(problem)));
                }
                answers.put(code, answer);
            }
        }
        if (answers.keySet().stream().noneMatch(ApiDocumentFilter::success)) {
            Method method = endpoint.primary();
            boolean empty = method.getReturnType() == void.class || method.getReturnType() == Response.class;
            APIResponse answer = OASFactory.createAPIResponse().description(empty ? "Done" : "The answer");
            if (!empty) {
                answer.setContent(content(mediaTypes(method.getAnnotation(Produces.class),
                        method.getDeclaringClass().getAnnotation(Produces.class)), schemas.schema(method.getGenericReturnType())));
            }
            answers.put(empty ? "204" : "200", answer);
        }
        if (secured && !answers.containsKey("401")) {
            answers.put("401", OASFactory.createAPIResponse()
                    .description("No or wrong credentials (HTTP Basic), or a locked or expired account")
                    .content(content(List.of(PROBLEM_JSON), JavaSchemas.ref(problem))));
        }
        APIResponses responses = OASFactory.createAPIResponses();
        answers.forEach(responses::addAPIResponse);
        return responses;
    }

    /** An answer's description (OpenAPI requires one): the declared one, else the status's reason phrase. */
    private static String description(String declared, String code) {
        if (!declared.isBlank()) {
            return declared;
        }
        Response.Status status = Response.Status.fromStatusCode(Integer.parseInt(code));
        return status == null ? code : status.getReasonPhrase();
    }

    private static boolean success(String code) {
        return code.startsWith("2");
    }

    private static org.eclipse.microprofile.openapi.models.media.Content content(Content[] declared, List<String> produces,
                                                                                   JavaSchemas schemas) {
        org.eclipse.microprofile.openapi.models.media.Content content = OASFactory.createContent();
        for (Content c : declared) {
            Map<String, Object> schema = schema(c.schema(), schemas);
            for (String mediaType : c.mediaType().isBlank() ? produces : List.of(c.mediaType())) {
                content.addMediaType(mediaType, OASFactory.createMediaType().schema(model(schema)));
            }
        }
        return content;
    }

    private static org.eclipse.microprofile.openapi.models.media.Content content(List<String> mediaTypes,
                                                                                   Map<String, Object> schema) {
        org.eclipse.microprofile.openapi.models.media.Content content = OASFactory.createContent();
        for (String mediaType : mediaTypes) {
            content.addMediaType(mediaType, OASFactory.createMediaType().schema(model(schema)));
        }
        return content;
    }

    /** A schema as an annotation declares it: a Java type's (an array of them with type ARRAY), or a type and format. */
    private static Map<String, Object> schema(org.eclipse.microprofile.openapi.annotations.media.Schema declared,
                                              JavaSchemas schemas) {
        Map<String, Object> schema;
        if (declared.implementation() != Void.class) {
            schema = schemas.schema(declared.implementation());
            if (declared.type() == SchemaType.ARRAY) {
                Map<String, Object> array = new LinkedHashMap<>();
                array.put("type", "array");
                array.put("items", schema);
                schema = array;
            }
        } else if (!declared.ref().isBlank()) {
            schema = JavaSchemas.ref(declared.ref());
        } else {
            schema = new LinkedHashMap<>();
            if (declared.type() != SchemaType.DEFAULT) {
                schema.put("type", declared.type().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (!declared.format().isBlank()) {
                schema.put("format", declared.format());
            }
        }
        if (!declared.description().isBlank() && !schema.containsKey("$ref")) {
            schema.put("description", declared.description());
        }
        return schema;
    }

    private static List<String> mediaTypes(Annotation onMethod, Annotation onClass) {
        Annotation annotation = onMethod != null ? onMethod : onClass;
        String[] types = annotation instanceof Produces p ? p.value() : annotation instanceof Consumes c ? c.value() : null;
        if (types == null || types.length == 0) {
            return List.of(MediaType.APPLICATION_JSON);
        }
        return Arrays.stream(types).flatMap(t -> Arrays.stream(t.split(","))).map(String::strip).distinct().toList();
    }

    /** Whether the operation needs sign-in: the document's security applies, not an empty requirement of its own. */
    private static boolean secured(OpenAPI openAPI, Operation op) {
        List<SecurityRequirement> security = op.getSecurity() == null || op.getSecurity().isEmpty()
                ? openAPI.getSecurity() : op.getSecurity();
        return security != null && !security.isEmpty() && security.stream()
                .noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    }

    // --- the document ----------------------------------------------------------------------------

    /** Each tag once, with the description the application gives it. */
    private static void tags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Tag tag : openAPI.getTags()) {
            Tag earlier = tags.get(tag.getName());
            if (earlier == null || earlier.getDescription() == null || earlier.getDescription().isBlank()) {
                tags.put(tag.getName(), tag);
            }
        }
        openAPI.setTags(new ArrayList<>(tags.values()));
    }

    /** Server URLs without a trailing slash: the paths begin with one. */
    private static void servers(OpenAPI openAPI) {
        if (openAPI.getServers() == null) {
            return;
        }
        for (Server server : openAPI.getServers()) {
            String url = server.getUrl();
            if (url != null && url.length() > 1 && url.endsWith("/")) {
                server.setUrl(url.replaceAll("/+$", ""));
            }
        }
    }

    /**
     * Payara adds a top-level {@code endpoints} map (paths by context root) that OpenAPI does not allow; emptied, it is
     * not written (Payara copies the map, so it may not be null).
     */
    private static void withoutEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Object>());
        } catch (NoSuchMethodException notPayaras) {
            // another implementation: nothing to remove
        } catch (ReflectiveOperationException e) {
            LOG.log(Level.WARNING, "OpenAPI: the non-standard endpoints could not be removed", e);
        }
    }

    private static void reportRepeatedOperationIds(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, List<String>> byId = new TreeMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) ->
                byId.computeIfAbsent(String.valueOf(op.getOperationId()), id -> new ArrayList<>()).add(method + " " + path)));
        byId.entrySet().removeIf(e -> e.getValue().size() == 1);
        if (!byId.isEmpty()) {
            LOG.severe(() -> "OpenAPI: operation ids used more than once (give each method its own "
                    + "@Operation(operationId = ...)): " + byId.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")));
        }
    }

    // --- schemas as the model's -------------------------------------------------------------------

    private static Map<String, Object> binary() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("format", "binary");
        return schema;
    }

    /** A schema given as a map (JSON Schema's fields) as an OpenAPI model schema. */
    @SuppressWarnings("unchecked")
    static Schema model(Map<String, Object> map) {
        Schema schema = OASFactory.createSchema();
        map.forEach((key, value) -> {
            switch (key) {
                case "$ref" -> schema.setRef((String) value);
                case "type" -> schema.setType(Schema.SchemaType.valueOf(((String) value).toUpperCase(java.util.Locale.ROOT)));
                case "format" -> schema.setFormat((String) value);
                case "description" -> schema.setDescription((String) value);
                case "example" -> schema.setExample(value);
                case "enum" -> schema.setEnumeration(new ArrayList<>((List<Object>) value));
                case "pattern" -> schema.setPattern((String) value);
                case "maxLength" -> schema.setMaxLength((Integer) value);
                case "minLength" -> schema.setMinLength((Integer) value);
                case "uniqueItems" -> schema.setUniqueItems((Boolean) value);
                case "required" -> schema.setRequired(new ArrayList<>((List<String>) value));
                case "items" -> schema.setItems(model((Map<String, Object>) value));
                case "properties" -> {
                    Map<String, Schema> properties = new LinkedHashMap<>();
                    ((Map<String, Map<String, Object>>) value).forEach((name, property) -> properties.put(name, model(property)));
                    schema.setProperties(properties);
                }
                case "additionalProperties" -> {
                    if (value instanceof Boolean b) {
                        schema.setAdditionalPropertiesBoolean(b);
                    } else {
                        schema.setAdditionalPropertiesSchema(model((Map<String, Object>) value));
                    }
                }
                default -> throw new IllegalArgumentException("No schema field " + key);
            }
        });
        return schema;
    }
}
