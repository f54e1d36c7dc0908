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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.db.Clash;
import vn.mtbbe.platform.db.Where;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.validation.Matches;
import vn.mtbbe.platform.validation.MaxLength;
import vn.mtbbe.platform.validation.Required;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Ethnicity;
import vn.mtbbe.registry.domain.Language;
import vn.mtbbe.registry.domain.NameSimilarity;
import vn.mtbbe.registry.domain.Outcome;
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
    vn.mtbbe.platform.metrics.AppMetrics metrics;

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
    Event<RegistryEvents.EnrolmentEnded> enrolmentEnded;

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
    @Schema(name = "PupilInput", description = "A pupil's details, for an enrolment (with classId; code optional, the "
            + "server assigns one) or a change; dateOfBirth an ISO date", example = """
            {"code": null, "nativeName": "Giàng A Pháo", "vietnameseName": "Giàng A Pháo", "sex": "M",
             "dateOfBirth": "2019-03-14", "ethnicity": "HMONG", "motherTongue": "hmn", "classId": "2417"}""")
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
            } else if (schoolClass.isClosed()) {
                v.add("classId", "validation.class.closed");
            }
        }
        String code = input.code() == null || input.code().isBlank() ? null : input.code().strip().toUpperCase(Locale.ROOT);
        v.throwIfInvalid();
        if (code != null) {
            Optional<Pupil> existing = em.createNamedQuery("Pupil.findByCode", Pupil.class).setParameter("code", code)
                    .getResultStream().findFirst();
            if (existing.isPresent()) {
                // A child transferred to this class's school (from any province) is enrolled with their history.
                if (arrivalAt(existing.get(), schoolClass.getSchool()).isPresent()) {
                    return receive(existing.get(), schoolClass, caller);
                }
                throw AppException.conflict("error.conflict.pupilCode", code);
            }
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
        metrics.pupilWritten("enrol");
        return pupil;
    }

    /**
     * The children of the province of {@code input}'s class born on the same day whose name in either form is the same
     * or similar to either form given ({@link NameSimilarity}): a possible duplicate to show the officer before a new
     * child is enrolled. Empty while the class or the date is not valid (the enrolment itself will say why).
     */
    public List<Pupil> possibleDuplicates(PupilInput input) {
        currentUser.require(Role.OFFICER);
        Optional<SchoolClass> schoolClass = input.classId() == null ? Optional.empty()
                : parseId(input.classId()).flatMap(classes::find);
        LocalDate born;
        try {
            born = LocalDate.parse(input.dateOfBirth() == null ? "" : input.dateOfBirth().strip());
        } catch (DateTimeParseException e) {
            return List.of();
        }
        if (schoolClass.isEmpty()) {
            return List.of();
        }
        List<String> given = java.util.stream.Stream.of(input.vietnameseName(), input.nativeName())
                .filter(n -> n != null && !n.isBlank()).toList();
        return em.createQuery("SELECT p FROM Pupil p LEFT JOIN FETCH p.school WHERE p.provinceCode = :province"
                        + " AND p.dateOfBirth = :born ORDER BY p.code", Pupil.class)
                .setParameter("province", schoolClass.get().getSchool().getProvinceCode()).setParameter("born", born)
                .getResultStream()
                .filter(p -> given.stream().anyMatch(n -> NameSimilarity.similar(n, p.getVietnameseName())
                        || NameSimilarity.similar(n, p.getNativeName())))
                .toList();
    }

    /**
     * Moves a pupil to another class of the same school and school year from {@code date} (today when null): the
     * enrolment in the first class ends the day before as {@link Outcome#MOVED}, and records of that class dated from
     * the move on no longer hold for the pupil.
     */
    @Transactional
    public Enrolment move(String code, String classId, LocalDate date) {
        return Clash.refused(em, "error.concurrent.enrolment", () -> moveNow(code, classId, date));
    }

    private Enrolment moveNow(String code, String classId, LocalDate date) {
        AppUser caller = currentUser.require(Role.OFFICER);
        Pupil pupil = get(code);
        Validation v = Validation.start();
        Optional<Enrolment> open = pupil.currentEnrolment();
        SchoolClass target = classId == null || classId.isBlank() ? null : parseId(classId).flatMap(classes::find).orElse(null);
        LocalDate day = date == null ? today.date() : date;
        if (open.isEmpty()) {
            v.add("pupil", "validation.rollover.notEnrolled");
        } else {
            SchoolClass from = open.get().getSchoolClass();
            if (target == null) {
                v.add("classId", classId == null || classId.isBlank() ? "validation.required" : "validation.unknownClass");
            } else if (target.equals(from) || !target.getSchool().equals(from.getSchool())
                    || !target.getSchoolYear().equals(from.getSchoolYear())) {
                v.add("classId", "validation.move.class");
            } else if (target.isClosed()) {
                v.add("classId", "validation.class.closed");
            }
            if (!day.isAfter(open.get().getStartDate()) || day.isAfter(today.date())
                    || !classes.schoolYear(from.getSchoolYear()).contains(day)) {
                v.add("date", "validation.move.date", Map.of("start", open.get().getStartDate().plusDays(1)));
            }
        }
        v.throwIfInvalid();
        Enrolment left = open.get();
        SchoolClass from = left.getSchoolClass();
        left.close(Outcome.MOVED, day.minusDays(1));
        Enrolment moved = pupil.enrol(target, day);
        em.flush();
        audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "Enrolment", pupil.getCode() + "/" + day,
                Map.of("class", from.getName(), "classId", from.getId()),
                Map.of("class", target.getName(), "classId", target.getId(), "outcome", Outcome.MOVED));
        enrolmentEnded.fire(new RegistryEvents.EnrolmentEnded(left, caller.getUsername()));
        events.fire(new RegistryEvents.PupilEnrolled(pupil, target));
        metrics.pupilWritten("move");
        return moved;
    }

    /** A child transferred to a school, not yet enrolled there: who, from where, since when. */
    public record Arrival(Pupil pupil, Enrolment left) {
    }

    /**
     * The children whose last enrolment ended as a transfer to {@code schoolCode} (a school the caller may see) and who
     * are in no class yet: the school's officer enrols them, with their earlier history.
     */
    public List<Arrival> arrivals(String schoolCode) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        School school = schools.get(schoolCode);
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.pupil p JOIN FETCH e.schoolClass c"
                        + " WHERE e.transferSchool = :school AND e.outcome = :transferred"
                        + " AND NOT EXISTS (SELECT later FROM Enrolment later WHERE later.pupil = p"
                        + " AND (later.outcome IS NULL OR later.startDate > e.startDate))"
                        + " ORDER BY e.endDate DESC, p.code", Enrolment.class)
                .setParameter("school", school).setParameter("transferred", Outcome.TRANSFERRED)
                .getResultStream().map(e -> new Arrival(e.getPupil(), e)).toList();
    }

    /** Enrols the child transferred to the class's school (code given on the transfer) in {@code classId}. */
    @Transactional
    public Pupil receive(String code, String classId) {
        AppUser caller = currentUser.require(Role.OFFICER);
        SchoolClass schoolClass = classId == null ? null : parseId(classId).flatMap(classes::find).orElse(null);
        if (schoolClass == null) {
            throw ValidationException.of("classId", "validation.unknownClass");
        }
        if (schoolClass.isClosed()) {
            throw ValidationException.of("classId", "validation.class.closed");
        }
        Pupil pupil = em.createNamedQuery("Pupil.findByCode", Pupil.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT)).getResultStream()
                .filter(p -> arrivalAt(p, schoolClass.getSchool()).isPresent()).findFirst()
                // Not a child sent to this school: answered as unknown, whatever the code names.
                .orElseThrow(() -> AppException.notFound("error.notFound.pupil", code));
        return receive(pupil, schoolClass, caller);
    }

    private Pupil receive(Pupil pupil, SchoolClass schoolClass, AppUser caller) {
        Enrolment left = arrivalAt(pupil, schoolClass.getSchool()).orElseThrow();
        LocalDate start = enrolmentStart(schoolClass);
        if (!start.isAfter(left.getEndDate())) {
            start = left.getEndDate().plusDays(1);
        }
        Map<String, Object> before = state(pupil);
        pupil.enrol(schoolClass, start);
        em.flush();
        audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "Pupil", pupil.getCode(), before, state(pupil));
        events.fire(new RegistryEvents.PupilEnrolled(pupil, schoolClass));
        metrics.pupilWritten("receive");
        return pupil;
    }

    /** The pupil's last enrolment when it ended as a transfer to {@code school} and no class took them since. */
    private static Optional<Enrolment> arrivalAt(Pupil pupil, School school) {
        if (pupil.currentEnrolment().isPresent()) {
            return Optional.empty();
        }
        return pupil.getEnrolments().stream().max(java.util.Comparator.comparing(Enrolment::getStartDate))
                .filter(e -> e.getOutcome() == Outcome.TRANSFERRED && school.equals(e.getTransferSchool()));
    }

    /**
     * The problems of a pupil's details (not the class), as an enrolment would report them, for checking many at once
     * (an import) before any is written.
     */
    public List<vn.mtbbe.platform.error.FieldError> problems(PupilInput input) {
        Validation v = Validation.start().constraints(validator, input);
        validateDetails(input, v);
        return v.errors().stream().filter(e -> !e.field().equals("classId")).toList();
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
            metrics.pupilWritten("update");
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
