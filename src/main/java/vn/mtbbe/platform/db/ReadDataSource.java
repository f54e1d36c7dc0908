package vn.mtbbe.platform.db;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data source of report queries ({@link ReadDatabase#DATA_SOURCE}): {@code MTBBE_DB_READ_URL},
 * {@code MTBBE_DB_READ_USER} and {@code MTBBE_DB_READ_PASSWORD}, each falling back to the primary's setting
 * ({@code MTBBE_DB_URL}, ...), so that a replica needs no more than its address when it has the primary's account.
 * It reads its settings itself: a missing setting cannot be named in a {@code @DataSourceDefinition}.
 */
public class ReadDataSource extends ConfiguredDataSource {

    public ReadDataSource() {
        Config config = ConfigProvider.getConfig(ReadDataSource.class.getClassLoader());
        super.setUrl(setting(config, "mtbbe.db.read.url", "mtbbe.db.url"));
        super.setUser(setting(config, "mtbbe.db.read.user", "mtbbe.db.user"));
        super.setPassword(setting(config, "mtbbe.db.read.password", "mtbbe.db.password"));
    }

    private static String setting(Config config, String name, String primary) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank())
                .orElseGet(() -> config.getOptionalValue(primary, String.class).orElse(null));
    }

    /** The settings above decide; whatever the pool passes (nothing, or an empty value) is ignored. */
    @Override
    public void setUrl(String url) {
    }

    @Override
    public void setUser(String user) {
    }

    @Override
    public void setPassword(String password) {
    }
}
