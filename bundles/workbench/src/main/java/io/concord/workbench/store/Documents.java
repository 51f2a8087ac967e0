package io.concord.workbench.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL for the {@code document} table. */
public final class Documents {
    /** A document without its text. */
    public record DocumentInfo(long id, long projectId, String name, String title, int chars,
                               OffsetDateTime addedAt, OffsetDateTime annotatedAt) {}

    /** A document's line in a project listing: counts of standing annotations by type, and decided ones. */
    public record DocumentSummary(DocumentInfo info, int annotations, int decided, Map<String, Integer> byType) {}

    private static final String INFO = "id, project_id, name, title, LENGTH(text), added_at, annotated_at";

    private Documents() {}

    public static DocumentInfo get(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + INFO + " FROM document WHERE id = ?")) {
            p.setLong(1, id);
            List<DocumentInfo> found = read(p);
            if (found.isEmpty()) {
                throw StoreException.notFound("document " + id + " does not exist (it may have been deleted)");
            }
            return found.get(0);
        }
    }

    public static List<DocumentInfo> ofProject(Connection c, long projectId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + INFO + " FROM document WHERE project_id = ? ORDER BY name")) {
            p.setLong(1, projectId);
            return read(p);
        }
    }

    public static String text(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT text FROM document WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw StoreException.notFound("document " + id + " does not exist");
                }
                return rs.getString(1);
            }
        }
    }

    /** Whether the project has a document of that name. */
    public static boolean exists(Connection c, long projectId, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM document WHERE project_id = ? AND name = ?")) {
            p.setLong(1, projectId);
            p.setString(2, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    public static DocumentInfo insert(Connection c, long projectId, String name, String title, String text, String user)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO document (project_id, name, title, text, sha256, added_at, added_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, projectId);
            p.setString(2, name);
            p.setString(3, title);
            p.setString(4, text);
            p.setString(5, sha256(text));
            p.setObject(6, Database.now());
            p.setString(7, user);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return get(c, keys.getLong(1));
            }
        }
    }

    /**
     * The document, its row locked until the transaction ends: two runs of the annotators on one document
     * (an upload still annotating and a re-run) take turns instead of both storing their output.
     */
    public static DocumentInfo lock(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM document WHERE id = ? FOR UPDATE")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw StoreException.notFound("document " + id + " does not exist (it may have been deleted)");
                }
            }
        }
        return get(c, id);
    }

    public static void markAnnotated(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE document SET annotated_at = ? WHERE id = ?")) {
            p.setObject(1, Database.now());
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    public static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    /** Each document of the project with its counts, in one pass over the annotations. */
    public static List<DocumentSummary> summaries(Connection c, long projectId) throws SQLException {
        Map<Long, int[]> totals = new LinkedHashMap<>();
        Map<Long, Map<String, Integer>> byType = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT a.document_id, a.type, a.status, COUNT(*) FROM annotation a "
                + "JOIN document d ON a.document_id = d.id WHERE d.project_id = ? AND a.status <> 'deleted' "
                + "GROUP BY a.document_id, a.type, a.status")) {
            p.setLong(1, projectId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    int n = rs.getInt(4);
                    int[] t = totals.computeIfAbsent(doc, k -> new int[2]);
                    t[0] += n;
                    if (!StoredAnnotation.PENDING.equals(rs.getString(3))) {
                        t[1] += n;
                    }
                    if (!StoredAnnotation.REJECTED.equals(rs.getString(3))) {
                        byType.computeIfAbsent(doc, k -> new LinkedHashMap<>()).merge(rs.getString(2), n, Integer::sum);
                    }
                }
            }
        }
        List<DocumentSummary> out = new ArrayList<>();
        for (DocumentInfo d : ofProject(c, projectId)) {
            int[] t = totals.getOrDefault(d.id(), new int[2]);
            out.add(new DocumentSummary(d, t[0], t[1], byType.getOrDefault(d.id(), Map.of())));
        }
        return out;
    }

    private static List<DocumentInfo> read(PreparedStatement p) throws SQLException {
        List<DocumentInfo> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new DocumentInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)));
            }
        }
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
