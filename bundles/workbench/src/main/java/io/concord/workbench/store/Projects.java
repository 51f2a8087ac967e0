package io.concord.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** SQL for the {@code project} table. Every change to a project's content bumps its revision. */
public final class Projects {
    /** A project with its counts. */
    public record Project(long id, String name, OffsetDateTime createdAt, String createdBy, long revision,
                          int documents, int annotations, int decided, int pendingChanges) {}

    private static final String SELECT = "SELECT p.id, p.name, p.created_at, p.created_by, p.revision, "
            + "(SELECT COUNT(*) FROM document d WHERE d.project_id = p.id), "
            + "(SELECT COUNT(*) FROM annotation a JOIN document d ON a.document_id = d.id WHERE d.project_id = p.id AND a.status <> 'deleted'), "
            + "(SELECT COUNT(*) FROM annotation a JOIN document d ON a.document_id = d.id WHERE d.project_id = p.id AND a.status NOT IN ('pending', 'deleted')), "
            + "(SELECT COUNT(*) FROM machine_change m JOIN document d ON m.document_id = d.id WHERE d.project_id = p.id AND m.state = 'pending') "
            + "FROM project p";

    private Projects() {}

    public static List<Project> list(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT + " ORDER BY p.name")) {
            return read(p);
        }
    }

    public static Project get(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE p.id = ?")) {
            p.setLong(1, id);
            List<Project> found = read(p);
            if (found.isEmpty()) {
                throw StoreException.notFound("project " + id + " does not exist");
            }
            return found.get(0);
        }
    }

    /** The id of the project of that name, or -1. */
    public static long idOf(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM project WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    public static Project create(Connection c, String name, String user) throws SQLException {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200 || clean.chars().anyMatch(Character::isISOControl)) {
            throw StoreException.badRequest("a project name must be 1 to 200 characters, without control characters");
        }
        if (idOf(c, clean) >= 0) {
            throw StoreException.stale("a project named '" + clean + "' exists already", get(c, idOf(c, clean)));
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO project (name, created_at, created_by) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, clean);
            p.setObject(2, Database.now());
            p.setString(3, user);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return get(c, keys.getLong(1));
            }
        }
    }

    public static void delete(Connection c, long id) throws SQLException {
        get(c, id);
        try (PreparedStatement p = c.prepareStatement("DELETE FROM project WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    /** Marks the project's content changed (cached conflicts of an older revision are stale). */
    public static void touch(Connection c, long projectId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE project SET revision = revision + 1 WHERE id = ?")) {
            p.setLong(1, projectId);
            p.executeUpdate();
        }
    }

    private static List<Project> read(PreparedStatement p) throws SQLException {
        List<Project> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Project(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4),
                        rs.getLong(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
            }
        }
        return out;
    }
}
