package io.concord.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code machine_change} table: what a re-run of the annotators would change in a document, held until
 * a person takes or leaves it.
 */
public final class Changes {
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String CHANGED = "changed";

    /** One proposed change; {@code annotationId} is the existing annotation it concerns (null for additions). */
    public record Change(long id, long documentId, Long annotationId, String kind, String type, int begin, int end,
                         String annotator, String annotatorVersion, Double confidence,
                         Map<String, Object> before, Map<String, Object> after) {}

    private static final String COLUMNS = "id, document_id, annotation_id, kind, type, begin_offset, end_offset, annotator, "
            + "annotator_version, confidence, before_attributes, after_attributes";

    private Changes() {}

    public static void insert(Connection c, Change ch) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO machine_change (document_id, annotation_id, kind, type, "
                + "begin_offset, end_offset, annotator, annotator_version, confidence, before_attributes, after_attributes, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, ch.documentId());
            if (ch.annotationId() == null) {
                p.setNull(2, java.sql.Types.BIGINT);
            } else {
                p.setLong(2, ch.annotationId());
            }
            p.setString(3, ch.kind());
            p.setString(4, ch.type());
            p.setInt(5, ch.begin());
            p.setInt(6, ch.end());
            p.setString(7, ch.annotator());
            p.setString(8, ch.annotatorVersion());
            Annotations.setDouble(p, 9, ch.confidence());
            p.setString(10, Json.attributes(ch.before()));
            p.setString(11, Json.attributes(ch.after()));
            p.setObject(12, Database.now());
            p.executeUpdate();
        }
    }

    /** Pending changes of a project (all documents), or of the listed ids only when {@code ids} is not empty. */
    public static List<Change> pending(Connection c, long projectId, List<Long> ids) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT m." + COLUMNS.replace(", ", ", m.") + " FROM machine_change m JOIN document d "
                + "ON m.document_id = d.id WHERE d.project_id = ? AND m.state = 'pending'");
        if (!ids.isEmpty()) {
            sql.append(" AND m.id IN (").append("?,".repeat(ids.size() - 1)).append("?)");
        }
        sql.append(" ORDER BY d.name, m.begin_offset, m.id");
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            p.setLong(1, projectId);
            for (int i = 0; i < ids.size(); i++) {
                p.setLong(i + 2, ids.get(i));
            }
            List<Change> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
                            rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                            (Double) rs.getObject(10, Double.class), Json.attributes(rs.getString(11)),
                            Json.attributes(rs.getString(12))));
                }
            }
            return out;
        }
    }

    /** Drops a document's undecided changes (a new run replaces them). */
    public static void dropPending(Connection c, long documentId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM machine_change WHERE document_id = ? AND state = 'pending'")) {
            p.setLong(1, documentId);
            p.executeUpdate();
        }
    }

    /**
     * Marks a pending change taken or left; false when it was decided already (by another request), in
     * which case the caller must not apply it again.
     */
    public static boolean decide(Connection c, long id, String state, String user) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE machine_change SET state = ?, decided_by = ?, decided_at = ? "
                + "WHERE id = ? AND state = 'pending'")) {
            p.setString(1, state);
            p.setString(2, user);
            p.setObject(3, Database.now());
            p.setLong(4, id);
            return p.executeUpdate() == 1;
        }
    }
}
