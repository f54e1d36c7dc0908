package vn.mtbbe.it.server;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mtbbe.security.AccountService;
import vn.mtbbe.security.Role;

import java.time.Duration;
import java.util.List;

/**
 * Accounts only the page tests use, created in the server at start-up (this package is part of the one test
 * deployment): a guest whose access has ended, and an officer the lockout test may lock without getting in the
 * way of other tests, and one that the parallel-guessing test locks.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class WebFixtures {

    public static final String EXPIRED_GUEST = "web.expired";
    public static final String LOCKOUT_OFFICER = "web.lockout";
    /** Accounts that WebSecurityIT changes while they are signed in: a guest, an officer, ministry staff. */
    public static final String CHANGED_GUEST = "web.changed.guest";
    public static final String CHANGED_OFFICER = "web.changed.officer";
    public static final String CHANGED_MINISTRY = "web.changed.ministry";
    /** An officer that many wrong passwords at once lock (ConcurrentWritesIT). */
    public static final String GUESSED_OFFICER = "web.guessed";

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "mtbbe.demo.password")
    String password;

    @PostConstruct
    void create() {
        if (accounts.findByUsername(EXPIRED_GUEST).isEmpty()) {
            accounts.create(EXPIRED_GUEST, "Expired guest", password.toCharArray(), Role.DELEGATION, List.of(),
                    accounts.now().minus(Duration.ofDays(1)), false);
        }
        if (accounts.findByUsername(CHANGED_GUEST).isEmpty()) {
            accounts.create(CHANGED_GUEST, "Guest", password.toCharArray(), Role.DELEGATION, List.of(),
                    accounts.now().plus(Duration.ofDays(30)), false);
        }
        if (accounts.findByUsername(CHANGED_MINISTRY).isEmpty()) {
            accounts.create(CHANGED_MINISTRY, "Ministry", password.toCharArray(), Role.MINISTRY, List.of(), null, false);
        }
        for (String officer : List.of(LOCKOUT_OFFICER, GUESSED_OFFICER, CHANGED_OFFICER)) {
            if (accounts.findByUsername(officer).isEmpty()) {
                accounts.create(officer, "Lockout test", password.toCharArray(), Role.OFFICER, List.of("10"), null, false);
            }
        }
    }
}
