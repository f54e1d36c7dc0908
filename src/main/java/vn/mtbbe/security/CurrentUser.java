package vn.mtbbe.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import vn.mtbbe.platform.error.AppException;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The caller of this request and what they may see. Services ask it before they read or write:
 * {@link #require} for the role, {@link #scope} for the provinces.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private AppUser user;
    private boolean loaded;
    private boolean shareGuest;

    public Optional<AppUser> user() {
        if (!loaded) {
            loaded = true;
            Principal principal = security.getCallerPrincipal();
            user = principal == null ? null : accounts.findByUsername(principal.getName()).orElse(null);
        }
        return Optional.ofNullable(user);
    }

    /** The account the identity store has just read and accepted for this request. */
    void authenticated(AppUser account) {
        user = account;
        loaded = true;
    }

    /**
     * For the rest of this request only, the caller is a transient delegation guest without an account: a request
     * that carries a valid report share link (checked by the caller of this). Nothing is kept in the session.
     */
    public void actAsShareGuest(String label) {
        AppUser guest = new AppUser("share", label, "", Role.DELEGATION);
        user = guest;
        loaded = true;
        shareGuest = true;
    }

    /** Whether this request is served to a share link's holder (not to anyone signed in). */
    public boolean isShareGuest() {
        return shareGuest;
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public Optional<Role> role() {
        return user().map(AppUser::getRole);
    }

    public boolean hasRole(Role... roles) {
        return role().map(r -> Arrays.asList(roles).contains(r)).orElse(false);
    }

    /**
     * The caller's account, or 401 when nobody is signed in; 403 while the account must change the password someone
     * else set (only {@link #account()} serves it then, for the change itself).
     */
    public AppUser requireSignedIn() {
        AppUser caller = account();
        if (caller.isPasswordChangeRequired()) {
            throw AppException.passwordChangeRequired();
        }
        return caller;
    }

    /** The caller's account whatever its state, or 401: for changing one's own password. */
    public AppUser account() {
        return user().orElseThrow(AppException::notSignedIn);
    }

    /** The caller's account when it has one of {@code roles}: 401 when nobody is signed in, 403 otherwise. */
    public AppUser require(Role... roles) {
        AppUser caller = requireSignedIn();
        if (!Arrays.asList(roles).contains(caller.getRole())) {
            throw AppException.forbidden();
        }
        return caller;
    }

    /** The provinces whose records the caller may see. */
    public ProvinceScope scope() {
        AppUser caller = requireSignedIn();
        return switch (caller.getRole()) {
            case MINISTRY, ADMIN -> ProvinceScope.ALL;
            case OFFICER -> ProvinceScope.of(caller.getProvinces());
            case DELEGATION -> ProvinceScope.NONE;
        };
    }
}
