package vn.mtbbe.demo;

import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.SchoolLevel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.mtbbe.registry.domain.Designation.COMPARISON;
import static vn.mtbbe.registry.domain.Designation.PILOT;
import static vn.mtbbe.registry.domain.SchoolLevel.COMBINED;
import static vn.mtbbe.registry.domain.SchoolLevel.PRESCHOOL;
import static vn.mtbbe.registry.domain.SchoolLevel.PRIMARY;

/**
 * Where the demo set lives: the three provinces of the 2008 pilot (official GSO codes) with real districts
 * and communes. The schools are invented, named the way Vietnamese schools are named in those communes.
 */
final class DemoPlaces {

    /**
     * A school to create. {@code streams} is the number of parallel classes per stage at intake;
     * {@code feeds} names the primary school a preschool's children move on to (null when they stay).
     */
    record SchoolPlan(String code, String name, String nativeName, String district, SchoolLevel level,
                      Designation designation, int streams, String feeds) {
    }

    /**
     * A province, the ethnic group its pilot serves and the share of Kinh children in its comparison schools
     * (pilot classes, taught in the mother tongue, have few).
     */
    record ProvincePlan(String code, String name, Map<String, String> localNames, String ethnicity, String language,
                        List<String> districts, List<SchoolPlan> schools, double kinhShareComparison) {
    }

    static final double KINH_SHARE_PILOT = 0.02;

    static final List<ProvincePlan> PROVINCES = List.of(
            new ProvincePlan("10", "Lào Cai",
                    names("vi", "Lào Cai", "en", "Lao Cai", "zh", "老街省", "ms", "Lao Cai", "km", "ខេត្តឡាវកាយ"),
                    "HMONG", "hmn", List.of("Bắc Hà", "Mường Khương", "Si Ma Cai"), List.of(
                    new SchoolPlan("101001", "Trường Mầm non Nậm Mòn", null, "Bắc Hà", PRESCHOOL, PILOT, 1, "101002"),
                    new SchoolPlan("101002", "Trường PTDTBT Tiểu học Nậm Mòn", null, "Bắc Hà", PRIMARY, PILOT, 1, null),
                    new SchoolPlan("101003", "Trường Mầm non và Tiểu học Lùng Vai", null, "Mường Khương", COMBINED, PILOT, 2, null),
                    new SchoolPlan("101004", "Trường PTDTBT Tiểu học Lùng Phình", null, "Bắc Hà", PRIMARY, COMPARISON, 1, null),
                    new SchoolPlan("101005", "Trường Mầm non và Tiểu học Sán Chải", null, "Si Ma Cai", COMBINED, COMPARISON, 1, null)),
                    0.10),
            new ProvincePlan("64", "Gia Lai",
                    names("vi", "Gia Lai", "en", "Gia Lai", "zh", "嘉莱省", "ms", "Gia Lai", "km", "ខេត្តយ៉ាឡាយ"),
                    "JRAI", "jra", List.of("Chư Păh", "Ia Grai", "Đức Cơ"), List.of(
                    new SchoolPlan("641001", "Trường Mầm non Ia Ka", null, "Chư Păh", PRESCHOOL, PILOT, 1, "641002"),
                    new SchoolPlan("641002", "Trường Tiểu học Ia Ka", null, "Chư Păh", PRIMARY, PILOT, 1, null),
                    new SchoolPlan("641003", "Trường Mầm non và Tiểu học Ia Sao", null, "Ia Grai", COMBINED, PILOT, 2, null),
                    new SchoolPlan("641004", "Trường Mầm non Ia Dom", null, "Đức Cơ", PRESCHOOL, COMPARISON, 1, "641005"),
                    new SchoolPlan("641005", "Trường Tiểu học Ia Dom", null, "Đức Cơ", PRIMARY, COMPARISON, 2, null)),
                    0.20),
            new ProvincePlan("84", "Trà Vinh",
                    names("vi", "Trà Vinh", "en", "Tra Vinh", "zh", "茶荣省", "ms", "Tra Vinh", "km", "ខេត្តត្រាវិញ"),
                    "KHMER", "km", List.of("Trà Cú", "Cầu Ngang", "Tiểu Cần"), List.of(
                    new SchoolPlan("841001", "Trường Mầm non Tập Sơn", "សាលាមត្តេយ្យ តាប់សឺន", "Trà Cú", PRESCHOOL, PILOT, 1, "841002"),
                    new SchoolPlan("841002", "Trường Tiểu học Tập Sơn", "សាលាបឋមសិក្សា តាប់សឺន", "Trà Cú", PRIMARY, PILOT, 2, null),
                    new SchoolPlan("841003", "Trường Mầm non và Tiểu học Long Sơn", "សាលាមត្តេយ្យ និងបឋមសិក្សា ឡុងសឺន", "Cầu Ngang", COMBINED, PILOT, 1, null),
                    new SchoolPlan("841004", "Trường Tiểu học Kim Sơn", "សាលាបឋមសិក្សា គីមសឺន", "Trà Cú", PRIMARY, COMPARISON, 1, null),
                    new SchoolPlan("841005", "Trường Mầm non và Tiểu học Hiếu Tử", null, "Tiểu Cần", COMBINED, COMPARISON, 1, null)),
                    0.25));

    private DemoPlaces() {
    }

    /** District codes follow the scheme SchoolService uses for new districts, so later ones continue it. */
    static String districtCode(String provinceCode, int index) {
        return provinceCode + String.format("%03d", index + 1);
    }

    private static Map<String, String> names(String... localeAndName) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < localeAndName.length; i += 2) {
            names.put(localeAndName[i], localeAndName[i + 1]);
        }
        return Collections.unmodifiableMap(names);
    }
}
