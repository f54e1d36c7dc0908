package vn.mtbbe.registry.service;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.db.Where;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.validation.Matches;
import vn.mtbbe.platform.validation.MaxLength;
import vn.mtbbe.platform.validation.Required;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.Ethnicity;
import vn.mtbbe.registry.domain.Language;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.RegistryEvents;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Sex;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pupils: personal data of children. Only officers of the pupil's province and ministry staff read them;
 * only officers of the province enrol or change them. Names are searched accent-free in both forms and
 * sorted by the ICU collation of the reader's language (through stored collation keys).
 */
@ApplicationScoped
public class PupilService {

    static final int MAX_NAME = 200;
    static final int MIN_AGE = 3;
    static final int MAX_AGE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolService schools;

    @Inject
    ClassService classes;

    @Inject
    PupilCodes codes;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    Event<RegistryEvents.PupilEnrolled> events;

    @Inject
    Event<RegistryEvents.PupilChanged> changes;

    @Inject
    Today today;

    /** What the caller asks for when listing pupils; every part may be null (blank is the same). */
    public record Filter(String province, String school, Long classId, String q) {
        public Filter {
            province = Where.given(province);
            school = Where.given(school);
        }
    }

    /** A pupil's details as submitted, for enrolment or a change. */
    public record PupilInput(
            @Matches(regexp = "[A-Za-z0-9][A-Za-z0-9-]{3,19}", message = "{validation.pupil.code}") String code,
            @Required @MaxLength(max = MAX_NAME) String nativeName,
            @Required @MaxLength(max = MAX_NAME) String vietnameseName,
            @Required @Matches(regexp = "[FM]", message = "{validation.pupil.sex}") String sex,
            @Required String dateOfBirth,
            @Required String ethnicity,
            @Required String motherTongue,
            String classId) {
    }

    public Page<Pupil> list(Filter filter, PageRequest paging, ULocale locale) {
        Where where = where(filter);
        Page<Pupil> page = new Page<>(items(where, paging.offset(), paging.size(), locale), paging.page(), paging.size(), count(where));
        logListRead(filter, paging.offset(), page.items().size());
        return page;
    }

    /** How many pupils match {@code filter}, for pages that page through them. */
    public long count(Filter filter) {
        return count(where(filter));
    }

    /** The pupils matching {@code filter} from position {@code first}, at most {@code max}, in the reader's order. */
    public List<Pupil> range(Filter filter, int first, int max, ULocale locale) {
        List<Pupil> items = items(where(filter), first, max, locale);
        logListRead(filter, first, items.size());
        return items;
    }

