package vn.mtbbe.platform.db;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Whether this instance has finished starting: the schema migrated and, where configured, the demo data
 * loaded. Readiness checks answer from it, so that a load balancer sends no work to a half-started instance.
 */
@ApplicationScoped
public class StartupState {

    private volatile Instant readyAt;

    /** Called once the schema is migrated and the observers of {@link DatabaseStartup.SchemaReady} have run. */
    void markReady() {
        readyAt = Instant.now();
    }

    public boolean isReady() {
        return readyAt != null;
    }
}
