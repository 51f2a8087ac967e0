package io.concord.workbench.curation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.concord.api.AnnotationService;
import io.concord.api.Exporter;
import io.concord.api.model.AnnotatedCollection;
import io.concord.api.model.DocumentRecord;
import io.concord.workbench.store.Database;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.Projects;
import io.concord.workbench.store.StoreException;

/**
 * Writes a document or a whole project, as curated, in the format of any installed exporter: accepted,
 * corrected, hand-made and undecided annotations with their status, rejected and deleted ones left out;
 * for a project also the exporter's collection file, with the conflicts and their reviews.
 */
public final class Exports {
    /** A file to send: its name, media type and bytes. */
    public record Download(String fileName, String mediaType, byte[] bytes) {}

    private final Database db;
    private final AnnotationService annotation;
    private final Supplier<List<Exporter>> exporters;
    private final ConflictView conflicts;

    public Exports(Database db, AnnotationService annotation, Supplier<List<Exporter>> exporters, ConflictView conflicts) {
        this.db = db;
        this.annotation = annotation;
        this.exporters = exporters;
        this.conflicts = conflicts;
    }

    public Download document(long documentId, String format) {
        Exporter exporter = exporter(format);
        if (!exporter.writesDocuments()) {
            throw StoreException.badRequest("the " + format + " exporter writes only whole projects");
        }
        DocumentRecord record = db.transaction(c -> CuratedDocuments.of(c, documentId, recordId(Documents.get(c, documentId).name())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(exporter, record, out);
        return new Download(record.id() + "." + exporter.fileExtension(), exporter.mediaType(), out.toByteArray());
    }

    /** A zip: each document in the format, and the collection file where the exporter writes one. */
    public Download project(long projectId, String format) {
        Exporter exporter = exporter(format);
        String projectName = db.transaction(c -> Projects.get(c, projectId).name());
        Map<String, String> names = new HashMap<>();
        List<DocumentRecord> records = db.transaction(c -> {
            List<DocumentRecord> out = new ArrayList<>();
            Set<String> used = new LinkedHashSet<>();
            for (Documents.DocumentInfo d : Documents.ofProject(c, projectId)) {
                String id = recordId(d.name());
                for (int n = 2; !used.add(id); n++) {
                    id = recordId(d.name()) + "-" + n;
                }
                names.put(String.valueOf(d.id()), id);
                out.add(CuratedDocuments.of(c, d.id(), id));
            }
            return out;
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (exporter.writesDocuments()) {
                for (DocumentRecord r : records) {
                    zip.putNextEntry(new ZipEntry(r.id() + "." + exporter.fileExtension()));
                    write(exporter, r, zip);
                    zip.closeEntry();
                }
            }
            if (exporter.writesCollection()) {
                zip.putNextEntry(new ZipEntry(exporter.collectionFileName()));
                exporter.writeCollection(new AnnotatedCollection(records, conflicts.exchangeReport(projectId, names::get)), zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new StoreException("the " + format + " export failed: " + e.getMessage(), e);
        }
        return new Download(safeFileName(projectName) + "-" + format + ".zip", "application/zip", bytes.toByteArray());
    }

    private void write(Exporter exporter, DocumentRecord record, OutputStream out) {
        try {
            annotation.open(record, doc -> {
                exporter.writeDocument(doc, nonClosing(out));
                return null;
            });
        } catch (Exception e) {
            throw new StoreException("the " + exporter.format() + " exporter failed on " + record.id() + ": " + e.getMessage(), e);
        }
    }

    private Exporter exporter(String format) {
        return exporters.get().stream().filter(e -> e.format().equals(format)).findFirst()
                .orElseThrow(() -> StoreException.badRequest("no exporter for the format '" + format + "' is installed"));
    }

    private static String recordId(String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return safeFileName(base);
    }

    private static String safeFileName(String s) {
        String clean = s.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return clean.isEmpty() ? "document" : clean;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
