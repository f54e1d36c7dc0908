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
import vn.mtbbe.platform.db.ReadDatabase;
import vn.mtbbe.platform.db.StartupState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The instance's health for MicroProfile Health ({@code /health/live}, {@code /health/ready}) and for the
 * API's own {@code /api/health} and {@code /api/health/ready}: live while the database answers, ready once the
 * start (migrations, demo data) is done as well. Where reports read off a replica, the readiness details tell
 * whether it answers and its delay; a replica that lags or is down does not make the instance unready (entry does
 * not need it).
 */
@ApplicationScoped
public class HealthChecks {

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    StartupState startup;

    @Inject
    ReadDatabase reads;

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
            var response = HealthCheckResponse.named("mtbbe").status(started && database)
                    .withData("started", started).withData("database", database);
            if (reads.separate()) {
                // Reports read off a replica: whether it answers and how far behind it is (-1: it cannot say).
                response.withData("readDatabase", reads.answers())
                        .withData("readDatabaseLagSeconds", reads.lagSeconds().orElse(-1));
            }
            return response.build();
        };
    }
}
