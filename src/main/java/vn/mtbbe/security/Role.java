package vn.mtbbe.security;

import java.util.Locale;

/** The roles of DESIGN.md. The group name is what the container and {@code isCallerInRole} use. */
public enum Role {
    ADMIN, MINISTRY, OFFICER, DELEGATION;

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }
}
