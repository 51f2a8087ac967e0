package io.concord.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

import io.concord.api.AnnotationService;
import io.concord.api.Exporter;
import io.concord.api.conflict.ConflictDetector;
import io.concord.api.text.TextSegmenter;
import io.concord.workbench.curation.ConflictView;
import io.concord.workbench.curation.Curation;
import io.concord.workbench.curation.Entities;
import io.concord.workbench.curation.Exports;
import io.concord.workbench.curation.Importer;
import io.concord.workbench.curation.Intake;
import io.concord.workbench.curation.Reannotation;
import io.concord.workbench.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One workspace: its database and the services that work on it. Comes up when the workbench is configured
 * (by {@code bin/concord workbench}), with the annotation engine, the exporters and the conflict detector
 * as they are installed at each moment.
 */
@Component(service = Workspace.class, configurationPid = WorkbenchConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = WorkbenchConfig.class)
public final class Workspace {
    private final WorkbenchConfig config;
    private final Path folder;
    private final Database db;
    private final Curation curation;
    private final Reannotation reannotation;
    private final Importer importer;
    private final Intake intake;
    private final ConflictView conflicts;
    private final Entities entities;
    private final Exports exports;
    private final EventHub events;
    private final boolean embedded;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Exporter> exporters;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConflictDetector detector;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TextSegmenter segmenter;

    @Activate
    public Workspace(WorkbenchConfig config,
                     @Reference(target = "(osgi.jdbc.driver.class=org.h2.Driver)") DataSourceFactory h2,
                     @Reference AnnotationService annotation,
                     @Reference EventHub events) throws Exception {
        this.config = config;
        this.events = events;
        this.embedded = config.jdbcUrl() == null || config.jdbcUrl().isBlank();
        this.folder = Path.of(config.workspace()).toAbsolutePath().normalize();
        Files.createDirectories(folder.resolve("import"));
        this.db = new Database(dataSource(h2, config, folder));
        this.curation = new Curation(db, events::projectChanged);
        this.reannotation = new Reannotation(db, annotation, events::projectChanged);
        this.importer = new Importer(db, config.maxDocumentBytes());
        this.intake = new Intake(importer, reannotation);
        this.conflicts = new ConflictView(db, () -> detector, () -> segmenter, events::pluginsGeneration, events::projectChanged);
        this.entities = new Entities(db, curation, conflicts);
        this.exports = new Exports(db, annotation, () -> exporters == null ? List.of() : exporters, conflicts);
    }

    /** Closes the embedded database (it stays open between transactions, holding its file lock). */
    @Deactivate
    void deactivate() {
        if (embedded) {
            db.shutdown();
        }
    }

    /** Tells open pages that a project changed outside the curation services (deletes). */
    public void changed(long projectId) {
        events.projectChanged(projectId);
    }

    /**
     * The embedded database, or the server named by {@code jdbcUrl}. {@code WRITE_DELAY=0}: H2 otherwise
     * writes commits in the background and a kill -9 loses what the user was told is saved.
     * {@code DB_CLOSE_DELAY=-1}: the database stays open between transactions (opening it is costly) and
     * keeps its file lock, so a second workbench on the same workspace is refused.
     */
    private static DataSource dataSource(DataSourceFactory h2, WorkbenchConfig config, Path folder) throws SQLException {
        Properties p = new Properties();
        String url = config.jdbcUrl() == null || config.jdbcUrl().isBlank()
                ? "jdbc:h2:file:" + folder.resolve("db").resolve("concord") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1"
                : config.jdbcUrl();
        p.setProperty(DataSourceFactory.JDBC_URL, url);
        return h2.createDataSource(p);
    }

    public WorkbenchConfig config() {
        return config;
    }

    public Path folder() {
        return folder;
    }

    /** Where a folder import may read from: inside it only. */
    public Path importFolder() {
        return folder.resolve("import");
    }

    public String user() {
        return config.user();
    }

    public Database db() {
        return db;
    }

    public Curation curation() {
        return curation;
    }

    public Reannotation reannotation() {
        return reannotation;
    }

    /** Documents into a project, annotated at once. */
    public Intake intake() {
        return intake;
    }

    public ConflictView conflicts() {
        return conflicts;
    }

    public Entities entities() {
        return entities;
    }

    public Exports exports() {
        return exports;
    }

    public List<Exporter> exporters() {
        List<Exporter> e = exporters;
        return e == null ? List.of() : e;
    }
}
