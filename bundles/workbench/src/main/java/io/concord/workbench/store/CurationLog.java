package io.concord.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code curation_action} table: every decision with who made it and when, and the annotation's state
 * before and after it, which is what undo restores.
 */
public final class CurationLog {
    /** One logged action; {@code before}/{@code after} are the annotation's states (null: did not exist). */
    public record Action(long id, long documentId, Long annotationId, String action, StoredAnnotation before,
                         StoredAnnotation after, String user, OffsetDateTime at, boolean undone) {}

    private CurationLog() {}

    public static void record(Connection c, long documentId, String action, StoredAnnotation before, StoredAnnotation after,
                              String user) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO curation_action (document_id, annotation_id, action, "
                + "before_state, after_state, user_name, at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, documentId);
            StoredAnnotation any = after != null ? after : before;
            if (any == null) {
                p.setNull(2, java.sql.Types.BIGINT);
            } else {
                p.setLong(2, any.id());
            }
            p.setString(3, action);
            p.setString(4, before == null ? null : Json.GSON.toJson(before));
            p.setString(5, after == null ? null : Json.GSON.toJson(after));
            p.setString(6, user);
            p.setObject(7, Database.now());
            p.executeUpdate();
        }
    }

    /** The newest action on the document that was not undone, or null. */
    public static Action latestUndoable(Connection c, long documentId) throws SQLException {
        List<Action> found = query(c, "SELECT id, document_id, annotation_id, action, before_state, after_state, user_name, at, undone "
                + "FROM curation_action WHERE document_id = ? AND NOT undone ORDER BY id DESC LIMIT 1", documentId);
        return found.isEmpty() ? null : found.get(0);
    }

    public static void markUndone(Connection c, long actionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE curation_action SET undone = TRUE WHERE id = ?")) {
            p.setLong(1, actionId);
            p.executeUpdate();
        }
    }

    public static List<Action> history(Connection c, long documentId, int limit) throws SQLException {
        return query(c, "SELECT id, document_id, annotation_id, action, before_state, after_state, user_name, at, undone "
                + "FROM curation_action WHERE document_id = ? ORDER BY id DESC LIMIT " + Math.max(1, Math.min(limit, 1000)), documentId);
    }

    private static List<Action> query(Connection c, String sql, long documentId) throws SQLException {
        List<Action> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, documentId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Action(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
                            state(rs.getString(5)), state(rs.getString(6)), rs.getString(7),
                            rs.getObject(8, OffsetDateTime.class), rs.getBoolean(9)));
                }
            }
        }
        return out;
    }

    private static StoredAnnotation state(String json) {
        return json == null ? null : Json.GSON.fromJson(json, StoredAnnotation.class);
    }
}
