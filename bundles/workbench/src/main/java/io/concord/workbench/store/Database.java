package io.concord.workbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * The workspace database: a JDBC data source with the schema brought up to date on open, and
 * transactions. Schema changes are numbered scripts ({@code db/migration/V1.sql}, {@code V2.sql}, ...)
 * applied in order, each in its own transaction, and recorded in {@code schema_version}, so a workspace
 * made by an older Concord is upgraded in place and a newer one is refused rather than damaged.
 */
public final class Database {
    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;

    public Database(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        migrate();
    }

    /** Runs {@code work} in a transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            // The SQL detail goes to the log (with the cause), not to the client.
            throw new StoreException("the database failed on this request; it is logged, and nothing was saved", e);
        }
    }

    /**
     * Closes an embedded database for good (H2's SHUTDOWN: writes everything and releases the file lock).
     * Quiet when it is closed already, as at JVM exit.
     */
    public void shutdown() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // closed already
        }
    }

    /** The schema version this build knows; the highest script number. */
    public int schemaVersion() {
        return transaction(Database::currentVersion);
    }

    private void migrate() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            c.commit();
            int current = currentVersion(c);
            if (script(current + 1) == null && current > 0 && script(current) == null) {
                throw new SQLException("the workspace was made by a newer Concord (schema version " + current + ")");
            }
            for (int v = current + 1; ; v++) {
                String sql = script(v);
                if (sql == null) {
                    break;
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(sql)) {
                        s.execute(statement);
                    }
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                        p.setInt(1, v);
                        p.setObject(2, now());
                        p.executeUpdate();
                    }
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw new SQLException("schema migration V" + v + " failed: " + e.getMessage(), e);
                }
            }
        }
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String script(int version) {
        try (InputStream in = Database.class.getResourceAsStream("/db/migration/V" + version + ".sql")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema script V" + version, e);
        }
    }

    /** The statements of a script: separated by semicolons at line ends, comment lines dropped. */
    static java.util.List<String> statements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.trim().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : clean.toString().split(";\\s*\n")) {
            if (!part.isBlank()) {
                out.add(part.trim().replaceAll(";$", ""));
            }
        }
        return out;
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
