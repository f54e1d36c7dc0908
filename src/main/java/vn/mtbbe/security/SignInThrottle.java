package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Failed sign-ins, counted in a row (a success starts again) three ways, with the name tried counted whether or not an
 * account has it, so that no answer tells them apart:
 * <ul>
 * <li>a name from one client address ({@link ClientAddress}): after {@link #MAX_FAILURES} the name is refused from
 * that address for {@link #LOCK_TIME}, even with the right password;</li>
 * <li>a name from any addresses: after {@link #NAME_FAILURES} it is refused everywhere for {@link #NAME_LOCK_TIME}
 * only, which slows guessing from many addresses without locking the officer out for long;</li>
 * <li>an address, whatever the names: after {@link #ADDRESS_FAILURES} sign-ins from it are refused for
 * {@link #LOCK_TIME}.</li>
 * </ul>
 * Counting is one atomic statement per count in its own transaction, so guesses sent in parallel are each counted and
 * never clash.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failed sign-ins in a row with one name from one address after which that is refused for {@link #LOCK_TIME}. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);
    /** Failed sign-ins in a row with one name from anywhere after which it is refused for {@link #NAME_LOCK_TIME}. */
    public static final int NAME_FAILURES = 20;
    public static final Duration NAME_LOCK_TIME = Duration.ofMinutes(1);
    /** Failed sign-ins in a row from one address, any names, after which it is refused for {@link #LOCK_TIME}. */
    public static final int ADDRESS_FAILURES = 50;

    private static final String ACCOUNT = "account:";
    private static final String ATTEMPT = "attempt:";
    private static final String ADDRESS = "address:";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    ClientAddress clientAddress;

    /** The name as counted: in lower case, and no longer than any account's name may be. */
    static String name(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** The counts a sign-in with this name from this address falls under: the name, the name there, the address. */
    static List<String> subjects(String username, String address) {
        return List.of(ACCOUNT + name(username), ATTEMPT + name(username) + "@" + address, ADDRESS + address);
    }

    /** Until when sign-ins with this name from the current request's address are refused; empty when they are not. */
    public Optional<Instant> lockedUntilHere(String username) {
        List<String> subjects = subjects(username, clientAddress.current());
        return lockedUntil("subject IN (?, ?, ?)", subjects.toArray());
    }

    /** Until when the name is refused from somewhere (for administrators: the name, or the name from an address). */
    public Optional<Instant> lockedUntil(String username) {
        String name = name(username);
        return lockedUntil("(subject = ? OR subject LIKE ? ESCAPE '!')", ACCOUNT + name, ATTEMPT + like(name) + "@%");
    }

    /** The latest lock still running among the counts that {@code condition} (on {@code subject}) selects. */
    private Optional<Instant> lockedUntil(String condition, Object... subjects) {
        var query = em.createNativeQuery("SELECT MAX(locked_until) FROM sign_in_throttle WHERE locked_until > ? AND " + condition)
                .setParameter(1, utc(accounts.now()));
        for (int i = 0; i < subjects.length; i++) {
            query.setParameter(i + 2, subjects[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().filter(r -> r != null).findFirst().map(SignInThrottle::instant);
    }

    /** The names locked now (lower case), anywhere or from some address, for the accounts list. */
    public Set<String> lockedNames() {
        Set<String> names = new HashSet<>();
        for (Object value : em.createNativeQuery("SELECT subject FROM sign_in_throttle WHERE locked_until > ?"
                        + " AND (subject LIKE 'account:%' OR subject LIKE 'attempt:%')")
                .setParameter(1, utc(accounts.now())).getResultList()) {
            String subject = (String) value;
            names.add(subject.startsWith(ACCOUNT) ? subject.substring(ACCOUNT.length())
                    : subject.substring(ATTEMPT.length(), subject.lastIndexOf('@')));
        }
        return names;
    }

    /** One more failure with the name from the current request's address; the counts that reach their limit lock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username) {
        List<String> subjects = subjects(username, clientAddress.current());
        LocalDateTime now = utc(accounts.now());
        count(subjects.get(0), now, NAME_FAILURES, NAME_LOCK_TIME);
        count(subjects.get(1), now, MAX_FAILURES, LOCK_TIME);
        count(subjects.get(2), now, ADDRESS_FAILURES, LOCK_TIME);
    }

    private void count(String subject, LocalDateTime now, int limit, Duration lock) {
        em.createNativeQuery("INSERT INTO sign_in_throttle (subject, failures, locked_until, updated_at) VALUES (?, 1, NULL, ?)"
                        + " ON DUPLICATE KEY UPDATE failures = failures + 1, updated_at = ?")
                .setParameter(1, subject).setParameter(2, now).setParameter(3, now).executeUpdate();
        em.createNativeQuery("UPDATE sign_in_throttle SET failures = 0, locked_until = ? WHERE subject = ? AND failures >= ?")
                .setParameter(1, now.plus(lock)).setParameter(2, subject).setParameter(3, limit).executeUpdate();
    }

    /** A successful sign-in clears the name's counts and locks and the address's count. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username) {
        List<String> subjects = subjects(username, clientAddress.current());
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE subject IN (?, ?) OR (subject = ? AND locked_until IS NULL)")
                .setParameter(1, subjects.get(0)).setParameter(2, subjects.get(1)).setParameter(3, subjects.get(2))
                .executeUpdate();
    }

    /** An administrator's unlock: the name's counts and locks from every address. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String username) {
        String name = name(username);
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE subject = ? OR subject LIKE ? ESCAPE '!'")
                .setParameter(1, ACCOUNT + name).setParameter(2, ATTEMPT + like(name) + "@%").executeUpdate();
    }

    /** The failures counted in a row for the name from the current request's address (0 after a success or a lock). */
    public int failures(String username) {
        List<?> rows = em.createNativeQuery("SELECT failures FROM sign_in_throttle WHERE subject = ?")
                .setParameter(1, subjects(username, clientAddress.current()).get(1)).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** {@code value} for a LIKE pattern with '!' as the escape character. */
    private static String like(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
