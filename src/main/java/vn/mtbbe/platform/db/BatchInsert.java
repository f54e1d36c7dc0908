package vn.mtbbe.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Many rows into one table through one prepared statement, sent to the database in JDBC batches: for bulk
 * writes (the demo data set, imports), where persisting entity by entity costs a round trip and a change-set
 * computation per row. Runs on the caller's connection, so inside the caller's transaction.
 * <p>
 * Values are bound as JDBC 4.2 objects (java.time dates included); an {@link Instant} is stored as a UTC
 * date-time like {@link InstantConverter} does, an enum by its name. With {@link #withKeys} the generated ids
 * come back in the order the rows were added.
 */
public final class BatchInsert implements AutoCloseable {

    static final int BATCH_SIZE = 500;

    private final PreparedStatement statement;
    private final boolean returnsKeys;
    private final List<Long> keys = new ArrayList<>();
    private int pending;
    private int rows;

    private BatchInsert(Connection connection, String sql, boolean returnsKeys) throws SQLException {
        this.statement = returnsKeys
                ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
        this.returnsKeys = returnsKeys;
    }

    /** Rows of {@code table}, one value per column in the order given. */
    public static BatchInsert into(Connection connection, String table, String... columns) throws SQLException {
        return new BatchInsert(connection, sql(table, columns), false);
    }

    /** Like {@link #into}, for a table whose id the database generates; {@link #keys()} gives the ids. */
    public static BatchInsert withKeys(Connection connection, String table, String... columns) throws SQLException {
        return new BatchInsert(connection, sql(table, columns), true);
    }

    static String sql(String table, String... columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    /** Adds a row; the batch goes to the database every {@value #BATCH_SIZE} rows. */
    public BatchInsert add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending == BATCH_SIZE) {
            send();
        }
        return this;
    }

    private void bind(int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else {
            statement.setObject(index, value);
        }
    }

    private void send() throws SQLException {
        if (pending == 0) {
            return;
        }
        statement.executeBatch();
        pending = 0;
        if (returnsKeys) {
            try (ResultSet generated = statement.getGeneratedKeys()) {
                while (generated.next()) {
                    keys.add(generated.getLong(1));
                }
            }
            if (keys.size() != rows) {
                throw new SQLException("The database returned " + keys.size() + " generated ids for " + rows + " rows");
            }
        }
    }

    /** The generated ids, in the order the rows were added (sends what is pending first). */
    public List<Long> keys() throws SQLException {
        if (!returnsKeys) {
            throw new IllegalStateException("made without generated keys");
        }
        send();
        return Collections.unmodifiableList(keys);
    }

    /** The rows added so far. */
    public int rows() {
        return rows;
    }

    /** Sends what is pending and releases the statement. */
    @Override
    public void close() throws SQLException {
        try {
            send();
        } finally {
            statement.close();
        }
    }
}
