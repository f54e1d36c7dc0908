package vn.mtbbe.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document the server serves at {@code /openapi}, as the systems around the product read it: valid by a
 * standard validator (swagger-parser) in YAML and in JSON, with a unique operation id for every operation, a schema
 * for every success body, the problem+json schema for every error, public health checks, a plain server URL and
 * declared tags; and equal to the document committed in {@code src/main/openapi/openapi.yaml}, from which the build
 * generates the Java client that {@code GeneratedClientIT} uses. {@code -Dopenapi.update=true} rewrites that file
 * from the served document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    /** The committed document; the client is generated from it. */
    static final Path COMMITTED = Path.of(System.getProperty("openapi.document", "src/main/openapi/openapi.yaml"));
    static final String REFRESH = "mvn -B -ntp verify -DskipUnitTests=true -Dit.test=OpenApiIT -Dopenapi.update=true";
    /** Where the committed document says the API is: the run command's address. */
    static final String COMMITTED_SERVER = "http://localhost:8080";

    static final Set<String> TOP_LEVEL = Set.of("openapi", "info", "servers", "paths", "components", "security", "tags",
            "externalDocs");
    static final String PROBLEM = "#/components/schemas/Problem";
    static final Set<String> HEALTH = Set.of("getHealth", "getReadiness");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL url;

    String yaml;
    OpenAPI served;

    @BeforeEach
    void fetch() {
        yaml = document("text/plain");
        served = parse(yaml, true);
    }

    @Test
    void aStandardValidatorFindsNoErrorInTheYamlOrTheJson() {
        assertEquals(List.of(), validate(yaml), "the YAML document");
        String json = document("application/json");
        assertTrue(json.startsWith("{"), json.substring(0, Math.min(80, json.length())));
        assertEquals(List.of(), validate(json), "the JSON document");
        assertTrue(yaml.startsWith("openapi: "), yaml.substring(0, Math.min(80, yaml.length())));
        assertEquals("3.0.0", served.getOpenapi());
    }

    @Test
    void onlyStandardPropertiesAtTheTop() throws IOException {
        JsonNode document = Json.mapper().readTree(document("application/json"));
        List<String> other = new ArrayList<>();
        document.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name) && !name.startsWith("x-")) {
                other.add(name);
            }
        });
        assertEquals(List.of(), other, "properties OpenAPI does not allow (e.g. Payara's endpoints)");
    }

    @Test
    void theServerUrlHasNoTrailingSlash() {
        assertFalse(served.getServers().isEmpty());
        for (Server server : served.getServers()) {
            assertFalse(server.getUrl().endsWith("/"), server.getUrl());
            assertTrue(server.getUrl().startsWith("http"), server.getUrl());
        }
    }

    @Test
    void everyOperationHasAUniqueMeaningfulOperationId() {
        Map<String, String> byId = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        operations().forEach((where, operation) -> {
            String id = operation.getOperationId();
            if (id == null || !id.matches("[a-z]+[A-Z][A-Za-z0-9]*")) {
                problems.add(where + ": operationId " + id + " (a verb and what it acts on, e.g. listPupils)");
            } else if (byId.put(id, where) != null) {
                problems.add(id + " names both " + byId.get(id) + " and " + where);
            }
        });
        assertEquals(List.of(), problems);
        for (String id : List.of("listSchools", "getSchool", "listPupils", "getPupil", "enrolPupil", "listCohorts",
                "getCohortFlow", "listProvinces", "listProgrammes", "importAttendance", "importAchievement", "importPupils")) {
            assertTrue(byId.containsKey(id), () -> "no operation " + id);
        }
    }

    @Test
    void everySuccessfulAnswerWithABodyHasASchema() {
        List<String> problems = new ArrayList<>();
        operations().forEach((where, operation) -> {
            Map<String, ApiResponse> successes = new TreeMap<>();
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    successes.put(code, response);
                }
            });
            if (successes.isEmpty()) {
                problems.add(where + ": no success answer");
            }
            successes.forEach((code, response) -> {
                boolean empty = response.getContent() == null || response.getContent().isEmpty();
                if ("204".equals(code) != empty) {
                    problems.add(where + " " + code + (empty ? ": no body described" : ": a body for No Content"));
                }
                if (!empty) {
                    response.getContent().forEach((type, media) -> {
                        if (media.getSchema() == null || media.getSchema().get$ref() == null && media.getSchema().getType() == null) {
                            problems.add(where + " " + code + " " + type + ": no schema");
                        }
                    });
                }
            });
        });
        assertEquals(List.of(), problems);
        MediaType pupil = served.getPaths().get("/api/pupils/{code}").getGet().getResponses().get("200").getContent()
                .get("application/json");
        assertEquals("#/components/schemas/PupilDetail", pupil.getSchema().get$ref());
        MediaType schools = served.getPaths().get("/api/schools").getGet().getResponses().get("200").getContent()
                .get("application/json");
        assertEquals("#/components/schemas/SchoolPage", schools.getSchema().get$ref());
        assertEquals("#/components/schemas/School", property("SchoolPage", "items").getItems().get$ref());
        assertEquals("binary", served.getPaths().get("/api/pupils/imports/template").getGet().getResponses().get("200")
                .getContent().get("text/csv").getSchema().getFormat());
    }

    @Test
    void everyErrorIsAProblem() {
        List<String> problems = new ArrayList<>();
        operations().forEach((where, operation) -> operation.getResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && !HEALTH.contains(operation.getOperationId())) {
                MediaType problem = response.getContent() == null ? null : response.getContent().get("application/problem+json");
                if (problem == null || problem.getSchema() == null || !PROBLEM.equals(problem.getSchema().get$ref())) {
                    problems.add(where + " " + code + ": not application/problem+json with the Problem schema");
                }
            }
        }));
        assertEquals(List.of(), problems);
        var problem = served.getComponents().getSchemas().get("Problem");
        assertEquals(Set.of("type", "status", "title", "detail", "errors"), problem.getProperties().keySet());
        assertNotNull(problem.getExample(), "the Problem schema has an example");
        assertNotNull(served.getPaths().get("/api/pupils/{code}").getGet().getResponses().get("401"),
                "an operation that needs sign-in documents 401");
    }

    @Test
    void theHealthChecksArePublicAndEverythingElseNeedsBasicAuth() {
        assertEquals(List.of(new SecurityRequirement().addList("basic")), served.getSecurity());
        assertEquals("basic", served.getComponents().getSecuritySchemes().get("basic").getScheme());
        operations().forEach((where, operation) -> {
            if (HEALTH.contains(operation.getOperationId())) {
                // An empty security requirement: no credentials needed.
                assertEquals(List.of(new SecurityRequirement()), operation.getSecurity(), where);
            } else if (operation.getSecurity() != null) {
                operation.getSecurity().forEach(requirement -> requirement.keySet().forEach(scheme -> assertTrue(
                        served.getComponents().getSecuritySchemes().containsKey(scheme), where + " names " + scheme)));
            }
        });
    }

    @Test
    void everyTagIsDeclaredOnceWithADescription() {
        Map<String, Tag> declared = new LinkedHashMap<>();
        for (Tag tag : served.getTags()) {
            assertTrue(declared.put(tag.getName(), tag) == null, "tag " + tag.getName() + " declared twice");
            assertNotNull(tag.getDescription(), "tag " + tag.getName() + " has no description");
        }
        operations().forEach((where, operation) -> {
            assertNotNull(operation.getTags(), where);
            operation.getTags().forEach(tag -> assertTrue(declared.containsKey(tag), where + ": tag " + tag + " undeclared"));
        });
    }

    @Test
    void theMainRecordsHaveExamples() {
        for (String schema : List.of("School", "SchoolClass", "Pupil", "PupilDetail", "PupilInput", "NewClass", "Cohort",
                "CohortFlowYear", "Province", "Problem")) {
            assertNotNull(served.getComponents().getSchemas().get(schema), () -> "no schema " + schema);
            assertNotNull(served.getComponents().getSchemas().get(schema).getExample(), () -> schema + " has no example");
        }
        assertEquals("date", property("Pupil", "dateOfBirth").getFormat());
        assertEquals("int64", property("Instrument", "id").getFormat(), "a long is an int64, not a number");
    }

    /**
     * The client is generated from the committed document, so it must be what the server serves (its server aside).
     * With {@code -Dopenapi.update=true} the committed file is rewritten from the served document instead.
     */
    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        OpenAPI servedAsCommitted = parse(yaml, false);
        servedAsCommitted.setServers(List.of(new Server().url(COMMITTED_SERVER)
                .description("The run command's address (mvn -Prun); an installation serves its own in /openapi")));
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.toAbsolutePath().getParent());
            Files.writeString(COMMITTED, Yaml.pretty(servedAsCommitted), StandardCharsets.UTF_8);
            System.out.println("OpenApiIT: wrote " + COMMITTED.toAbsolutePath());
            return;
        }
        assertTrue(Files.isRegularFile(COMMITTED), () -> COMMITTED.toAbsolutePath() + " is missing; write it with: " + REFRESH);
        OpenAPI committed = parse(Files.readString(COMMITTED, StandardCharsets.UTF_8), false);
        JsonNode expected = Json.mapper().valueToTree(committed);
        JsonNode actual = Json.mapper().valueToTree(servedAsCommitted);
        if (!expected.equals(actual)) {
            List<String> differences = new ArrayList<>();
            differences(expected, actual, "", differences);
            throw new AssertionError("The served OpenAPI document differs from " + COMMITTED + " (the client is "
                    + "generated from it) at " + differences.subList(0, Math.min(20, differences.size()))
                    + (differences.size() > 20 ? " and " + (differences.size() - 20) + " more" : "")
                    + ".\nIf the change is meant, refresh the file, review its diff and commit it: " + REFRESH);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private Schema<?> property(String schema, String property) {
        Schema<?> component = served.getComponents().getSchemas().get(schema);
        assertNotNull(component, () -> "no schema " + schema);
        Schema<?> value = component.getProperties().get(property);
        assertNotNull(value, () -> schema + " has no property " + property);
        return value;
    }

    /** The served document: YAML as text/plain (the default), JSON for Accept: application/json. */
    private String document(String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString()).resolve("/openapi"))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), () -> "GET /openapi (" + accept + "): " + response.statusCode()
                    + " (the server log says why)");
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The validator's messages: errors and warnings of the OpenAPI 3.0 specification, references resolved. */
    static List<String> validate(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        return result.getMessages() == null ? List.of() : result.getMessages();
    }

    static OpenAPI parse(String document, boolean resolve) {
        ParseOptions options = new ParseOptions();
        options.setResolve(resolve);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertNotNull(result.getOpenAPI(), () -> "not an OpenAPI document: " + result.getMessages());
        return result.getOpenAPI();
    }

    /** Every operation, by its HTTP method and path. */
    private Map<String, Operation> operations() {
        Map<String, Operation> operations = new TreeMap<>();
        served.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method + " " + path, operation)));
        assertTrue(operations.size() >= 85, () -> "only " + operations.size() + " operations");
        return operations;
    }

    /** Where two JSON trees differ, as JSON pointers. */
    private static void differences(JsonNode expected, JsonNode actual, String at, List<String> out) {
        if (expected != null && actual != null && expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                differences(expected.get(name), actual.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (expected == null || !expected.equals(actual)) {
            out.add(at.isEmpty() ? "/" : at);
        }
    }
}
