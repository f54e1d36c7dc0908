package vn.mtbbe.platform.api.openapi;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.RestApplication;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules every resource method keeps so that the OpenAPI document stays complete and a generated client typed,
 * checked on the classes alone (fast, before any server starts): a unique operation id, a declared success answer
 * with a body the document can describe, declared tags, and schemas that {@link JavaSchemas} can make without two
 * types sharing a name. {@code OpenApiIT} checks the document the server serves.
 */
class OpenApiConventionsTest {

    static ResourceMethods resources;

    @BeforeAll
    static void scan() {
        resources = ResourceMethods.scan(OpenApiConventionsTest.class.getClassLoader(), "vn.mtbbe");
    }

    @Test
    void theResourcesAreFound() {
        assertTrue(resources.all().size() >= 85, () -> "only " + resources.all().size() + " operations found");
        assertTrue(resources.find("GET", "/api/schools/{code}").isPresent());
        assertTrue(resources.find("GET", "/api/health").isPresent());
        ResourceMethods.Endpoint imports = resources.find("POST", "/api/attendance/imports").orElseThrow();
        assertEquals(List.of("importBody", "importForm"), imports.methods().stream().map(Method::getName).toList(),
                "one operation, taken as the body or as a form; the body's method describes it");
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        List<String> problems = new ArrayList<>();
        Map<String, String> byId = new HashMap<>();
        for (ResourceMethods.Endpoint endpoint : resources.all()) {
            Operation operation = endpoint.primary().getAnnotation(Operation.class);
            if (operation == null || operation.operationId().isBlank()) {
                problems.add(endpoint.key() + ": no @Operation(operationId = ...) on " + name(endpoint.primary()));
                continue;
            }
            String earlier = byId.put(operation.operationId(), endpoint.key());
            if (earlier != null) {
                problems.add(operation.operationId() + " names both " + earlier + " and " + endpoint.key());
            }
            for (Method other : endpoint.methods().subList(1, endpoint.methods().size())) {
                if (other.isAnnotationPresent(Operation.class) || other.getAnnotationsByType(APIResponse.class).length > 0) {
                    problems.add(name(other) + " shares " + endpoint.key() + " with " + name(endpoint.primary())
                            + ", whose @Operation and @APIResponse describe it: it declares none of its own");
                }
            }
            if (!operation.operationId().matches("[a-z][A-Za-z0-9]*")) {
                problems.add(operation.operationId() + " (" + endpoint.key() + ") is not a lowerCamelCase name");
            }
            if (operation.summary().isBlank()) {
                problems.add(endpoint.key() + ": no summary");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyOperationDeclaresItsSuccessAndDescribesEveryAnswer() {
        List<String> problems = new ArrayList<>();
        for (ResourceMethods.Endpoint endpoint : resources.all()) {
            Method method = endpoint.primary();
            APIResponse[] responses = method.getAnnotationsByType(APIResponse.class);
            if (Arrays.stream(responses).noneMatch(r -> r.responseCode().startsWith("2"))) {
                problems.add(endpoint.key() + ": no @APIResponse for its success (2xx)");
            }
            for (APIResponse response : responses) {
                if (response.description().isBlank()) {
                    problems.add(endpoint.key() + " " + response.responseCode() + ": no description");
                }
                boolean success = response.responseCode().startsWith("2") && !"204".equals(response.responseCode());
                if (success && method.getReturnType() == Response.class && response.content().length == 0) {
                    problems.add(endpoint.key() + " " + response.responseCode() + ": " + name(method) + " answers a "
                            + "Response; name its body: content = @Content(mediaType = ..., schema = @Schema("
                            + "implementation = ...))");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyTagIsDeclaredWithADescription() {
        Map<String, String> declared = Arrays.stream(RestApplication.class.getAnnotation(OpenAPIDefinition.class).tags())
                .collect(Collectors.toMap(Tag::name, Tag::description));
        declared.forEach((name, description) -> assertFalse(description.isBlank(), name + " has no description"));
        List<String> problems = new ArrayList<>();
        for (ResourceMethods.Endpoint endpoint : resources.all()) {
            Class<?> resource = endpoint.primary().getDeclaringClass();
            Tag[] tags = resource.getAnnotationsByType(Tag.class);
            if (tags.length == 0) {
                problems.add(resource.getSimpleName() + ": no @Tag");
            }
            for (Tag tag : tags) {
                if (!declared.containsKey(tag.name())) {
                    problems.add(resource.getSimpleName() + ": tag " + tag.name() + " is not declared in RestApplication");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Every body the document describes has a schema, and no two types share a schema's name. */
    @Test
    void everyBodyHasASchema() {
        JavaSchemas schemas = new JavaSchemas();
        List<String> problems = new ArrayList<>();
        for (ResourceMethods.Endpoint endpoint : resources.all()) {
            for (Method method : endpoint.methods()) {
                List<Type> bodies = new ArrayList<>();
                if (method.getReturnType() != void.class && method.getReturnType() != Response.class) {
                    bodies.add(method.getGenericReturnType());
                }
                java.lang.reflect.Parameter body = ApiDocumentFilter.bodyParameter(method);
                if (body != null && !isStreamOrForm(body.getParameterizedType())) {
                    bodies.add(body.getParameterizedType());
                }
                for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
                    for (Content content : response.content()) {
                        if (content.schema().implementation() != Void.class) {
                            bodies.add(content.schema().implementation());
                        }
                    }
                }
                for (Type type : bodies) {
                    try {
                        schemas.schema(type);
                    } catch (RuntimeException e) {
                        problems.add(endpoint.key() + " (" + name(method) + "): " + e.getMessage());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    record Item(String code, long id, int count, double rate, LocalDate day, java.time.Instant at, Boolean flag,
                List<String> names, Map<String, List<Long>> byName, Map<String, Object> anything,
                java.util.concurrent.TimeUnit unit) {
    }

    @Test
    void schemasAreTypedAsJsonBWritesThem() {
        JavaSchemas schemas = new JavaSchemas();
        assertEquals(Map.of("$ref", "#/components/schemas/ItemPage"), schemas.schema(holderPage()));
        Map<String, Object> page = schemas.components().get("ItemPage");
        assertEquals(Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Item")), properties(page).get("items"));
        assertEquals(Map.of("type", "integer", "format", "int64"), properties(page).get("total"));
        Map<String, Map<String, Object>> item = properties(schemas.components().get("Item"));
        assertEquals(Map.of("type", "string"), item.get("code"));
        assertEquals(Map.of("type", "integer", "format", "int64"), item.get("id"));
        assertEquals(Map.of("type", "integer", "format", "int32"), item.get("count"));
        assertEquals(Map.of("type", "number", "format", "double"), item.get("rate"));
        assertEquals(Map.of("type", "string", "format", "date"), item.get("day"));
        assertEquals(Map.of("type", "string", "format", "date-time"), item.get("at"));
        assertEquals(Map.of("type", "boolean"), item.get("flag"));
        assertEquals(Map.of("type", "array", "items", Map.of("type", "string")), item.get("names"));
        assertEquals(Map.of("type", "object", "additionalProperties", Map.of("type", "array",
                "items", Map.of("type", "integer", "format", "int64"))), item.get("byName"));
        assertEquals(Map.of("type", "object", "additionalProperties", true), item.get("anything"));
        assertEquals(Arrays.stream(java.util.concurrent.TimeUnit.values()).map(Enum::name).toList(),
                ((Map<?, ?>) item.get("unit")).get("enum"));
    }

    @Test
    void twoTypesOfOneNameAreRefused() {
        JavaSchemas schemas = new JavaSchemas();
        schemas.schema(First.Thing.class);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> schemas.schema(Second.Thing.class));
        assertTrue(refused.getMessage().contains("@Schema(name"), refused.getMessage());
    }

    @Test
    void theProjectsConstraintsBecomeTheSchemas() {
        JavaSchemas schemas = new JavaSchemas();
        schemas.component(vn.mtbbe.registry.service.PupilService.PupilInput.class);
        Map<String, Object> input = schemas.components().get("PupilInput");
        assertTrue(((List<?>) input.get("required")).containsAll(List.of("nativeName", "vietnameseName", "sex")), input::toString);
        Map<String, Object> sex = properties(input).get("sex");
        assertEquals("^(?:[FM])$", sex.get("pattern"));
        assertEquals(1, sex.get("minLength"));
    }

    static class First {
        record Thing(String a) {
        }
    }

    static class Second {
        record Thing(String b) {
        }
    }

    private static Type holderPage() {
        try {
            return OpenApiConventionsTest.class.getDeclaredMethod("pageOfItems").getGenericReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private static Page<Item> pageOfItems() {
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> properties(Map<String, Object> schema) {
        return (Map<String, Map<String, Object>>) schema.get("properties");
    }

    private static boolean isStreamOrForm(Type type) {
        return type == java.io.InputStream.class || type instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == jakarta.ws.rs.core.EntityPart.class;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
