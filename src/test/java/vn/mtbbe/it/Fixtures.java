package vn.mtbbe.it;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Records a test makes for itself through the API, so that it depends on no other test and on no demo record it
 * might change: a school of a demo province (with a fresh code), classes of the running school year, pupils.
 */
public final class Fixtures {

    /** A demo province with a district of it, its pilot language, that language's ethnic group and its officer. */
    public record Province(String code, String district, String language, String ethnicity, String officer) {
    }

    public static final Province LAO_CAI = new Province("10", "Si Ma Cai", "hmn", "HMONG", "officer.laocai");
    public static final Province GIA_LAI = new Province("64", "Ia Grai", "jra", "JRAI", "officer.gialai");
    public static final Province TRA_VINH = new Province("84", "Trà Cú", "km", "KHMER", "officer.travinh");
    static final Map<String, Province> BY_CODE = Map.of("10", LAO_CAI, "64", GIA_LAI, "84", TRA_VINH);

    private final Api api;
    private final Province province;

    private Fixtures(Api api, Province province) {
        this.api = api;
        this.province = province;
    }

    public static Fixtures in(Api api, Province province) {
        return new Fixtures(api, province);
    }

    /** A new code for a school, class name or person, {@code prefix} followed by six letters and digits. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    /** A new primary pilot school of the province (created by ministry staff); its code. */
    public String school(String prefix) {
        String code = unique(prefix);
        Api.Reply reply = api.as("ministry").post("api/schools", """
                {"code":"%s","name":"Trường Tiểu học Thử %s","provinceCode":"%s","district":"%s","level":"PRIMARY",
                 "designation":"PILOT","programmeLanguage":"%s"}""".formatted(code, code, province.code(),
                province.district(), province.language()));
        assertEquals(201, reply.status(), reply::toString);
        return code;
    }

    /** A class of the running school year at the school (created by the province's officer); its id. */
    public String schoolClass(String school, String stage, String name) {
        Api.Reply reply = api.as(province.officer()).post("api/classes", """
                {"schoolCode":"%s","schoolYear":"%s","stage":"%s","name":"%s"}""".formatted(school,
                Api.currentSchoolYear(), stage, name));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    /** A pupil of the province's ethnic group enrolled in the class (by the province's officer); the pupil code. */
    public String pupil(String classId, String name, int age) {
        Api.Reply reply = api.as(province.officer()).post("api/pupils", """
                {"nativeName":"%s","vietnameseName":"%s","sex":"F","dateOfBirth":"%s","ethnicity":"%s",
                 "motherTongue":"%s","classId":"%s"}""".formatted(name, name, Api.today().minusYears(age),
                province.ethnicity(), province.language(), classId));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("code");
    }
}
