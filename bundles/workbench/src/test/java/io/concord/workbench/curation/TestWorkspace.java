package io.concord.workbench.curation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.concord.workbench.store.Annotations;
import io.concord.workbench.store.Database;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.Projects;
import io.concord.workbench.store.StoredAnnotation;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory workspace database with one project and one document, for unit tests. */
final class TestWorkspace {
    final Database db;
    final long project;
    final long document;
    final String text = "Maria Costa met the mayor of Lisbon on Monday. \"We agree,\" she said.";

    TestWorkspace() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db = new Database(ds);
        project = db.transaction(c -> Projects.create(c, "test", "ann").id());
        document = db.transaction(c -> Documents.insert(c, project, "a.txt", "A", text, "ann").id());
    }

    StoredAnnotation machine(String type, int begin, int end, Map<String, Object> attrs) {
        return db.transaction(c -> Annotations.insert(c, new StoredAnnotation(0, document, type, begin, end, attrs,
                StoredAnnotation.MACHINE, StoredAnnotation.PENDING, "people", "1.0.0", 0.9, begin, end, attrs, false, 1, "machine",
                Database.now())));
    }

    StoredAnnotation get(long id) {
        return db.transaction(c -> Annotations.get(c, id));
    }

    List<StoredAnnotation> all() {
        return db.transaction(c -> Annotations.ofDocument(c, document));
    }
}
