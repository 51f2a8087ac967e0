package io.concord.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void opensAgainAfterAFirstMigrationThatWasCutShort() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        // as a kill -9 in the middle of V1 leaves it: H2 commits each CREATE TABLE by itself
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("CREATE TABLE project (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(200) NOT NULL UNIQUE, "
                    + "created_at TIMESTAMP WITH TIME ZONE NOT NULL, created_by VARCHAR(100) NOT NULL, revision BIGINT DEFAULT 0 NOT NULL)");
        }
        Database db = new Database(ds);
        assertEquals(db.schemaVersion(), new Database(ds).schemaVersion());
        assertEquals("p", db.transaction(c -> Projects.create(c, "p", "bea")).name());
    }
}
