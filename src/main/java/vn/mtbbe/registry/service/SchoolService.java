package vn.mtbbe.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
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
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.District;
import vn.mtbbe.registry.domain.Language;
import vn.mtbbe.registry.domain.RegistryEvents;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Schools: officers see those of their provinces, ministry staff all; ministry and admin create them. */
@ApplicationScoped
public class SchoolService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProvinceService provinces;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    vn.mtbbe.platform.time.Today today;

    @Inject
    jakarta.enterprise.event.Event<RegistryEvents.SchoolChanged> schoolChanged;

    /** What the caller asks for when listing schools; every part may be null (blank is the same). */
    public record Filter(String province, String q, Designation designation, String programmeLanguage) {
        public Filter {
            province = Where.given(province);
            programmeLanguage = Where.given(programmeLanguage);
        }
    }

    /** A new school as submitted. */
    public record NewSchool(
            @Required
            @Matches(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,15}", message = "{validation.school.code}") String code,
            @Required @MaxLength(max = 200) String name,
            @MaxLength(max = 200) String nativeName,
            @Required String provinceCode,
            @Required @MaxLength(max = 100) String district,
            @Required String level,
            @Required String designation,
            String programmeLanguage,
            String programmeId) {
    }

    public Page<School> list(Filter filter, PageRequest paging) {
        Where where = where(filter);
        return new Page<>(items(where, paging.offset(), paging.size()), paging.page(), paging.size(), count(where));
    }

    /** How many schools match {@code filter}, for pages that page through them. */
    public long count(Filter filter) {
        return count(where(filter));
    }

    /** The schools matching {@code filter} from position {@code first}, at most {@code max}, by province and code. */
    public List<School> range(Filter filter, int first, int max) {
        return items(where(filter), first, max);
    }

    /** A school as a choice in a filter: its code and name. */
    public record SchoolName(String code, String name) {
    }

    /**
     * Every school of {@code province} the caller may see, code and name only (one query, no limit); when no
     * province is given, those of the caller's only province, and none for a caller who sees several: a list of
     * every school in the country is no filter.
     */
    public List<SchoolName> names(String province) {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
        ProvinceScope scope = currentUser.scope();
        String chosen = province != null && !province.isBlank() ? province.strip()
                : !scope.all() && scope.codes().size() == 1 ? scope.codes().iterator().next() : null;
        if (chosen == null || !scope.includes(chosen)) {
            return List.of();
        }
        return em.createQuery("SELECT s.code, s.name FROM School s WHERE s.provinceCode = :province", Object[].class)
                .setParameter("province", chosen).getResultStream()
                .map(row -> new SchoolName((String) row[0], (String) row[1])).toList();
    }

    private Where where(Filter filter) {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
        ProvinceScope scope = currentUser.scope();
        if (filter.province() != null && !scope.includes(filter.province())) {
            throw AppException.notFound("error.notFound.province", filter.province());
        }
        String folded = filter.q() == null || filter.q().isBlank() ? null : TextKeys.fold(filter.q());
        Where where = Where.start()
                .and("s.provinceCode IN :codes", "codes", scope.all() ? null : scope.codes())
                .and("s.provinceCode = :province", "province", filter.province())
                .and("(s.nameKey LIKE :q OR s.code = :code)", "q", folded == null ? null : TextKeys.likeContains(folded))
                .and("s.designation = :designation", "designation", filter.designation())
                .and("s.programmeLanguage = :language", "language", filter.programmeLanguage());
        if (folded != null) {
            where.param("code", filter.q().strip().toUpperCase(Locale.ROOT));
        }
        return where;
    }

    private List<School> items(Where where, int first, int max) {
        TypedQuery<School> items = where.bind(em.createQuery("SELECT s FROM School s JOIN FETCH s.district"
                + where.clause() + " ORDER BY s.provinceCode, s.code", School.class));
        return items.setFirstResult(first).setMaxResults(max).getResultList();
    }

    private long count(Where where) {
        return where.bind(em.createQuery("SELECT COUNT(s) FROM School s" + where.clause(), Long.class)).getSingleResult();
    }

    /** The school with {@code code} if the caller may see it. */
    public Optional<School> find(String code) {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
        ProvinceScope scope = currentUser.scope();
        return em.createNamedQuery("School.findByCode", School.class).setParameter("code", code)
                .getResultStream().filter(s -> scope.includes(s.getProvinceCode())).findFirst();
    }

    /**
     * Any school of the registry with {@code code}, whatever its province, for naming where a child transferred to (a
     * school's code and name are public; nothing of its pupils is read).
     */
    public Optional<School> findForTransfer(String code) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        return code == null ? Optional.empty()
                : em.createNamedQuery("School.findByCode", School.class).setParameter("code", code.strip()).getResultStream().findFirst();
    }

    /** Schools of every province whose code or name contains {@code q}, for choosing a transfer's destination. */
    public List<School> directory(String q, int max) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        String folded = q == null ? "" : TextKeys.fold(q);
        if (folded.isEmpty()) {
            return List.of();
        }
        return matching(em.createQuery("SELECT s FROM School s WHERE " + MATCH + " ORDER BY s.provinceCode, s.code",
                School.class), q).setMaxResults(max).getResultList();
    }

    /**
     * The JPQL condition of a search for a school (alias {@code s}) by a part of its name, in any case and with or
     * without diacritics, or by its exact code; {@link #matching} binds its parameters.
     */
    public static final String MATCH = "(s.nameKey LIKE :q OR s.code = :code)";

    /** Binds the parameters of {@link #MATCH} to what the user typed, {@code q} (not blank once folded). */
    public static <T> TypedQuery<T> matching(TypedQuery<T> query, String q) {
        return query.setParameter("q", TextKeys.likeContains(TextKeys.fold(q)))
                .setParameter("code", q.strip().toUpperCase(Locale.ROOT));
    }

    /** The school with {@code code}; 404 when it does not exist or lies outside the caller's provinces. */
    public School get(String code) {
        return find(code).orElseThrow(() -> AppException.notFound("error.notFound.school", code));
    }

    @Transactional
    public School create(NewSchool input) {
        AppUser caller = currentUser.require(Role.MINISTRY, Role.ADMIN);
        Validation v = Validation.start().constraints(validator, input);
        String code = input.code() == null ? null : input.code().strip().toUpperCase(Locale.ROOT);
        String name = TextKeys.nfc(input.name());
        String nativeName = TextKeys.nfc(input.nativeName());
        if (!v.hasError("provinceCode") && !provinces.exists(input.provinceCode().strip())) {
            v.add("provinceCode", "validation.unknownProvince");
        }
        String districtName = TextKeys.nfc(input.district());
        SchoolLevel level = Enums.parse(SchoolLevel.class, input.level(), "level", v);
        Programme p = programme(input.designation(), input.programmeLanguage(), input.programmeId(), v);
        Designation designation = p.designation();
        String language = p.language();
        Long programme = p.id();
        v.throwIfInvalid();
        if (!em.createNamedQuery("School.findByCode", School.class).setParameter("code", code).getResultList().isEmpty()) {
            throw AppException.conflict("error.conflict.schoolCode", code);
        }
        District district = districtNamed(input.provinceCode().strip(), districtName, caller.getUsername());
        School school = new School(code, name, district, level, designation, language);
        school.setNativeName(nativeName == null || nativeName.isEmpty() ? null : nativeName);
        school.setProgrammeId(programme);
        em.persist(school);
        audit.record(caller.getUsername(), AuditLog.Action.CREATE, "School", code, null, state(school));
        return school;
    }

    /** A designation with the programme language and programme that go with it. */
    private record Programme(Designation designation, String language, Long id) {
    }

    /** The designation, language and programme submitted, checked together: a pilot school teaches a mother tongue. */
    private Programme programme(String designationName, String programmeLanguage, String programmeId, Validation v) {
        Designation designation = Enums.parse(Designation.class, designationName, "designation", v);
        String language = programmeLanguage == null || programmeLanguage.isBlank() ? null : programmeLanguage.strip();
        if (designation == Designation.PILOT) {
            if (language == null) {
                v.add("programmeLanguage", "validation.school.pilotNeedsLanguage");
            } else if ("vi".equals(language) || em.find(Language.class, language) == null) {
                v.add("programmeLanguage", "validation.unknownLanguage");
            }
        } else if (designation == Designation.COMPARISON && language != null) {
            v.add("programmeLanguage", "validation.school.comparisonHasNoLanguage");
        }
        Long programme = designation == Designation.PILOT && !v.hasError("programmeLanguage")
                ? programmeFor(language, programmeId, v) : null;
        return new Programme(designation, language, programme);
    }

    /** A school's details as changed; the code and province never change. */
    public record SchoolChange(
            @Required @MaxLength(max = 200) String name,
            @MaxLength(max = 200) String nativeName,
            @Required @MaxLength(max = 100) String district,
            @Required String level,
            @Required String designation,
            String programmeLanguage,
            String programmeId,
            String fromYear) {
    }

    /**
     * Changes a school (ministry, administrators); {@code expectedVersion} (when given) must be the version read. A new
     * designation or programme holds from the school year {@code fromYear} (the running one when none is given): the
     * school years before it that have classes keep what they had (pinned in {@code school_designation}), so their
     * reports never change; classes from that year on follow the new programme language.
     */
    @Transactional
    public School update(String code, SchoolChange input, Long expectedVersion) {
        AppUser caller = currentUser.require(Role.MINISTRY, Role.ADMIN);
        School school = get(code);
        if (expectedVersion != null && expectedVersion != school.getVersion()) {
            throw AppException.stale();
        }
        Validation v = Validation.start().constraints(validator, input);
        SchoolLevel level = Enums.parse(SchoolLevel.class, input.level(), "level", v);
        Programme p = programme(input.designation(), input.programmeLanguage(), input.programmeId(), v);
        String fromYear = input.fromYear() == null || input.fromYear().isBlank()
                ? vn.mtbbe.registry.domain.SchoolYear.codeStarting(today.schoolYearStart()) : input.fromYear().strip();
        if (!vn.mtbbe.registry.domain.SchoolYear.isValidCode(fromYear)) {
            v.add("fromYear", "validation.schoolYear");
        }
        if (level != null && level != school.getLevel()) {
            long untaught = em.createQuery("SELECT c.stage FROM SchoolClass c WHERE c.school = :school", vn.mtbbe.registry.domain.Stage.class)
                    .setParameter("school", school).getResultStream().distinct().filter(st -> !st.taughtAt(level)).count();
            if (untaught > 0) {
                v.add("level", "validation.school.levelHasClasses");
            }
        }
        v.throwIfInvalid();
        Map<String, Object> before = state(school);
        boolean programmeChanged = p.designation() != school.getDesignation()
                || !java.util.Objects.equals(p.language(), school.getProgrammeLanguage())
                || !java.util.Objects.equals(p.id(), school.getProgrammeId());
        if (programmeChanged) {
            pinYearsBefore(school, fromYear);
        }
        District district = districtNamed(school.getProvinceCode(), TextKeys.nfc(input.district()), caller.getUsername());
        school.setName(TextKeys.nfc(input.name()));
        String nativeName = TextKeys.nfc(input.nativeName());
        school.setNativeName(nativeName == null || nativeName.isEmpty() ? null : nativeName);
        school.change(district, level, p.designation(), p.language(), p.id());
        if (programmeChanged) {
            em.createQuery("UPDATE SchoolClass c SET c.programmeLanguage = :language WHERE c.school = :school"
                            + " AND c.schoolYear >= :from")
                    .setParameter("language", p.language()).setParameter("school", school).setParameter("from", fromYear)
                    .executeUpdate();
        }
        Map<String, Object> after = state(school);
        if (!after.equals(before)) {
            em.lock(school, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            Map<String, Object> logged = new LinkedHashMap<>(after);
            if (programmeChanged) {
                logged.put("fromYear", fromYear);
            }
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "School", school.getCode(), before, logged);
            schoolChanged.fire(new RegistryEvents.SchoolChanged(school));
        }
        return school;
    }

    /**
     * Keeps the school's designation and programme as they are now for every school year before {@code fromYear} in
     * which it has classes and which has none pinned yet; years from {@code fromYear} on follow the school.
     */
    private void pinYearsBefore(School school, String fromYear) {
        em.createNativeQuery("INSERT INTO school_designation (school_id, school_year, designation, programme_language, programme_id)"
                        + " SELECT DISTINCT c.school_id, c.school_year, ?, ?, ? FROM school_class c"
                        + " WHERE c.school_id = ? AND c.school_year < ? AND NOT EXISTS (SELECT 1 FROM school_designation d"
                        + " WHERE d.school_id = c.school_id AND d.school_year = c.school_year)")
                .setParameter(1, school.getDesignation().name()).setParameter(2, school.getProgrammeLanguage())
                .setParameter(3, school.getProgrammeId()).setParameter(4, school.getId()).setParameter(5, fromYear)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM school_designation WHERE school_id = ? AND school_year >= ?")
                .setParameter(1, school.getId()).setParameter(2, fromYear).executeUpdate();
    }

    /** The school's designation in {@code schoolYear}: as pinned for that year, else the current one. */
    public Designation designationIn(School school, String schoolYear) {
        List<?> pinned = em.createNativeQuery("SELECT designation FROM school_designation WHERE school_id = ? AND school_year = ?")
                .setParameter(1, school.getId()).setParameter(2, schoolYear).getResultList();
        return pinned.isEmpty() ? school.getDesignation() : Designation.valueOf((String) pinned.get(0));
    }

    /** The districts of a province the caller may see, by name. */
    public List<District> districts(String province) {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
        if (province == null || !currentUser.scope().includes(province.strip())) {
            throw AppException.notFound("error.notFound.province", province);
        }
        return em.createQuery("SELECT d FROM District d WHERE d.provinceCode = :province ORDER BY d.name", District.class)
                .setParameter("province", province.strip()).getResultList();
    }

    /** Renames a district (ministry, administrators); another district of the province may not have the name. */
    @Transactional
    public District renameDistrict(String code, String name) {
        AppUser caller = currentUser.require(Role.MINISTRY, Role.ADMIN);
        District district = em.createNamedQuery("District.findByCode", District.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> AppException.notFound("error.notFound.district", code));
        String clean = TextKeys.nfc(name);
        if (clean == null || clean.isEmpty() || clean.length() > 100) {
            throw vn.mtbbe.platform.error.ValidationException.of("name", clean == null || clean.isEmpty()
                    ? "validation.required" : "validation.tooLong", Map.of("max", 100));
        }
        boolean taken = em.createNamedQuery("District.findByProvinceAndName", District.class)
                .setParameter("province", district.getProvinceCode()).setParameter("name", clean)
                .getResultStream().anyMatch(d -> !d.getId().equals(district.getId()));
        if (taken) {
            throw AppException.conflict("error.conflict.district", clean);
        }
        String old = district.getName();
        if (!old.equals(clean)) {
            district.setName(clean);
            em.flush();
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "District", code, Map.of("name", old), Map.of("name", clean));
        }
        return district;
    }

    /**
     * The programme a new pilot school teaches: the one named, which must be of the school's language, or
     * else the only programme of that language (none while there is none or several).
     */
    private Long programmeFor(String language, String programmeId, Validation v) {
        List<Object[]> candidates = em.createQuery("SELECT p.id, p.motherTongue FROM Programme p", Object[].class).getResultList();
        if (programmeId != null && !programmeId.isBlank()) {
            for (Object[] c : candidates) {
                if (String.valueOf(c[0]).equals(programmeId.strip()) && language.equals(c[1])) {
                    return (Long) c[0];
                }
            }
            v.add("programmeId", "validation.school.programmeOfLanguage");
            return null;
        }
        List<Long> ofLanguage = candidates.stream().filter(c -> language.equals(c[1])).map(c -> (Long) c[0]).toList();
        return ofLanguage.size() == 1 ? ofLanguage.get(0) : null;
    }

    /** The district of {@code province} with {@code name}; a new one (audited) when the province has none by that name. */
    private District districtNamed(String province, String name, String username) {
        return em.createNamedQuery("District.findByProvinceAndName", District.class)
                .setParameter("province", province).setParameter("name", name)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    long n = em.createQuery("SELECT COUNT(d) FROM District d WHERE d.provinceCode = :p", Long.class)
                            .setParameter("p", province).getSingleResult();
                    District d = new District(province, province + String.format("%03d", n + 1), name);
                    em.persist(d);
                    Map<String, Object> state = new LinkedHashMap<>();
                    state.put("province", province);
                    state.put("name", name);
                    audit.record(username, AuditLog.Action.CREATE, "District", d.getCode(), null, state);
                    return d;
                });
    }

    static Map<String, Object> state(School s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", s.getCode());
        state.put("name", s.getName());
        state.put("nativeName", s.getNativeName());
        state.put("provinceCode", s.getProvinceCode());
        state.put("district", s.getDistrict().getName());
        state.put("level", s.getLevel());
        state.put("designation", s.getDesignation());
        state.put("programmeLanguage", s.getProgrammeLanguage());
        state.put("programmeId", s.getProgrammeId());
        return state;
    }
}
