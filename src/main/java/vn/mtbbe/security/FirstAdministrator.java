package vn.mtbbe.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.db.DatabaseStartup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A new installation without demo data has no account: on a database with none, the first administrator is made from
 * {@code MTBBE_ADMIN_USER} and {@code MTBBE_ADMIN_PASSWORD} (the password held to {@link PasswordPolicy}, to be
 * changed at the first sign-in). Without them the application starts, says in the log and on the sign-in page what to
 * set, and accepts no sign-in. Runs after the demo data (which brings its own accounts).
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

    public enum Outcome { ACCOUNTS_EXIST, CREATED, NOT_CONFIGURED, USERNAME_REFUSED, PASSWORD_REFUSED }

    @Inject
    @ConfigProperty(name = "mtbbe.admin.user")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "mtbbe.admin.password")
    Optional<String> password;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    /** This bean through its proxy: the observer calls {@link #ensure} so that it runs in its own transaction. */
    @Inject
    FirstAdministrator self;

    void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) DatabaseStartup.SchemaReady ready) {
        Outcome outcome;
        try {
            outcome = self.ensure(username.orElse(null), password.map(String::toCharArray).orElse(null));
        } catch (RuntimeException e) {
            // Another node of a cluster made it at the same moment (the name is unique), or the database refused: the
            // application starts all the same and says so.
            outcome = accounts.anyAccountInDatabase() ? Outcome.ACCOUNTS_EXIST : Outcome.NOT_CONFIGURED;
            if (outcome == Outcome.NOT_CONFIGURED) {
                LOG.log(java.util.logging.Level.SEVERE, "The first administrator could not be created", e);
            }
        }
        switch (outcome) {
            case CREATED -> LOG.info(() -> "First administrator '" + username.orElse("").strip().toLowerCase(Locale.ROOT)
                    + "' created from MTBBE_ADMIN_USER; the password must be changed at the first sign-in");
            case NOT_CONFIGURED -> LOG.warning("No account exists, so nobody can sign in: set MTBBE_ADMIN_USER and "
                    + "MTBBE_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password) "
                    + "and restart to create the first administrator");
            case USERNAME_REFUSED -> LOG.severe("No account exists and MTBBE_ADMIN_USER is not a usable name (3-64 lower-case "
                    + "letters, digits, '.', '_' or '-'): no administrator created");
            case PASSWORD_REFUSED -> LOG.severe("No account exists and MTBBE_ADMIN_PASSWORD breaks the password rules (at least "
                    + PasswordPolicy.MIN_LENGTH + " characters, not a common password, not containing the name): no "
                    + "administrator created");
            case ACCOUNTS_EXIST -> {
            }
        }
    }

    /** Makes the first administrator when the database holds no account, and says what happened. */
    @Transactional
    public Outcome ensure(String user, char[] secret) {
        if (accounts.anyAccountInDatabase()) {
            return Outcome.ACCOUNTS_EXIST;
        }
        String name = user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || secret == null || secret.length == 0) {
            return Outcome.NOT_CONFIGURED;
        }
        if (!name.matches(USERNAME_PATTERN)) {
            return Outcome.USERNAME_REFUSED;
        }
        if (PasswordPolicy.problem(secret, name) != null) {
            return Outcome.PASSWORD_REFUSED;
        }
        AppUser admin = accounts.create(name, name, secret, Role.ADMIN, List.of(), null, false);
        admin.setPasswordChangeRequired(true);
        audit.record(AuditLog.SYSTEM, AuditLog.Action.CREATE, AccountDirectory.ENTITY, name, null,
                Map.of("role", Role.ADMIN, "source", "MTBBE_ADMIN_USER"));
        return Outcome.CREATED;
    }
}
