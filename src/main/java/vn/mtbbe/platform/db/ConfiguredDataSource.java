package vn.mtbbe.platform.db;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The application's one data source class: it picks H2 or MySQL Connector/J by the JDBC URL, so that a
 * deployment switches databases by setting {@code MTBBE_DB_URL} alone. The server pools connections
 * around it; this class only opens them, and counts those open ({@link #open()}) for the operators' metrics.
 */
public class ConfiguredDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
        this.target = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.target = null;
    }

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            current = create(url, user, password);
            target = current;
        }
        return current;
    }

    static DataSource create(String url, String user, String password) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL configured (MTBBE_DB_URL)");
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (url.startsWith("jdbc:mysql:")) {
            MysqlDataSource mysql = new MysqlDataSource();
            mysql.setURL(url);
            mysql.setUser(user);
            mysql.setPassword(password);
            return mysql;
        }
        throw new SQLException("Unsupported database URL; use jdbc:h2: or jdbc:mysql: (MySQL 8 or MariaDB)");
    }

    private static final AtomicInteger OPEN = new AtomicInteger();

    /** Connections to the database open now in this process: the size of the server's pool around this class. */
    public static int open() {
        return OPEN.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counted(target().getConnection());
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return counted(target().getConnection(username, pass));
    }

    /** The connection, counted as open until its first close; everything else goes to it unchanged. */
    private static Connection counted(Connection connection) {
        OPEN.incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(ConfiguredDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0 && closed.compareAndSet(false, true)) {
                        OPEN.decrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
