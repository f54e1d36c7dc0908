package vn.mtbbe.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client for the REST API as an outside system sees it: HTTP Basic, JSON, Accept-Language. */
public final class Api {

    public static final String PASSWORD = System.getProperty("mtbbe.demo.password", "demo");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String user;
    private final String password;
    private final String language;
    private final String forwardedFor;

    private Api(URI base, String user, String password, String language) {
        this(base, user, password, language, null);
    }

    private Api(URI base, String user, String password, String language, String forwardedFor) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.language = language;
        this.forwardedFor = forwardedFor;
    }

    public static Api at(URL deployment) {
        String s = deployment.toString();
        return new Api(URI.create(s.endsWith("/") ? s : s + "/"), null, null, null);
    }

    public Api as(String username) {
        return new Api(base, username, PASSWORD, language, forwardedFor);
    }

    public Api as(String username, String pass) {
        return new Api(base, username, pass, language, forwardedFor);
    }

    public Api anonymous() {
        return new Api(base, null, null, language, forwardedFor);
    }

    public Api language(String acceptLanguage) {
        return new Api(base, user, password, acceptLanguage, forwardedFor);
    }

    /**
     * Requests as if from {@code address} behind a proxy (X-Forwarded-For): the integration tests' server trusts this
     * machine as a proxy (MTBBE_PROXY_TRUSTEDADDRESSES in the build).
     */
    public Api from(String address) {
        return new Api(base, user, password, language, address);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** The school year that is running today (school years start in September), e.g. "2026-2027". */
    /** Today at the schools (the application's default time zone), which is not always the test machine's date. */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of(vn.mtbbe.platform.time.Today.DEFAULT_ZONE));
    }

    public static String currentSchoolYear() {
        java.time.LocalDate today = today();
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /** The school year before the current one. */
    public static String previousSchoolYear() {
        int start = Integer.parseInt(currentSchoolYear().substring(0, 4)) - 1;
        return start + "-" + (start + 1);
    }

    /** The school year after the current one. */
    public static String nextSchoolYear() {
        int start = Integer.parseInt(currentSchoolYear().substring(0, 4)) + 1;
        return start + "-" + (start + 1);
    }

    public Reply putIfMatch(String path, String json, String etag) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /**
     * POSTs {@code body} as it is, with its content type (a file upload); a large one asks to continue first
     * (Expect: 100-continue), as curl does, so that a refusal comes before the file is sent.
     */
    public Reply send(String path, String contentType, byte[] body) {
        boolean large = body.length > 1024 * 1024;
        HttpRequest.Builder request = request(path).header("Content-Type", contentType).expectContinue(large);
        if (large) {
            request.version(java.net.http.HttpClient.Version.HTTP_1_1); // 100-continue is HTTP/1.1's
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A download: its status, content type and bytes. */
    public record Download(int status, String contentType, byte[] bytes) {
    }

    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        // A path with a leading slash is on the server's root (e.g. /openapi), any other under the application.
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body read as JSON when it is JSON. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        public JsonArray items() {
            return json().getJsonArray("items");
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }

    public static String str(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
    }
}
