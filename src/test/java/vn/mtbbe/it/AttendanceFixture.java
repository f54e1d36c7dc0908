package vn.mtbbe.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A new class of a province with pupils enrolled since the first day of the school year, and the year's school days
 * up to today: what every attendance test starts from.
 */
record AttendanceFixture(Fixtures.Province province, String classId, List<String> pupils, List<LocalDate> schoolDays) {

    static AttendanceFixture create(Api api, Fixtures.Province province, int pupils) {
        Fixtures f = Fixtures.in(api, province);
        String school = f.school("AT");
        String classId = f.schoolClass(school, "GRADE_2", "2A");
        JsonObject calendar = api.as(province.officer()).get("api/calendars/" + province.code() + "/"
                + Api.currentSchoolYear()).json();
        LocalDate first = LocalDate.parse(calendar.getString("firstDay"));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < pupils; i++) {
            String code = f.pupil(classId, Fixtures.unique("Em "), 8);
            enrolledSince(code, first);
            codes.add(code);
        }
        List<LocalDate> days = calendar.getJsonArray("schoolDays").getValuesAs(JsonString.class).stream()
                .map(s -> LocalDate.parse(s.getString())).filter(d -> !d.isAfter(Api.today())).toList();
        if (days.size() < 5) {
            throw new IllegalStateException("the school year has fewer than five school days up to today: " + days);
        }
        return new AttendanceFixture(province, classId, List.copyOf(codes), days);
    }

    /** Moves the start of the pupil's enrolment back (or on) to {@code day}, as if they had joined the class then. */
    static void enrolledSince(String pupil, LocalDate day) {
        Database.update("UPDATE enrolment SET start_date = ? WHERE pupil_id = (SELECT id FROM pupil WHERE code = ?)",
                day, pupil);
    }

    String officer() {
        return province.officer();
    }

    String pupil(int i) {
        return pupils.get(i);
    }

    String path(LocalDate day) {
        return "api/classes/" + classId + "/attendance/" + day;
    }

    /** A class-day body: every pupil present but those named, given as STATUS or STATUS:REASON. */
    String body(Map<String, String> exceptions) {
        List<String> all = new ArrayList<>(pupils);
        exceptions.keySet().stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all.stream().map(p -> {
            String[] mark = exceptions.getOrDefault(p, "PRESENT").split(":");
            return mark.length == 1 ? "{\"pupil\":\"%s\",\"status\":\"%s\"}".formatted(p, mark[0])
                    : "{\"pupil\":\"%s\",\"status\":\"%s\",\"reason\":\"%s\"}".formatted(p, mark[0], mark[1]);
        }).collect(Collectors.joining(",", "{\"marks\":[", "]}"));
    }
}