    /** One audit entry per page of pupils read (their names, ethnicity and dates of birth), never one per row. */
    private void logListRead(Filter filter, int first, int rows) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("province", filter.province());
        query.put("school", filter.school());
        query.put("class", filter.classId());
        query.put("q", filter.q());
        query.put("first", first);
        query.put("rows", rows);
        audit.recordList(currentUser.requireSignedIn().getUsername(), "Pupil", query);
    }

    /** The pupil with {@code code} for reading their record: as {@link #get}, and the reading is audited. */
    public Pupil read(String code) {
        Pupil pupil = get(code);
        audit.recordRead(currentUser.requireSignedIn().getUsername(), "Pupil", pupil.getCode());
        return pupil;
    }

    /** The conditions for {@code filter} within the caller's provinces; 404 for a place outside them. */
    private Where where(Filter filter) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        String province = filter.province();
        if (province != null && !scope.includes(province)) {
            throw AppException.notFound("error.notFound.province", province);
        }
        School school = filter.school() == null ? null : schools.get(filter.school());
        SchoolClass schoolClass = filter.classId() == null ? null : classes.get(filter.classId());
        String folded = filter.q() == null ? "" : TextKeys.fold(filter.q());
        Where where = Where.start()
                .and("p.provinceCode IN :codes", "codes", scope.all() ? null : scope.codes())
                .and("p.provinceCode = :province", "province", province)
                .and("p.school = :school", "school", school)
                .and("EXISTS (SELECT e FROM Enrolment e WHERE e.pupil = p AND e.schoolClass = :class)", "class", schoolClass)
                .and("(p.searchKey LIKE :q OR p.code = :code)", "q", folded.isEmpty() ? null : TextKeys.likeContains(folded));
        if (!folded.isEmpty()) {
            where.param("code", filter.q().strip().toUpperCase(Locale.ROOT));
        }
        return where;
    }

    private List<Pupil> items(Where where, int first, int max, ULocale locale) {
        String order = TextKeys.usesVietnameseOrder(locale) ? "p.sortKeyVi" : "p.sortKeyRoot";
        // LEFT JOIN (every pupil has a school): the database then reads the pupils first, in the order of an index
        // on the sort key, and stops after one page; with an inner join MariaDB may start from the schools and sort
        // every pupil of the country (bench/explain-pupil-lists.sh).
        TypedQuery<Pupil> items = where.bind(em.createQuery("SELECT p FROM Pupil p LEFT JOIN FETCH p.school"
                + where.clause() + " ORDER BY " + order + ", p.code", Pupil.class));
        return items.setFirstResult(first).setMaxResults(max).getResultList();
    }

    private long count(Where where) {
        return where.bind(em.createQuery("SELECT COUNT(p) FROM Pupil p" + where.clause(), Long.class)).getSingleResult();
    }

    public Optional<Pupil> find(String code) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Pupil.findByCode", Pupil.class).setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().filter(p -> scope.includes(p.getProvinceCode())).findFirst();
    }

    /** The pupil with {@code code}; 404 when there is none or it lies outside the caller's provinces. */
    public Pupil get(String code) {
        return find(code).orElseThrow(() -> AppException.notFound("error.notFound.pupil", code));
    }

    /** The pupil with {@code code} for a change: officers of the pupil's province only (403, 404 otherwise). */
    public Pupil getForChange(String code) {
        currentUser.require(Role.OFFICER);
        return get(code);
    }

    @Transactional
    public Pupil enrol(PupilInput input) {
        AppUser caller = currentUser.require(Role.OFFICER);
        Validation v = Validation.start().constraints(validator, input);
        Details details = validateDetails(input, v);
        SchoolClass schoolClass = null;
        if (input.classId() == null || input.classId().isBlank()) {
            v.add("classId", "validation.required");
        } else {
            schoolClass = parseId(input.classId()).flatMap(classes::find).orElse(null);
            if (schoolClass == null) {
                v.add("classId", "validation.unknownClass");
            }
        }
        String code = input.code() == null || input.code().isBlank() ? null : input.code().strip().toUpperCase(Locale.ROOT);
        v.throwIfInvalid();
        if (code != null && !em.createNamedQuery("Pupil.findByCode", Pupil.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            throw AppException.conflict("error.conflict.pupilCode", code);
        }
        School school = schoolClass.getSchool();
        if (code == null) {
            code = codes.next(school.getProvinceCode());
        }
        Pupil pupil = new Pupil(code, details.nativeName, details.vietnameseName, details.sex, details.dateOfBirth,
                details.ethnicity, details.motherTongue, school);
        pupil.enrol(schoolClass, enrolmentStart(schoolClass));
        em.persist(pupil);
        events.fire(new RegistryEvents.PupilEnrolled(pupil, schoolClass));
        audit.record(caller.getUsername(), AuditLog.Action.CREATE, "Pupil", code, null, state(pupil));
        return pupil;
    }

    /** Changes a pupil's details; {@code expectedVersion} (when given) must be the version the caller read. */
    @Transactional
    public Pupil update(String code, PupilInput input, Long expectedVersion) {
        AppUser caller = currentUser.require(Role.OFFICER);
        Pupil pupil = get(code);
        if (expectedVersion != null && expectedVersion != pupil.getVersion()) {
            throw AppException.stale();
        }
        Validation v = Validation.start().constraints(validator, input);
        Details details = validateDetails(input, v);
        v.throwIfInvalid();
        Map<String, Object> before = state(pupil);
        pupil.setNativeName(details.nativeName);
        pupil.setVietnameseName(details.vietnameseName);
        pupil.setSex(details.sex);
        pupil.setDateOfBirth(details.dateOfBirth);
        pupil.setEthnicityCode(details.ethnicity);
        pupil.setMotherTongue(details.motherTongue);
        Map<String, Object> after = state(pupil);
        if (!after.equals(before)) {
            em.flush();
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "Pupil", code, before, after);
            changes.fire(new RegistryEvents.PupilChanged(pupil));
        }
        return pupil;
    }

    private record Details(String nativeName, String vietnameseName, Sex sex, LocalDate dateOfBirth,
                           String ethnicity, String motherTongue) {
    }

    /** The rules Bean Validation cannot check alone: a real date of a plausible age, known reference codes. */
    private Details validateDetails(PupilInput input, Validation v) {
        String nativeName = TextKeys.nfc(input.nativeName());
        String vietnameseName = TextKeys.nfc(input.vietnameseName());
        Sex sex = v.hasError("sex") ? null : Sex.valueOf(input.sex().strip());
        LocalDate dateOfBirth = null;
        if (!v.hasError("dateOfBirth")) {
            try {
                dateOfBirth = LocalDate.parse(input.dateOfBirth().strip());
                LocalDate now = today.date();
                if (dateOfBirth.isAfter(now.minusYears(MIN_AGE)) || dateOfBirth.isBefore(now.minusYears(MAX_AGE))) {
                    v.add("dateOfBirth", "validation.pupil.age", Map.of("min", MIN_AGE, "max", MAX_AGE));
                }
            } catch (DateTimeParseException e) {
                v.add("dateOfBirth", "validation.date");
            }
        }
        String ethnicity = v.hasError("ethnicity") ? null : input.ethnicity().strip().toUpperCase(Locale.ROOT);
        if (ethnicity != null && em.find(Ethnicity.class, ethnicity) == null) {
            v.add("ethnicity", "validation.unknownEthnicity");
        }
        String motherTongue = v.hasError("motherTongue") ? null : input.motherTongue().strip();
        if (motherTongue != null && em.find(Language.class, motherTongue) == null) {
            v.add("motherTongue", "validation.unknownLanguage");
        }
        return new Details(nativeName, vietnameseName, sex, dateOfBirth, ethnicity, motherTongue);
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Today if it falls in the class's school year, otherwise the year's first day. */
    private LocalDate enrolmentStart(SchoolClass schoolClass) {
        SchoolYear year = classes.schoolYear(schoolClass.getSchoolYear());
        LocalDate now = today.date();
        return year.contains(now) ? now : year.getStartDate();
    }

    static Map<String, Object> state(Pupil p) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", p.getCode());
        state.put("nativeName", p.getNativeName());
        state.put("vietnameseName", p.getVietnameseName());
        state.put("sex", p.getSex());
        state.put("dateOfBirth", p.getDateOfBirth());
        state.put("ethnicity", p.getEthnicityCode());
        state.put("motherTongue", p.getMotherTongue());
        state.put("schoolCode", p.getSchool().getCode());
        return state;
    }
}
