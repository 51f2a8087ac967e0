package io.concord.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** SQL for the {@code annotation} table. */
public final class Annotations {
    private static final String COLUMNS = "id, document_id, type, begin_offset, end_offset, attributes, origin, status, "
            + "annotator, annotator_version, confidence, machine_begin, machine_end, machine_attributes, machine_gone, version, updated_by, updated_at";

    private Annotations() {}

    public static List<StoredAnnotation> ofDocument(Connection c, long documentId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                + " FROM annotation WHERE document_id = ? ORDER BY begin_offset, end_offset DESC, id")) {
            p.setLong(1, documentId);
            return list(p);
        }
    }

    public static StoredAnnotation get(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE id = ?")) {
            p.setLong(1, id);
            List<StoredAnnotation> found = list(p);
            if (found.isEmpty()) {
                throw StoreException.notFound("annotation " + id + " does not exist (it may have been deleted)");
            }
            return found.get(0);
        }
    }

    /** Inserts a new annotation; its id and version 1 are assigned. */
    public static StoredAnnotation insert(Connection c, StoredAnnotation a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO annotation (document_id, type, begin_offset, end_offset, "
                + "attributes, origin, status, annotator, annotator_version, confidence, machine_begin, machine_end, "
                + "machine_attributes, machine_gone, version, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, a.documentId());
            p.setString(2, a.type());
            p.setInt(3, a.begin());
            p.setInt(4, a.end());
            p.setString(5, Json.attributes(a.attributes()));
            p.setString(6, a.origin());
            p.setString(7, a.status());
            p.setString(8, a.annotator());
            p.setString(9, a.annotatorVersion());
            setDouble(p, 10, a.confidence());
            setInt(p, 11, a.machineBegin());
            setInt(p, 12, a.machineEnd());
            p.setString(13, Json.attributes(a.machineAttributes()));
            p.setBoolean(14, a.machineGone());
            p.setString(15, a.updatedBy());
            p.setObject(16, a.updatedAt());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return get(c, keys.getLong(1));
            }
        }
    }

    /**
     * Re-inserts an annotation with its own id (undo of a hard delete); the row must not exist.
     */
    public static void restore(Connection c, StoredAnnotation a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO annotation (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, a.id());
            p.setLong(2, a.documentId());
            p.setString(3, a.type());
            p.setInt(4, a.begin());
            p.setInt(5, a.end());
            p.setString(6, Json.attributes(a.attributes()));
            p.setString(7, a.origin());
            p.setString(8, a.status());
            p.setString(9, a.annotator());
            p.setString(10, a.annotatorVersion());
            setDouble(p, 11, a.confidence());
            setInt(p, 12, a.machineBegin());
            setInt(p, 13, a.machineEnd());
            p.setString(14, Json.attributes(a.machineAttributes()));
            p.setBoolean(15, a.machineGone());
            p.setInt(16, a.version());
            p.setString(17, a.updatedBy());
            p.setObject(18, a.updatedAt());
            p.executeUpdate();
        }
    }

    /**
     * Writes {@code next} over the row if the stored version still equals {@code expectedVersion}; the stored
     * version becomes {@code expectedVersion + 1}.
     * A row changed meanwhile gives a 409 carrying the row as it is now.
     */
    public static StoredAnnotation update(Connection c, StoredAnnotation next, int expectedVersion) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE annotation SET begin_offset = ?, end_offset = ?, attributes = ?, "
                + "status = ?, annotator_version = ?, confidence = ?, machine_begin = ?, machine_end = ?, machine_attributes = ?, "
                + "machine_gone = ?, version = ?, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?")) {
            p.setInt(1, next.begin());
            p.setInt(2, next.end());
            p.setString(3, Json.attributes(next.attributes()));
            p.setString(4, next.status());
            p.setString(5, next.annotatorVersion());
            setDouble(p, 6, next.confidence());
            setInt(p, 7, next.machineBegin());
            setInt(p, 8, next.machineEnd());
            p.setString(9, Json.attributes(next.machineAttributes()));
            p.setBoolean(10, next.machineGone());
            p.setInt(11, expectedVersion + 1);
            p.setString(12, next.updatedBy());
            p.setObject(13, next.updatedAt());
            p.setLong(14, next.id());
            p.setInt(15, expectedVersion);
            if (p.executeUpdate() == 0) {
                StoredAnnotation now = get(c, next.id());
                throw StoreException.stale("this annotation was changed elsewhere (by " + now.updatedBy() + " at "
                        + now.updatedAt() + "); it now shows their version, so check it and try again", now);
            }
        }
        return get(c, next.id());
    }

    public static void deleteRow(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    private static List<StoredAnnotation> list(PreparedStatement p) throws SQLException {
        List<StoredAnnotation> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredAnnotation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        Json.attributes(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        (Double) rs.getObject(11, Double.class), (Integer) rs.getObject(12, Integer.class),
                        (Integer) rs.getObject(13, Integer.class), Json.attributes(rs.getString(14)), rs.getBoolean(15),
                        rs.getInt(16), rs.getString(17), rs.getObject(18, OffsetDateTime.class)));
            }
        }
        return out;
    }

    static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }

    static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }
}
