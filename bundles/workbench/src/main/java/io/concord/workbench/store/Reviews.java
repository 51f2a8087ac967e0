package io.concord.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The {@code conflict_review} table: a person's verdict on a conflict, by the conflict's stable key. */
public final class Reviews {
    public static final Set<String> STATUSES = Set.of("open", "confirmed", "dismissed");

    private static StoreException stale(Review now) {
        return StoreException.stale(now == null ? "this conflict's review changed elsewhere meanwhile; reload it"
                : "this conflict was reviewed elsewhere meanwhile (by " + now.user() + "); their review is shown now", now);
    }

    public record Review(String key, String status, String note, String user, OffsetDateTime at, int version) {}

    private Reviews() {}

    public static Map<String, Review> ofProject(Connection c, long projectId) throws SQLException {
        Map<String, Review> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT conflict_key, status, note, user_name, at, version FROM conflict_review WHERE project_id = ?")) {
            p.setLong(1, projectId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Review(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getInt(6)));
                }
            }
        }
        return out;
    }

    /**
     * Saves a review. {@code expectedVersion} is the version the reviewer saw (0 when there was no review);
     * if the stored one differs, someone else reviewed meanwhile: 409 with their review.
     */
    public static Review save(Connection c, long projectId, String key, String status, String note, int expectedVersion, String user)
            throws SQLException {
        if (!STATUSES.contains(status)) {
            throw StoreException.badRequest("a review status is open, confirmed or dismissed");
        }
        if (note != null && note.length() > 10_000) {
            throw StoreException.badRequest("a review note has at most 10,000 characters");
        }
        Review existing = ofProject(c, projectId).get(key);
        int stored = existing == null ? 0 : existing.version();
        if (stored != expectedVersion) {
            throw stale(existing);
        }
        String sql = existing == null
                ? "INSERT INTO conflict_review (status, note, user_name, at, version, project_id, conflict_key) VALUES (?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE conflict_review SET status = ?, note = ?, user_name = ?, at = ?, version = ? WHERE project_id = ? "
                + "AND conflict_key = ? AND version = " + stored;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, status);
            p.setString(2, note);
            p.setString(3, user);
            p.setObject(4, Database.now());
            p.setInt(5, stored + 1);
            p.setLong(6, projectId);
            p.setString(7, key);
            if (p.executeUpdate() == 0) {
                throw stale(ofProject(c, projectId).get(key));
            }
        } catch (java.sql.SQLIntegrityConstraintViolationException e) {
            // another first review of the same conflict was saved at the same moment
            throw stale(ofProject(c, projectId).get(key));
        }
        return ofProject(c, projectId).get(key);
    }
}
