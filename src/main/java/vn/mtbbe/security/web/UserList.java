package vn.mtbbe.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.service.ProvinceService;
import vn.mtbbe.security.AccountDirectory;
import vn.mtbbe.security.AccountService;
import vn.mtbbe.security.SignInThrottle;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /admin/users.xhtml}: the accounts, their roles, provinces and state (administrators only). */
@Named
@RequestScoped
public class UserList {

    /** An account as the list shows it. */
    public record UserRow(String username, String displayName, String role, String provinces, Instant expiresAt,
                          boolean expired, boolean locked, boolean enabled) {
    }

    @Inject
    AccountDirectory directory;

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    ProvinceService provinces;

    @Inject
    UserLocale userLocale;

    private List<UserRow> users;

    public void load() {
        Instant now = accounts.now();
        Set<String> locked = throttle.lockedNames();
        Map<String, String> names = provinces.list(userLocale.current()).stream()
                .collect(Collectors.toMap(ProvinceService.ProvinceName::code, ProvinceService.ProvinceName::name));
        users = directory.all().stream()
                .map(u -> new UserRow(u.getUsername(), u.getDisplayName(), u.getRole().name(),
                        u.getProvinces().stream().map(p -> names.getOrDefault(p, p)).collect(Collectors.joining(", ")),
                        u.getExpiresAt(),
                        u.getExpiresAt() != null && !now.isBefore(u.getExpiresAt()), locked.contains(u.getUsername().toLowerCase(Locale.ROOT)), u.isEnabled()))
                .toList();
    }

    public List<UserRow> getUsers() {
        return users;
    }
}
