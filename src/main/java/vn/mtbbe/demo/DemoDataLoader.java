package vn.mtbbe.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.demo.DemoData.ClassSeed;
import vn.mtbbe.demo.DemoData.DistrictSeed;
import vn.mtbbe.demo.DemoData.EnrolmentSeed;
import vn.mtbbe.demo.DemoData.ProvinceSeed;
import vn.mtbbe.demo.DemoData.PupilSeed;
import vn.mtbbe.demo.DemoData.SchoolSeed;
import vn.mtbbe.demo.DemoData.YearSeed;
import vn.mtbbe.registry.domain.District;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Province;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.service.PupilCodes;
import vn.mtbbe.security.AccountService;
import vn.mtbbe.security.Role;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link DemoData} set and the demo accounts in one transaction, so a failed load leaves no
 * province behind and the next start tries again.
 */
@ApplicationScoped
public class DemoDataLoader {

    /** What was written. */
    public record Counts(int provinces, int schools, int classes, int pupils, long enrolments, int accounts) {
    }

    /** A demo account; {@code lifetime} is null for accounts that do not expire. */
    record DemoAccount(String username, String displayName, Role role, List<String> provinces, Duration lifetime) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Lê Minh Tuấn", Role.ADMIN, List.of(), null),
            new DemoAccount("ministry", "Nguyễn Thị Thu Hà", Role.MINISTRY, List.of(), null),
            new DemoAccount("officer.laocai", "Vàng Seo Phủ", Role.OFFICER, List.of("10"), null),
            new DemoAccount("officer.gialai", "Ksor H'Nhi", Role.OFFICER, List.of("64"), null),
            new DemoAccount("officer.travinh", "Thạch Thị Ma Ly", Role.OFFICER, List.of("84"), null),
            new DemoAccount("delegation", "Nurul Aisyah binti Hassan", Role.DELEGATION, List.of(), Duration.ofDays(90)));

    @PersistenceContext
    EntityManager em;

    @Inject
    PupilCodes codes;

    @Inject
    AccountService accounts;

    @Inject
    DemoProgrammes programmes;

    public boolean hasProvinces() {
        return !em.createQuery("SELECT p.code FROM Province p", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Writes {@code data} unless the database already holds a province (checked again inside the transaction). */
    @Transactional
    public Optional<Counts> load(DemoData data, char[] password) {
        if (hasProvinces()) {
            return Optional.empty();
        }
        for (ProvinceSeed p : data.provinces()) {
            em.persist(new Province(p.code(), p.name(), true));
            p.localNames().forEach((locale, name) -> em.persist(new RefName(RefName.Kind.PROVINCE, p.code(), locale, name)));
        }
        for (YearSeed y : data.years()) {
            if (em.find(SchoolYear.class, y.code()) == null) {
                em.persist(new SchoolYear(y.code(), y.start(), y.end()));
            }
        }
        // Districts, schools, classes and pupils refer to provinces and years by plain code columns, which
        // EclipseLink does not order its inserts by: those rows must be written first.
        em.flush();
        Map<String, District> districts = new HashMap<>();
        for (ProvinceSeed p : data.provinces()) {
            for (DistrictSeed d : p.districts()) {
                District district = new District(d.provinceCode(), d.code(), d.name());
                persistNow(district);
                districts.put(d.code(), district);
            }
        }
        Map<String, School> schools = new HashMap<>();
        for (SchoolSeed s : data.schools()) {
            School school = new School(s.code(), s.name(), districts.get(s.districtCode()), s.level(), s.designation(),
                    s.programmeLanguage());
            school.setNativeName(s.nativeName());
            school.setDemo(true);
            persistNow(school);
            schools.put(s.code(), school);
        }
        Map<ClassSeed, SchoolClass> classes = new HashMap<>();
        for (ClassSeed c : data.classes()) {
            SchoolClass schoolClass = new SchoolClass(schools.get(c.schoolCode()), c.year(), c.stage(), c.name(),
                    c.programmeLanguage());
            schoolClass.setTeacherNames(c.teacherNames());
            persistNow(schoolClass);
            classes.put(c, schoolClass);
        }
        // Reserving the numbers moves each province's counter past the demo codes, for codes the server hands out later.
        Map<String, Long> firstNumber = new HashMap<>();
        for (ProvinceSeed p : data.provinces()) {
            firstNumber.put(p.code(), codes.reserve(p.code(), Math.toIntExact(data.pupilCount(p.code()))));
        }
        for (PupilSeed p : data.pupils()) {
            School firstSchool = classes.get(p.enrolments().get(0).schoolClass()).getSchool();
            Pupil pupil = new Pupil(p.code(firstNumber.get(p.provinceCode())), p.nativeName(), p.vietnameseName(),
                    p.sex(), p.dateOfBirth(), p.ethnicity(), p.motherTongue(), firstSchool);
            pupil.setDemo(true);
            for (EnrolmentSeed e : p.enrolments()) {
                Enrolment enrolment = pupil.enrol(classes.get(e.schoolClass()), e.start());
                if (!e.isOpen()) {
                    enrolment.close(e.outcome(), e.outcomeDate());
                }
            }
            em.persist(pupil);
        }
        em.flush();
        programmes.load();
        int created = 0;
        for (DemoAccount a : ACCOUNTS) {
            if (accounts.findByUsername(a.username()).isEmpty()) {
                accounts.create(a.username(), a.displayName(), password, a.role(), a.provinces(),
                        a.lifetime() == null ? null : accounts.now().plus(a.lifetime()), true);
                created++;
            }
        }
        em.flush();
        return Optional.of(new Counts(data.provinces().size(), data.schools().size(), data.classes().size(),
                data.pupils().size(), data.enrolmentCount(), created));
    }

    /**
     * Writes {@code entity} at once: EclipseLink orders the inserts of one flush by identity hash, and
     * districts, schools and classes should get the same ids in every demo installation (class ids appear in URLs).
     */
    private void persistNow(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
