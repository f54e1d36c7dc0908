package vn.mtbbe.it;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.mtbbe.it.Api.str;

/**
 * The registry part of the REST contract, called as an outside system would, in every role: status codes,
 * problem+json errors in the caller's language, paging, province scoping (a record outside the caller's
 * provinces is a 404) and the personal data rules for delegation guests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryApiIT {

    static final String LAO_CAI = "10";
    static final String GIA_LAI = "64";


    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    // --- conventions ---------------------------------------------------------------------------------

    @Test
    void healthAnswersWithoutSignIn() {
        Api.Reply reply = api.get("api/health");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("UP", reply.json().getString("status"));
    }

    @Test
    void readinessAnswersOnceTheStartIsDone() {
        Api.Reply ready = api.get("api/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        // MicroProfile Health, at the server's root: the application's checks are part of it.
        Api.Reply micro = api.get("/health/ready");
        assertEquals(200, micro.status(), micro::toString);
        JsonObject check = micro.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("mtbbe")).findFirst().orElseThrow(() -> new AssertionError(micro));
        assertEquals("UP", check.getString("status"));
        assertEquals("true", check.getJsonObject("data").get("started").toString().replace("\"", ""));
        Api.Reply live = api.get("/health/live");
        assertEquals(200, live.status(), live::toString);
    }

    @Test
    void openApiDocumentsTheRegistry() {
        Api.Reply reply = api.get("/openapi");
        assertEquals(200, reply.status());
        for (String path : List.of("/api/provinces", "/api/schools", "/api/classes", "/api/pupils", "/api/pupils/{code}", "/api/health")) {
            assertTrue(reply.body().contains(path + ":"), () -> "OpenAPI lacks " + path);
        }
    }

    @Test
    void withoutCredentialsIs401ProblemJson() {
        Api.Reply reply = api.get("api/provinces");
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, reply.json().getInt("status"));
    }

    @Test
    void wrongPasswordIs401InTheCallersLanguage() {
        Api.Reply vi = api.as("no.such.user", "wrong-password").get("api/provinces");
        Api.Reply en = api.as("no.such.user", "wrong-password").language("en").get("api/provinces");
        assertEquals(401, vi.status());
        assertEquals(401, en.status());
        assertEquals("Cần đăng nhập", vi.json().getString("title"));
        assertEquals("Sign-in required", en.json().getString("title"));
    }

    @Test
    void securityHeadersOnEveryResponse() {
        for (Api.Reply reply : List.of(api.get("api/health"), api.get("api/provinces"), api.get(""),
                api.as("no.such.user", "wrong-password").get("api/provinces"), api.as("ministry").get("api/nothing-here"))) {
            assertNotNull(reply.header("Content-Security-Policy"), reply::toString);
            assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals("nosniff", reply.header("X-Content-Type-Options"));
            assertNotNull(reply.header("Referrer-Policy"));
        }
    }

    @Test
    void unknownPathIs404ProblemJsonNotHtml() {
        Api.Reply reply = api.as("ministry").get("api/no-such-thing");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        Api.Reply reply = api.as("ministry").post("api/schools", "{\"code\": ");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertFalse(reply.body().contains("Exception"), reply::toString);
    }

    @Test
    void pageSizeIsCappedAt500() {
        Api.Reply reply = api.as("ministry").language("en").get("api/schools?size=501");
        assertEquals(422, reply.status(), reply::toString);
        assertEquals("size", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply ok = api.as("ministry").get("api/schools?size=500");
        assertEquals(200, ok.status());
        assertEquals(500, ok.json().getInt("size"));
    }

    // --- provinces -------------------------------------------------------------------------------------

    @Test
    void provincesNamedInTheCallersLanguage() {
        JsonObject laoCaiVi = province(api.as("delegation").language("vi").get("api/provinces"), LAO_CAI);
        JsonObject laoCaiZh = province(api.as("delegation").language("zh-CN,zh;q=0.9").get("api/provinces"), LAO_CAI);
        assertEquals("Lào Cai", laoCaiVi.getString("name"));
        assertTrue(laoCaiZh.getString("name").startsWith("老街"), laoCaiZh::toString);
    }

    private static JsonObject province(Api.Reply reply, String code) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow();
    }

    // --- schools -------------------------------------------------------------------------------------

    @Test
    void officerSeesOnlyTheSchoolsOfTheirProvince() {
        Api.Reply reply = api.as("officer.laocai").get("api/schools?size=500");
        assertEquals(200, reply.status(), reply::toString);
        Set<String> provinces = reply.items().stream().map(s -> s.asJsonObject().getString("provinceCode")).collect(Collectors.toSet());
        assertEquals(Set.of(LAO_CAI), provinces);
        // Against the database itself, not against another list the same scoping produced: every school of the
        // province, and only those.
        Set<String> listed = reply.items().stream().map(s -> s.asJsonObject().getString("code")).collect(Collectors.toSet());
        Set<String> inDatabase = Database.column("SELECT code FROM school WHERE province_code = ?", LAO_CAI).stream()
                .map(Object::toString).collect(Collectors.toSet());
        assertEquals(inDatabase, listed);
        assertEquals(inDatabase.size(), reply.json().getInt("total"));
    }

    @Test
    void ministrySeesEveryProvince() {
        Api.Reply reply = api.as("ministry").get("api/schools?size=500");
        assertEquals(200, reply.status());
        Set<String> provinces = reply.items().stream().map(s -> s.asJsonObject().getString("provinceCode")).collect(Collectors.toSet());
        assertTrue(provinces.containsAll(Set.of("10", "64", "84")), provinces::toString);
        JsonObject pilot = reply.items().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("designation").equals("PILOT")).findFirst().orElseThrow();
        assertNotNull(str(pilot, "programmeLanguage"));
        JsonObject comparison = reply.items().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("designation").equals("COMPARISON")).findFirst().orElseThrow();
        assertTrue(comparison.containsKey("programmeLanguage"), "null fields are written, not dropped");
        assertNull(str(comparison, "programmeLanguage"));
    }

    @Test
    void anotherProvincesSchoolIs404ForAnOfficer() {
        String giaLaiSchool = api.as("ministry").get("api/schools?province=" + GIA_LAI).items().getJsonObject(0).getString("code");
        assertEquals(200, api.as("officer.gialai").get("api/schools/" + giaLaiSchool).status());
        Api.Reply hidden = api.as("officer.laocai").get("api/schools/" + giaLaiSchool);
        assertEquals(404, hidden.status());
        Api.Reply missing = api.as("officer.laocai").get("api/schools/NO-SUCH-SCHOOL");
        assertEquals(missing.json().getString("title"), hidden.json().getString("title"), "hidden and missing look alike");
        assertEquals(404, api.as("officer.laocai").get("api/schools?province=" + GIA_LAI).status());
    }

    @Test
    void delegationGuestMayNotReadSchoolsOrPupils() {
        assertEquals(403, api.as("delegation").get("api/schools").status());
        assertEquals(403, api.as("delegation").get("api/classes").status());
        assertEquals(403, api.as("delegation").get("api/pupils").status());
        assertEquals(403, api.as("admin").get("api/pupils").status(), "administrators manage accounts, not children's data");
    }

    @Test
    void ministryCreatesSchoolsOfficersMayNot() {
        String code = "T" + unique().substring(0, 8).toUpperCase();
        String body = """
                {"code":"%s","name":"Trường Tiểu học Thử Nghiệm","provinceCode":"10","district":"Bắc Hà",
                 "level":"PRIMARY","designation":"PILOT","programmeLanguage":"hmn"}""".formatted(code);
        assertEquals(403, api.as("officer.laocai").post("api/schools", body).status());
        Api.Reply created = api.as("ministry").post("api/schools", body);
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/api/schools/" + code), created.header("Location"));
        assertEquals(200, api.as("officer.laocai").get("api/schools/" + code).status());
        Api.Reply again = api.as("ministry").post("api/schools", body);
        assertEquals(409, again.status());
    }

    @Test
    void invalidSchoolListsEveryBadFieldTranslated() {
        String body = """
                {"code":"x","name":"","provinceCode":"99","district":"",
                 "level":"UNIVERSITY","designation":"PILOT"}""";
        Api.Reply en = api.as("ministry").language("en").post("api/schools", body);
        assertEquals(422, en.status(), en::toString);
        Set<String> fields = en.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("code", "name", "provinceCode", "district", "level", "programmeLanguage"), fields);
        Api.Reply vi = api.as("ministry").language("vi").post("api/schools", body);
        assertEquals("Invalid input", en.json().getString("title"));
        assertEquals("Dữ liệu chưa hợp lệ", vi.json().getString("title"));
        String nameMessage = vi.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("field").equals("name")).findFirst().orElseThrow().getString("message");
        assertEquals("Không được để trống.", nameMessage);
    }

    // --- classes -------------------------------------------------------------------------------------

    @Test
    void officerCreatesAClassInTheirProvinceOnly() {
        String laoCaiSchool = primarySchool(LAO_CAI);
        String giaLaiSchool = primarySchool(GIA_LAI);
        Api.Reply created = api.as("officer.laocai").post("api/classes", classJson(laoCaiSchool, "T" + unique().substring(0, 6)));
        assertEquals(201, created.status(), created::toString);
        JsonObject c = created.json();
        assertEquals(Api.currentSchoolYear(), c.getString("schoolYear"));
        assertEquals("GRADE_1", c.getString("stage"));
        assertEquals(200, api.as("officer.laocai").get("api/classes/" + c.getString("id")).status());
        assertEquals(404, api.as("officer.gialai").get("api/classes/" + c.getString("id")).status());
        Api.Reply elsewhere = api.as("officer.laocai").post("api/classes", classJson(giaLaiSchool, "1Z"));
        assertEquals(422, elsewhere.status(), "a school outside the province is as unknown as a missing one");
    }

    @Test
    void classesListedBySchoolAndYear() {
        String school = primarySchool(LAO_CAI);
        Api.Reply reply = api.as("officer.laocai").get("api/classes?school=" + school + "&year=" + Api.currentSchoolYear() + "");
        assertEquals(200, reply.status(), reply::toString);
        assertFalse(reply.items().isEmpty());
        reply.items().forEach(c -> {
            assertEquals(school, c.asJsonObject().getString("schoolCode"));
            assertEquals(Api.currentSchoolYear(), c.asJsonObject().getString("schoolYear"));
        });
    }

    // --- pupils --------------------------------------------------------------------------------------

    @Test
    void officerEnrolsAPupilAndTheServerAssignsTheCode() {
        String classId = newClass(LAO_CAI);
        Api.Reply created = api.as("officer.laocai").post("api/pupils", pupilJson(null, "Lis Mai", "Lý Thị Mai", classId));
        assertEquals(201, created.status(), created::toString);
        JsonObject pupil = created.json();
        String code = pupil.getString("code");
        assertTrue(code.startsWith(LAO_CAI), code);
        assertTrue(created.header("Location").endsWith("/api/pupils/" + code));
        assertEquals(1, pupil.getJsonArray("enrolments").size());
        assertEquals(classId, pupil.getJsonArray("enrolments").getJsonObject(0).getString("classId"));

        Api.Reply read = api.as("ministry").get("api/pupils/" + code);
        assertEquals(200, read.status());
        assertNotNull(read.header("ETag"));
        assertEquals("Lý Thị Mai", read.json().getString("vietnameseName"));
        assertEquals(404, api.as("officer.gialai").get("api/pupils/" + code).status());
        assertEquals(403, api.as("delegation").get("api/pupils/" + code).status());
    }

    @Test
    void onlyOfficersEnrolPupils() {
        String classId = newClass(LAO_CAI);
        assertEquals(403, api.as("ministry").post("api/pupils", pupilJson(null, "Yaj Pov", "Giàng A Páo", classId)).status());
        assertEquals(422, api.as("officer.gialai").post("api/pupils", pupilJson(null, "Yaj Pov", "Giàng A Páo", classId)).status());
    }

    @Test
    void invalidPupilIsRejectedWholeWithEveryReason() {
        String classId = newClass(LAO_CAI);
        String body = """
                {"nativeName":"","vietnameseName":"Giàng A Páo","sex":"X","dateOfBirth":"2025-13-01",
                 "ethnicity":"MARTIAN","motherTongue":"tlh","classId":"%s"}""".formatted(classId);
        Api.Reply reply = api.as("officer.laocai").language("en").post("api/pupils", body);
        assertEquals(422, reply.status(), reply::toString);
        Set<String> fields = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("nativeName", "sex", "dateOfBirth", "ethnicity", "motherTongue"), fields);
        assertEquals(0, api.as("officer.laocai").get("api/pupils?class=" + classId).json().getInt("total"), "nothing written");
    }

    @Test
    void duplicatePupilCodeIs409() {
        String classId = newClass(LAO_CAI);
        String code = "TEST-" + unique().substring(0, 8).toUpperCase();
        assertEquals(201, api.as("officer.laocai").post("api/pupils", pupilJson(code, "Vaj Tsab", "Vàng A Chá", classId)).status());
        assertEquals(409, api.as("officer.laocai").post("api/pupils", pupilJson(code, "Vaj Tsab", "Vàng A Chá", classId)).status());
    }

    @Test
    void aTypedCodeThatTheServerWouldHandOutNextIsSkipped() {
        String classId = newClass(LAO_CAI);
        long next = Database.number("SELECT next_value FROM code_counter WHERE prefix = 'PUPIL-10'");
        String typed = String.format("10%07d", next);
        String typedLater = String.format("10%07d", next + 2);
        assertEquals(201, api.as("officer.laocai").post("api/pupils", pupilJson(typed, "Vaj Tsab", "Vàng A Chá", classId)).status());
        assertEquals(201, api.as("officer.laocai").post("api/pupils", pupilJson(typedLater, "Vaj Ntxawg", "Vàng A Dình", classId)).status());
        Set<String> handedOut = new java.util.HashSet<>();
        for (int i = 0; i < 4; i++) {
            Api.Reply reply = api.as("officer.laocai").post("api/pupils", pupilJson(null, "Lis Pov " + i, "Lý A Páo " + i, classId));
            assertEquals(201, reply.status(), reply::toString);
            handedOut.add(reply.json().getString("code"));
        }
        assertEquals(4, handedOut.size());
        assertFalse(handedOut.contains(typed) || handedOut.contains(typedLater), handedOut::toString);
        assertEquals(409, api.as("officer.laocai").post("api/pupils", pupilJson(typed, "Vaj Tsab", "Vàng A Chá", classId)).status(),
                "a typed code in use is still refused");
    }

    @Test
    void districtsAndCodesDifferingOnlyByAccentsOrCaseStayApart() {
        String suffix = unique().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String accented = "Bắc Hà " + suffix;
        String plain = "Bac Ha " + suffix;
        for (String[] school : List.of(new String[]{"DA" + suffix, accented}, new String[]{"DB" + suffix, plain},
                new String[]{"DC" + suffix, accented.toUpperCase(java.util.Locale.ROOT)})) {
            Api.Reply created = api.as("ministry").post("api/schools", """
                    {"code":"%s","name":"Trường Tiểu học %s","provinceCode":"10","district":"%s","level":"PRIMARY",
                     "designation":"COMPARISON"}""".formatted(school[0], school[0], school[1]));
            assertEquals(201, created.status(), created::toString);
            assertEquals(school[1], api.as("ministry").get("api/schools/" + school[0]).json().getString("district"),
                    "a district of its own");
        }
        String classId = newClass(LAO_CAI);
        String lower = "t" + unique().substring(0, 8).toLowerCase(java.util.Locale.ROOT);
        assertEquals(201, api.as("officer.laocai").post("api/pupils", pupilJson(lower, "Vaj Tsab", "Vàng A Chá", classId)).status());
        Api.Reply found = api.as("officer.laocai").get("api/pupils/" + lower);
        assertEquals(200, found.status(), "codes are kept in capitals and looked up so, on either database");
        assertEquals(lower.toUpperCase(java.util.Locale.ROOT), found.json().getString("code"));
    }

    @Test
    void searchIgnoresAccentsInEitherNameForm() {
        String classId = newClass(LAO_CAI);
        api.as("officer.laocai").post("api/pupils", pupilJson(null, "Nguyễn Thị Hoà", "Nguyễn Thị Hoà", classId));
        Api.Reply byVietnamese = api.as("officer.laocai").get("api/pupils?class=" + classId + "&q=" + Api.encode("nguyen thi hoa"));
        assertEquals(1, byVietnamese.json().getInt("total"), byVietnamese::toString);
        api.as("officer.laocai").post("api/pupils", pupilJson(null, "Tsheej Ntxhi", "Sùng Thị Chi", classId));
        Api.Reply byNative = api.as("officer.laocai").get("api/pupils?class=" + classId + "&q=ntxhi");
        assertEquals("Sùng Thị Chi", byNative.items().getJsonObject(0).getString("vietnameseName"));
        Api.Reply wildcard = api.as("officer.laocai").get("api/pupils?class=" + classId + "&q=" + Api.encode("Ho_%"));
        assertEquals(1, wildcard.json().getInt("total"), "punctuation and LIKE wildcards in q are not patterns");
        assertEquals("Nguyễn Thị Hoà", wildcard.items().getJsonObject(0).getString("vietnameseName"));
        api.as("officer.laocai").post("api/pupils", pupilJson(null, "ស្រីពៅ ចាន់", "Thạch Thị Sri Pov", classId));
        for (String typed : List.of("ស្រីពៅ", "សរីពៅ", "សរីពៅ ចាន")) {
            Api.Reply byKhmer = api.as("officer.laocai").get("api/pupils?class=" + classId + "&q=" + Api.encode(typed));
            assertEquals(1, byKhmer.json().getInt("total"), typed + ": with or without the subscript and the signs");
            assertEquals("Thạch Thị Sri Pov", byKhmer.items().getJsonObject(0).getString("vietnameseName"));
        }
    }

    @Test
    void pupilsSortedByTheCallersLanguage() {
        String classId = newClass(LAO_CAI);
        for (String name : List.of("Vũ Bình", "Vũ Ân", "Vũ Anh")) {
            assertEquals(201, api.as("officer.laocai").post("api/pupils", pupilJson(null, name, name, classId)).status());
        }
        List<String> vi = names(api.as("officer.laocai").language("vi").get("api/pupils?class=" + classId));
        List<String> en = names(api.as("officer.laocai").language("en").get("api/pupils?class=" + classId));
        assertEquals(List.of("Vũ Anh", "Vũ Ân", "Vũ Bình"), vi, "Vietnamese: â is a letter after a");
        assertEquals(List.of("Vũ Ân", "Vũ Anh", "Vũ Bình"), en, "root order: accents are secondary");
        assertEquals(en.stream().sorted(Collator.getInstance(ULocale.ENGLISH)).toList(), en);
        assertEquals(vi.stream().sorted(Collator.getInstance(new ULocale("vi"))).toList(), vi);
    }

    @Test
    void officerListsOnlyTheirProvincesPupils() {
        Api.Reply reply = api.as("officer.travinh").get("api/pupils?size=200");
        assertEquals(200, reply.status());
        assertTrue(reply.json().getInt("total") > 0);
        String travinhSchools = api.as("officer.travinh").get("api/schools?size=500").items().stream()
                .map(s -> s.asJsonObject().getString("code")).collect(Collectors.joining(","));
        reply.items().forEach(p -> assertTrue(travinhSchools.contains(p.asJsonObject().getString("schoolCode"))));
        String giaLaiSchool = primarySchool(GIA_LAI);
        assertEquals(404, api.as("officer.travinh").get("api/pupils?school=" + giaLaiSchool).status());
    }

    @Test
    void pagingReportsTheTotal() {
        Api.Reply first = api.as("ministry").get("api/pupils?page=0&size=7");
        Api.Reply second = api.as("ministry").get("api/pupils?page=1&size=7");
        assertEquals(7, first.items().size());
        assertEquals(first.json().getInt("total"), second.json().getInt("total"));
        assertTrue(first.json().getInt("total") > 1000, "the demo data has a few thousand pupils");
        assertFalse(first.items().getJsonObject(0).getString("code").equals(second.items().getJsonObject(0).getString("code")));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private String primarySchool(String province) {
        return api.as("ministry").get("api/schools?province=" + province + "&size=500").items().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> !s.getString("level").equals("PRESCHOOL"))
                .map(s -> s.getString("code")).findFirst().orElseThrow();
    }

    private String newClass(String province) {
        Api.Reply reply = api.as("ministry").post("api/classes", classJson(primarySchool(province), "T" + unique().substring(0, 6)));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    private static String classJson(String school, String name) {
        return """
                {"schoolCode":"%s","schoolYear":"%s","stage":"GRADE_1","name":"%s"}""".formatted(school, Api.currentSchoolYear(), name);
    }

    private static String pupilJson(String code, String nativeName, String vietnameseName, String classId) {
        return """
                {%s"nativeName":"%s","vietnameseName":"%s","sex":"F","dateOfBirth":"%s",
                 "ethnicity":"HMONG","motherTongue":"hmn","classId":"%s"}"""
                .formatted(code == null ? "" : "\"code\":\"" + code + "\",", nativeName, vietnameseName,
                        Api.today().minusYears(7), classId);
    }

    private static List<String> names(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.items().stream().map(p -> p.asJsonObject().getString("vietnameseName")).toList();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
