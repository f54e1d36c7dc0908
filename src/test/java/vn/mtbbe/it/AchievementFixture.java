package vn.mtbbe.it;

import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new grade-2 class of a province with pupils enrolled since the first day of the school year, a reading instrument
 * of two subtasks (oral reading fluency: 60 words in 60 seconds, grade-2 benchmark 25 and 45 words a minute; reading
 * comprehension: 5 questions, benchmark 3 and 4) and a sitting of the running year, under way, that the class's school
 * takes part in: what every achievement test starts from.
 */
record AchievementFixture(Fixtures.Province province, String school, String classId, List<String> pupils,
                          long instrument, long fluency, long comprehension, long sitting) {

    static AchievementFixture create(Api api, Fixtures.Province province, int pupils) {
        Fixtures f = Fixtures.in(api, province);
        String school = f.school("AC");
        String classId = f.schoolClass(school, "GRADE_2", "2A");
        JsonObject calendar = api.as(province.officer()).get("api/calendars/" + province.code() + "/"
                + Api.currentSchoolYear()).json();
        LocalDate first = LocalDate.parse(calendar.getString("firstDay"));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < pupils; i++) {
            String code = f.pupil(classId, Fixtures.unique("Em "), 7);
            AttendanceFixture.enrolledSince(code, first);
            codes.add(code);
        }
        JsonObject instrument = instrument(api, Fixtures.unique("EGRA-T-"), province.language());
        long fluency = instrument.getJsonArray("subtasks").getJsonObject(0).getJsonNumber("id").longValue();
        long comprehension = instrument.getJsonArray("subtasks").getJsonObject(1).getJsonNumber("id").longValue();
        long sitting = sitting(api, List.of(instrument.getJsonNumber("id").longValue()), List.of(school), first, Api.today());
        return new AchievementFixture(province, school, classId, List.copyOf(codes),
                instrument.getJsonNumber("id").longValue(), fluency, comprehension, sitting);
    }

    static JsonObject instrument(Api api, String series, String language) {
        Api.Reply created = api.as("ministry").post("api/instruments", """
                {"series":"%s","name":"Đọc %s","area":"READING","language":"%s","stages":["GRADE_1","GRADE_2"],
                 "subtasks":[
                  {"skill":"ORAL_READING_FLUENCY","kind":"TIMED","items":60,"seconds":60,"sample":"ntawv tsev",
                   "benchmarks":[{"stage":"GRADE_2","approachingFrom":25,"meetingFrom":45}]},
                  {"skill":"READING_COMPREHENSION","kind":"OUT_OF","items":5,
                   "benchmarks":[{"stage":"GRADE_2","approachingFrom":3,"meetingFrom":4}]}]}"""
                .formatted(series, series, language));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    static long sitting(Api api, List<Long> instruments, List<String> schools, LocalDate from, LocalDate to) {
        Api.Reply created = api.as("ministry").post("api/sittings", """
                {"name":"%s","round":"BASELINE","schoolYear":"%s","from":"%s","to":"%s","instruments":[%s],"schools":[%s]}"""
                .formatted(Fixtures.unique("Đợt "), Api.currentSchoolYear(), from, to,
                        instruments.stream().map(String::valueOf).collect(Collectors.joining(",")),
                        schools.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","))));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    String officer() {
        return province.officer();
    }

    String pupil(int i) {
        return pupils.get(i);
    }

    String path() {
        return "api/sittings/" + sitting + "/results?class=" + classId;
    }

    /** A result: "S" a score, "S/T" a score in T seconds, "A" absent, for the fluency (f) or comprehension (c) subtask. */
    String result(int pupil, char subtask, String value) {
        long id = subtask == 'f' ? fluency : comprehension;
        if (value.equals("A")) {
            return "{\"pupil\":\"%s\",\"subtask\":%d,\"absent\":true}".formatted(pupils.get(pupil), id);
        }
        String[] parts = value.split("/");
        return parts.length == 1 ? "{\"pupil\":\"%s\",\"subtask\":%d,\"score\":%s}".formatted(pupils.get(pupil), id, parts[0])
                : "{\"pupil\":\"%s\",\"subtask\":%d,\"score\":%s,\"seconds\":%s}".formatted(pupils.get(pupil), id, parts[0], parts[1]);
    }

    static String body(String... results) {
        return String.join(",", results).transform(r -> "{\"results\":[" + r + "]}");
    }
}
