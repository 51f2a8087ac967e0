package io.concord.workbench.curation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import io.concord.workbench.store.Documents.DocumentInfo;
import io.concord.workbench.store.StoreException;

/**
 * Documents into a project, annotated: what an upload, a folder import and {@code bin/concord import} do.
 * New documents are annotated at once, so they open with the machine's suggestions; a document the
 * annotators fail on stays imported (a re-run annotates it) and is reported with the reason.
 */
public final class Intake {
    private final Importer importer;
    private final Reannotation reannotation;

    public Intake(Importer importer, Reannotation reannotation) {
        this.importer = importer;
        this.reannotation = reannotation;
    }

    public Importer.Result file(long projectId, String name, byte[] bytes, String user) {
        return annotated(importer.importFile(projectId, name, bytes, user));
    }

    public Importer.Result folder(long projectId, Path folder, List<String> include, String user) throws IOException {
        return annotated(importer.importFolder(projectId, folder, include, user));
    }

    private Importer.Result annotated(Importer.Result result) {
        List<Importer.Skipped> skipped = new ArrayList<>(result.skipped());
        List<DocumentInfo> imported = new ArrayList<>();
        for (DocumentInfo d : result.imported()) {
            try {
                reannotation.annotateDocument(d.id(), new HashMap<>());
            } catch (StoreException e) {
                skipped.add(new Importer.Skipped(d.name(), "imported, but not annotated: " + e.getMessage()
                        + "; re-run the annotators to try again"));
            }
            imported.add(d);
        }
        return new Importer.Result(imported, skipped);
    }
}
