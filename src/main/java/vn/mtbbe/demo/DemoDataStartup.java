package vn.mtbbe.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mtbbe.platform.db.DatabaseStartup;
import vn.mtbbe.platform.time.Today;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demo data set once the schema is ready, when {@code mtbbe.demo} allows it for this database and
 * the database holds no province yet. Runs inside the startup singleton, which holds no transaction: the
 * loader opens its own.
 */
@ApplicationScoped
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    @ConfigProperty(name = "mtbbe.demo", defaultValue = "auto")
    String setting;

    @Inject
    @ConfigProperty(name = "mtbbe.db.url")
    Optional<String> databaseUrl;

    @Inject
    @ConfigProperty(name = "mtbbe.demo.password", defaultValue = "demo")
    String password;

    @Inject
    DemoDataLoader loader;

    /** The demo set's last year is the school year running today, so that today's work has classes. */
    @Inject
    Today today;

    void onSchemaReady(@Observes DatabaseStartup.SchemaReady ready) {
        Optional<DemoMode> mode = DemoMode.parse(setting);
        if (mode.isEmpty()) {
            LOG.warning(() -> "mtbbe.demo is '" + setting + "', not auto, true or false: no demo data loaded");
            return;
        }
        if (!mode.get().appliesTo(databaseUrl.orElse(null))) {
            return;
        }
        long start = System.nanoTime();
        char[] secret = password.toCharArray();
        try {
            if (loader.hasProvinces()) {
                return;
            }
            DemoData data = new DemoDataGenerator(DemoDataGenerator.SEED, today.schoolYearStart()).generate();
            loader.load(data, today.date().minusDays(1), secret).ifPresent(counts -> LOG.info(() ->
                    "Demo data loaded: " + counts.provinces() + " provinces, " + counts.schools() + " schools, "
                            + counts.classes() + " classes, " + counts.pupils() + " pupils, " + counts.enrolments()
                            + " enrolments, " + counts.marks() + " attendance marks, " + counts.assessmentResults()
                            + " assessment results, " + counts.accounts() + " accounts in "
                            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms"));
        } catch (RuntimeException e) {
            // The application is usable without the demo set; the transaction rolled back, so the next start retries.
            LOG.log(Level.SEVERE, "Demo data not loaded", e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
