package vn.mtbbe.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import vn.mtbbe.platform.db.DatabaseStartup;
import vn.mtbbe.platform.db.StartupState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The instance's health for MicroProfile Health ({@code /health/live}, {@code /health/ready}) and for the
 * API's own {@code /api/health} and {@code /api/health/ready}: live while the database answers, ready once the
 * start (migrations, demo data) is done as well.
 */
@ApplicationScoped
public class HealthChecks {

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    StartupState startup;

    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public boolean isReady() {
        return startup.isReady() && databaseAnswers();
    }

    @Produces
    @Liveness
    HealthCheck database() {
        return () -> HealthCheckResponse.named("database").status(databaseAnswers()).build();
    }

    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> {
            boolean started = startup.isReady();
            boolean database = databaseAnswers();
            return HealthCheckResponse.named("mtbbe").status(started && database)
                    .withData("started", started).withData("database", database).build();
        };
    }
}
