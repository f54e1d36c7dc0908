package vn.mtbbe.it.server;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mtbbe.security.AccountService;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.FirstAdministrator;
import vn.mtbbe.security.FirstAdministrator.Outcome;
import vn.mtbbe.security.Role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server, on a database emptied of accounts within a transaction that is rolled back afterwards: the
 * first administrator comes from the configured name and password, only when both are usable, and only while no
 * account exists.
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdministratorIT {

    @Inject
    FirstAdministrator first;

    @Inject
    AccountService accounts;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @Test
    void theFirstAdministratorIsMadeOnlyFromAUsableNameAndPasswordAndOnlyOnce() throws Exception {
        assertEquals(Outcome.ACCOUNTS_EXIST, first.ensure("root", "a long enough pass phrase".toCharArray()));
        tx.begin();
        try {
            em.createNativeQuery("DELETE FROM user_province").executeUpdate();
            em.createNativeQuery("DELETE FROM app_user").executeUpdate();
            assertEquals(Outcome.NOT_CONFIGURED, first.ensure(null, null));
            assertEquals(Outcome.NOT_CONFIGURED, first.ensure("root", new char[0]));
            assertEquals(Outcome.USERNAME_REFUSED, first.ensure("the root", "a long enough pass phrase".toCharArray()));
            assertEquals(Outcome.PASSWORD_REFUSED, first.ensure("root", "short".toCharArray()));
            assertEquals(Outcome.PASSWORD_REFUSED, first.ensure("root", "password123456".toCharArray()), "a common one");

            assertEquals(Outcome.CREATED, first.ensure(" Root ", "a long enough pass phrase".toCharArray()));
            AppUser admin = accounts.findByUsername("root").orElseThrow();
            assertEquals(Role.ADMIN, admin.getRole());
            assertTrue(admin.isPasswordChangeRequired(), "to be changed at the first sign-in");
            assertEquals(Outcome.ACCOUNTS_EXIST, first.ensure("other", "another long pass phrase".toCharArray()));
        } finally {
            tx.rollback();
        }
    }
}
