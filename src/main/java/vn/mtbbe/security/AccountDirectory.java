package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.db.Where;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.validation.Matches;
import vn.mtbbe.platform.validation.MaxLength;
import vn.mtbbe.platform.validation.Required;
import vn.mtbbe.registry.service.ProvinceService;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The accounts as administrators run them: list, create, change (role, provinces, expiry, language, active or not),
 * unlock, reset a password. Nobody else may touch them. Every change is audited (never a password or its hash) and
 * moves the account's version on, so the account's sessions end at once ({@link PageAuthentication}).
 */
@ApplicationScoped
public class AccountDirectory {

    public static final String ENTITY = "Account";
    /** How far ahead a delegation guest's account may run. */
    public static final int MAX_GUEST_DAYS = 366;
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    ProvinceService provinces;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    Today today;

    /** An account's fields as submitted (page or API); {@code username} only when creating. */
    public record AccountInput(
            @Matches(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{validation.account.username}") String username,
            @Required @MaxLength(max = 200) String displayName,
            @Required String role,
            List<String> provinces,
            String expiresOn,
            String locale,
            Boolean enabled) {
    }

    /** A new account with the password made for it, to be shown once. */
    public record Created(AppUser account, String password) {
    }

    /** What the list shows of each account, filtered. */
    public record Filter(String q, Role role, String province) {
    }

    public List<AppUser> all() {
        currentUser.require(Role.ADMIN);
        return em.createNamedQuery("AppUser.findAll", AppUser.class).getResultList();
    }

    public Page<AppUser> list(Filter filter, PageRequest paging) {
        currentUser.require(Role.ADMIN);
        String q = filter.q() == null || filter.q().isBlank() ? null : "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%";
        Where where = Where.start()
                .and("(LOWER(u.username) LIKE :q OR LOWER(u.displayName) LIKE :q)", "q", q)
                .and("u.role = :role", "role", filter.role())
                .and(":province MEMBER OF u.provinces", "province", Where.given(filter.province()));
        List<AppUser> items = where.bind(em.createQuery("SELECT u FROM AppUser u" + where.clause() + " ORDER BY u.username",
                AppUser.class)).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = where.bind(em.createQuery("SELECT COUNT(u) FROM AppUser u" + where.clause(), Long.class)).getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    /** The account named {@code username}; 404 when there is none. */
    public AppUser get(String username) {
        currentUser.require(Role.ADMIN);
        return accounts.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> AppException.notFound("error.notFound.account", username));
    }

    /** Whether the account is locked now after failed sign-ins. */
    public boolean isLocked(AppUser account) {
        return throttle.lockedUntil(account.getUsername()).isPresent();
    }

    /** The last day an account expiring at {@code expiresAt} may still sign in, in the schools' time zone. */
    public LocalDate lastDay(Instant expiresAt) {
        return expiresAt == null ? null : expiresAt.atZone(today.zone()).toLocalDate().minusDays(1);
    }

    @Transactional
    public Created create(AccountInput input) {
        AppUser caller = currentUser.require(Role.ADMIN);
        Validation v = Validation.start().constraints(validator, input);
        String username = input.username() == null ? "" : input.username().strip();
        if (username.isEmpty() && !v.hasError("username")) {
            v.add("username", "validation.required");
        }
        Fields fields = fields(input, v, null);
        v.throwIfInvalid();
        if (accounts.findByUsername(username).isPresent()) {
            throw AppException.conflict("error.conflict.account", username);
        }
        String password = newPassword();
        AppUser account = accounts.create(username, fields.displayName(), password.toCharArray(), fields.role(),
                fields.provinces(), fields.expiresAt(), false);
        account.setLocale(fields.locale());
        account.setPasswordChangeRequired(true);
        account.setEnabled(fields.enabled());
        em.flush();
        audit.record(caller.getUsername(), AuditLog.Action.CREATE, ENTITY, username, null, state(account));
        return new Created(account, password);
    }

    /** Changes an account; {@code expectedVersion} (when given) must be the version the caller read. */
    @Transactional
    public AppUser update(String username, AccountInput input, Long expectedVersion) {
        AppUser caller = currentUser.require(Role.ADMIN);
        AppUser account = get(username);
        if (expectedVersion != null && expectedVersion != account.getVersion()) {
            throw AppException.stale();
        }
        Validation v = Validation.start().constraints(validator, input);
        if (input.username() != null && !input.username().isBlank() && !input.username().strip().equals(account.getUsername())) {
            v.add("username", "validation.account.rename");
        }
        Fields fields = fields(input, v, account);
        if (account.getUsername().equals(caller.getUsername())) {
            // An administrator cannot lock themselves out: there is always one active administrator left.
            v.check(fields.role() == null || fields.role() == Role.ADMIN, "role", "validation.account.self");
            v.check(fields.enabled(), "enabled", "validation.account.self");
            v.check(fields.expiresAt() == null, "expiresOn", "validation.account.self");
        }
        v.throwIfInvalid();
        Map<String, Object> before = state(account);
        account.setDisplayName(fields.displayName());
        account.setRole(fields.role());
        account.getProvinces().clear();
        account.getProvinces().addAll(fields.provinces());
        account.setExpiresAt(fields.expiresAt());
        account.setLocale(fields.locale());
        account.setEnabled(fields.enabled());
        Map<String, Object> after = state(account);
        if (!after.equals(before)) {
            // Also for a change of provinces only (a collection): the version is what ends the account's sessions.
            em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, ENTITY, account.getUsername(), before, after);
        }
        return account;
    }

