package vn.mtbbe.it;

import com.ibm.icu.util.ULocale;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-over from a preschool-only school to grade 1 of a primary school at the year end, through the API: the
 * proposal names the receiving school, the children arrive in its grade-1 class of next year with their cohort, their
 * enrolment history and their mother tongue, the receiving school lists their cohort, the cohort's flow goes on
 * there, the flow summary equals a recount; a school of another province is for ministry staff only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandOverIT {

    static final String OFFICER = "officer.laocai";

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    @Test
    void promotedChildrenMoveIntoGradeOneOfTheReceivingSchoolWithTheirCohort() {
        String district = Fixtures.unique("Huyện Thử ");
        String preschool = school("10", district, "PRESCHOOL", "Trường Mầm non Thử Bàn Giao");
        String primary = school("10", district, "PRIMARY", "Trường Tiểu học Thử Tiếp Nhận");
        String otherPreschool = school("10", district, "PRESCHOOL", "Trường Mầm non Thử Khác");
        String elsewhere = Fixtures.in(api, Fixtures.TRA_VINH).school("HT");
        Fixtures laoCai = Fixtures.in(api, Fixtures.LAO_CAI);
        String mg5 = laoCai.schoolClass(preschool, "PRESCHOOL_5", "MG5A");
        List<String> children = new ArrayList<>();
        for (String name : List.of("Giàng Thị Mỷ", "Sùng A Páo", "Vàng Thị Chi", "Lù A Dình")) {
            children.add(laoCai.pupil(mg5, name, 5));
        }
        String repeater = children.get(3);
        Object cohort = Database.column("SELECT cohort_id FROM school_class WHERE id = ?", Long.parseLong(mg5)).get(0);
        String path = "api/schools/" + preschool + "/rollover?year=" + Api.currentSchoolYear();

        // The proposal: every promoted child handed over to the primary school of the same district, into "1A".
        JsonArray preview = api.as(OFFICER).get(path).array();
        assertEquals(4, preview.size(), preview::toString);
        for (JsonValue v : preview) {
            JsonObject line = v.asJsonObject();
            assertTrue(line.getBoolean("handOver"), line::toString);
            assertEquals(primary, line.getString("receivingSchool"), line::toString);
            assertEquals("GRADE_1", line.getString("nextStage"));
            assertEquals("1A", line.getString("nextClassName"));
        }
        JsonArray receiving = api.as(OFFICER).get("api/schools/" + preschool + "/rollover/receiving").array();
        assertEquals(primary, receiving.getJsonObject(0).getString("code"), receiving::toString);
        assertEquals("DISTRICT", receiving.getJsonObject(0).getString("place"));
        List<String> codes = receiving.stream().map(r -> r.asJsonObject().getString("code")).toList();
        assertFalse(codes.contains(otherPreschool), "a preschool teaches no grade 1");
        assertFalse(codes.contains(preschool));
        assertTrue(receiving.stream().allMatch(r -> r.asJsonObject().getString("provinceCode").equals("10")),
                "an officer's provinces only");

        // Refused, each at its decision, and nothing written: a school without grade 1, a receiving school for a child
        // who repeats, and a school of another province (answered exactly as one that exists nowhere).
        Api.Reply refused = api.as(OFFICER).language("en").post(path, decisions(children, repeater, otherPreschool, true));
        assertEquals(422, refused.status(), refused::toString);
        Map<String, String> errors = refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
        assertEquals(Messages.format(ULocale.ENGLISH, "validation.rollover.receivingSchool", Map.of("school", otherPreschool)),
                errors.get("decisions[0].receivingSchool"), errors::toString);
        assertEquals(Messages.format(ULocale.ENGLISH, "validation.rollover.noHandOver"), errors.get("decisions[3].receivingSchool"));
        Api.Reply toElsewhere = api.as(OFFICER).language("en").post(path, decisions(children, repeater, elsewhere, false));
        Api.Reply toNowhere = api.as(OFFICER).language("en").post(path, decisions(children, repeater, "NO-SUCH-SCHOOL", false));
        assertEquals(422, toElsewhere.status(), toElsewhere::toString);
        assertEquals(toNowhere.json().getJsonArray("errors"), toElsewhere.json().getJsonArray("errors"));
        assertEquals(4, api.as(OFFICER).get(path).array().size(), "nothing written");

        Api.Reply done = api.as(OFFICER).post(path, decisions(children, repeater, primary, false));
        assertEquals(200, done.status(), done::toString);
        assertEquals(3, done.json().getInt("handedOver"));
        assertEquals(3, done.json().getInt("promoted"));
        assertEquals(1, done.json().getInt("repeated"));
        assertEquals(2, done.json().getInt("classesCreated"), "1A at the primary school, MG5A for the repeater");

        // The children arrive in grade 1 of the receiving school, with their history, cohort and mother tongue.
        JsonObject grade1 = api.as(OFFICER).get("api/classes?school=" + primary + "&year=" + Api.nextSchoolYear() + "&size=10")
                .items().getJsonObject(0);
        assertEquals("1A", grade1.getString("name"));
        assertEquals("GRADE_1", grade1.getString("stage"));
        for (String child : children.subList(0, 3)) {
            JsonObject pupil = api.as(OFFICER).get("api/pupils/" + child).json();
            assertEquals(primary, pupil.getString("schoolCode"));
            assertEquals("hmn", pupil.getString("motherTongue"));
            JsonArray enrolments = pupil.getJsonArray("enrolments");
            assertEquals(List.of(preschool + " PRESCHOOL_5 PROMOTED", primary + " GRADE_1 -"), enrolments.stream()
                    .map(JsonValue::asJsonObject).map(e -> e.getString("schoolCode") + " " + e.getString("stage") + " "
                            + (e.isNull("outcome") ? "-" : e.getString("outcome"))).toList());
            assertEquals(cohort, Database.column("SELECT cohort_id FROM pupil WHERE code = ?", child).get(0), "the same cohort");
        }
        assertEquals(cohort, Database.column("SELECT cohort_id FROM school_class WHERE id = ?",
                Long.parseLong(grade1.getString("id"))).get(0), "the class opened for them follows their cohort");
        assertEquals(preschool, api.as(OFFICER).get("api/pupils/" + repeater).json().getString("schoolCode"));

        // The receiving school lists the cohort it took (no empty grade-1 cohort of its own), and the flow goes on there.
        JsonArray cohorts = api.as(OFFICER).get("api/cohorts?school=" + primary).array();
        assertEquals(1, cohorts.size(), cohorts::toString);
        assertEquals(cohort.toString(), cohorts.getJsonObject(0).getString("id"));
        assertEquals(preschool, cohorts.getJsonObject(0).getString("schoolCode"));
        assertEquals(primary, cohorts.getJsonObject(0).getString("receivedAt"));
        assertEquals(4, cohorts.getJsonObject(0).getInt("pupils"));
        JsonObject atPreschool = api.as(OFFICER).get("api/cohorts?school=" + preschool).array().getJsonObject(0);
        assertEquals(cohort.toString(), atPreschool.getString("id"));
        assertTrue(atPreschool.isNull("receivedAt"), "listed where it started");
        JsonObject flow = api.as(OFFICER).get("api/cohorts/" + cohort + "/flow").json();
        List<String> byGrade = flow.getJsonArray("byGrade").stream().map(JsonValue::asJsonObject)
                .map(y -> y.getString("schoolYear") + " " + y.getString("stage") + " " + y.getInt("enrolled") + " "
                        + y.getInt("promoted") + " " + y.getInt("repeated")).toList();
        assertEquals(List.of(Api.currentSchoolYear() + " PRESCHOOL_5 4 3 1", Api.nextSchoolYear() + " PRESCHOOL_5 1 0 0",
                Api.nextSchoolYear() + " GRADE_1 3 0 0"), byGrade);
        JsonObject next = FlowReportIT.single(api.as(OFFICER).get("api/reports/flow?year=" + Api.nextSchoolYear()
                + "&school=" + primary));
        assertEquals(3, next.getInt("pupils"), "the flow report counts them at the receiving school");
        assertEquals(List.of(), FlowReportIT.recount());
    }

    @Test
    void aReceivingSchoolOfAnotherProvinceIsForMinistryStaffOnly() {
        String district = Fixtures.unique("Huyện Thử ");
        String preschool = school("10", district, "PRESCHOOL", "Trường Mầm non Thử Liên Tỉnh");
        String traVinh = Fixtures.in(api, Fixtures.TRA_VINH).school("HX");
        Fixtures laoCai = Fixtures.in(api, Fixtures.LAO_CAI);
        String mg5 = laoCai.schoolClass(preschool, "PRESCHOOL_5", "MG5A");
        List<String> children = List.of(laoCai.pupil(mg5, "Giàng Thị Sinh", 5), laoCai.pupil(mg5, "Hầu A Lử", 5));
        Object cohort = Database.column("SELECT cohort_id FROM school_class WHERE id = ?", Long.parseLong(mg5)).get(0);
        String path = "api/schools/" + preschool + "/rollover?year=" + Api.currentSchoolYear();
        String decisions = decisions(children, null, traVinh, false);

        Api.Reply officer = api.as(OFFICER).language("en").post(path, decisions);
        assertEquals(422, officer.status(), officer::toString);
        assertEquals(Messages.format(ULocale.ENGLISH, "validation.unknownSchool"),
                officer.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(404, api.as("officer.travinh").get("api/cohorts/" + cohort + "/flow").status(), "not theirs yet");

        Api.Reply ministry = api.as("ministry").post(path, decisions);
        assertEquals(200, ministry.status(), ministry::toString);
        assertEquals(2, ministry.json().getInt("handedOver"));
        for (String child : children) {
            Api.Reply there = api.as("officer.travinh").get("api/pupils/" + child);
            assertEquals(200, there.status(), "the receiving province's officer sees the child arrive");
            assertEquals(traVinh, there.json().getString("schoolCode"));
            assertEquals("84", there.json().getString("provinceCode"));
        }
        JsonArray cohorts = api.as("officer.travinh").get("api/cohorts?school=" + traVinh).array();
        assertEquals(List.of(cohort.toString()), cohorts.stream().map(c -> c.asJsonObject().getString("id")).toList());
        assertEquals(200, api.as("officer.travinh").get("api/cohorts/" + cohort + "/flow").status());
        assertEquals(200, api.as(OFFICER).get("api/cohorts/" + cohort + "/flow").status(), "it started in Lào Cai");
        assertEquals(404, api.as("officer.gialai").get("api/cohorts/" + cohort + "/flow").status());
        assertEquals(List.of(), FlowReportIT.recount());
    }

    /** A new pilot school of a province, with a district of its own; its code. */
    private String school(String province, String district, String level, String name) {
        String code = Fixtures.unique("HO");
        Api.Reply created = api.as("ministry").post("api/schools", """
                {"code":"%s","name":"%s %s","provinceCode":"%s","district":"%s","level":"%s",
                 "designation":"PILOT","programmeLanguage":"hmn"}""".formatted(code, name, code, province, district, level));
        assertEquals(201, created.status(), created::toString);
        return code;
    }

    /**
     * One decision per child: {@code repeater} repeats (with the receiving school too when {@code repeaterReceived}),
     * every other child is promoted to {@code receiving}.
     */
    private static String decisions(List<String> children, String repeater, String receiving, boolean repeaterReceived) {
        return children.stream().map(c -> c.equals(repeater)
                        ? "{\"pupil\":\"%s\",\"outcome\":\"REPEATED\"%s}".formatted(c,
                                repeaterReceived ? ",\"receivingSchool\":\"" + receiving + "\"" : "")
                        : "{\"pupil\":\"%s\",\"outcome\":\"PROMOTED\",\"receivingSchool\":\"%s\"}".formatted(c, receiving))
                .collect(Collectors.joining(",", "{\"decisions\":[", "]}"));
    }
}