    /** Ends a lock after failed sign-ins: the account may sign in again at once. */
    @Transactional
    public void unlock(String username) {
        AppUser caller = currentUser.require(Role.ADMIN);
        AppUser account = get(username);
        boolean locked = isLocked(account);
        throttle.clear(account.getUsername());
        if (locked) {
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, ENTITY, account.getUsername(),
                    Map.of("locked", true), Map.of("locked", false));
        }
    }

    /**
     * A new password made for the account, returned to be shown once; the user must choose their own at the next
     * sign-in. The account's sessions end and any lock is lifted.
     */
    @Transactional
    public String resetPassword(String username) {
        AppUser caller = currentUser.require(Role.ADMIN);
        AppUser account = get(username);
        String password = newPassword();
        accounts.setPassword(account, password.toCharArray(), true);
        throttle.clear(account.getUsername());
        em.flush();
        audit.record(caller.getUsername(), AuditLog.Action.UPDATE, ENTITY, account.getUsername(),
                Map.of("password", "set"), Map.of("password", "reset by administrator"));
        return password;
    }

    private record Fields(String displayName, Role role, Set<String> provinces, Instant expiresAt, String locale,
                          boolean enabled) {
    }

    /** The rules Bean Validation cannot check alone: known role, provinces for officers only, a guest's expiry. */
    private Fields fields(AccountInput input, Validation v, AppUser existing) {
        Role role = null;
        if (!v.hasError("role")) {
            try {
                role = Role.valueOf(input.role().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("role", "validation.account.role");
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : input.provinces() == null ? List.<String>of() : input.provinces()) {
            if (code != null && !code.isBlank()) {
                codes.add(code.strip());
            }
        }
        Set<String> unknown = new TreeSet<>();
        codes.stream().filter(c -> !provinces.exists(c)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            v.add("provinces", "validation.account.unknownProvince", Map.of("codes", String.join(", ", unknown)));
        } else if (role == Role.OFFICER && codes.isEmpty()) {
            v.add("provinces", "validation.account.provincesRequired");
        } else if (role != null && role != Role.OFFICER && !codes.isEmpty()) {
            v.add("provinces", "validation.account.provincesOfficerOnly");
        }
        Instant expiresAt = null;
        String expiresOn = input.expiresOn() == null ? "" : input.expiresOn().strip();
        if (expiresOn.isEmpty()) {
            v.check(role != Role.DELEGATION, "expiresOn", "validation.account.expiryRequired");
        } else {
            try {
                LocalDate last = LocalDate.parse(expiresOn);
                LocalDate now = today.date();
                boolean unchanged = existing != null && last.equals(lastDay(existing.getExpiresAt()));
                if (!unchanged && (last.isBefore(now) || last.isAfter(now.plusDays(MAX_GUEST_DAYS)))) {
                    v.add("expiresOn", "validation.account.expiry", Map.of("max", MAX_GUEST_DAYS));
                }
                // Valid through its last day in the schools' time zone.
                expiresAt = last.plusDays(1).atStartOfDay(today.zone()).toInstant();
            } catch (DateTimeParseException e) {
                v.add("expiresOn", "validation.date");
            }
        }
        String locale = input.locale() == null || input.locale().isBlank() ? null : input.locale().strip();
        if (locale != null && Messages.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(locale))) {
            v.add("locale", "validation.account.locale");
        }
        String displayName = input.displayName() == null ? null : input.displayName().strip();
        boolean enabled = input.enabled() == null ? existing == null || existing.isEnabled() : input.enabled();
        return new Fields(displayName, role, codes, expiresAt, locale, enabled);
    }

    /** A password of 16 letters and digits (about 79 bits), grouped by four for reading out. */
    static String newPassword() {
        char[] chars = new char[19];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = i % 5 == 4 ? '-' : PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length()));
        }
        String password = new String(chars);
        Arrays.fill(chars, '\0');
        return password;
    }

    /** An account as the audit log keeps it: never its password or hash. */
    static Map<String, Object> state(AppUser u) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", u.getDisplayName());
        state.put("role", u.getRole());
        state.put("provinces", String.join(",", new TreeSet<>(u.getProvinces())));
        state.put("expiresAt", u.getExpiresAt());
        state.put("locale", u.getLocale());
        state.put("enabled", u.isEnabled());
        return state;
    }
}
