package io.concord.workbench.curation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.concord.api.text.DocumentText;
import io.concord.api.text.DocumentTitle;
import io.concord.html.MarkdownPage;
import io.concord.html.WebPage;
import io.concord.workbench.store.Database;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.Documents.DocumentInfo;
import io.concord.workbench.store.Projects;
import io.concord.workbench.store.StoreException;

/**
 * Brings documents into a project: plain text as it is, Markdown as its words without the markup, HTML as its
 * readable text (title kept), a zip by its entries, a folder by its files. What cannot be read is listed as skipped with the
 * reason; nothing outside the given bytes or folder is read, and zip entries with unsafe names are refused.
 */
public final class Importer {
    /** What an import did. */
    public record Result(List<DocumentInfo> imported, List<Skipped> skipped) {}

    public record Skipped(String name, String reason) {}

    private record Text(String title, String text) {}

    private static final int MAX_ZIP_ENTRIES = 10_000;
    /** What a folder import takes unless told otherwise. */
    public static final List<String> DOCUMENT_GLOBS = List.of("*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm");

    private final Database db;
    private final long maxDocumentBytes;

    public Importer(Database db, long maxDocumentBytes) {
        this.db = db;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** Imports one uploaded file (a document or a zip of documents). */
    public Result importFile(long projectId, String fileName, byte[] bytes, String user) {
        String name = baseName(fileName);
        List<DocumentInfo> imported = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        if (extension(name).equals("zip")) {
            importZip(projectId, bytes, user, imported, skipped);
        } else {
            String reason = add(projectId, name, bytes, user, imported);
            if (reason != null) {
                if (imported.isEmpty() && skipped.isEmpty() && isContentProblem(reason)) {
                    throw StoreException.notText(name + ": " + reason);
                }
                skipped.add(new Skipped(name, reason));
            }
        }
        return new Result(imported, skipped);
    }

    /**
     * Imports the files of a folder and its sub-folders whose names match one of {@code include} (globs
     * such as {@code *.txt}); links that lead out of the folder are not followed.
     */
    public Result importFolder(long projectId, Path folder, List<String> include, String user) throws IOException {
        List<java.nio.file.PathMatcher> matchers = include.stream()
                .map(g -> folder.getFileSystem().getPathMatcher("glob:" + g)).toList();
        List<DocumentInfo> imported = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Path root = folder.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (!p.toRealPath().startsWith(root)) {
                    skipped.add(new Skipped(name, "a link that leads out of the folder"));
                } else if (!isDocumentName(name) || matchers.stream().noneMatch(m -> m.matches(p.getFileName()))) {
                    skipped.add(new Skipped(name, "not a document of the kinds imported (" + String.join(", ", include) + ")"));
                } else if (Files.size(p) > maxDocumentBytes) {
                    skipped.add(new Skipped(name, tooLarge(Files.size(p))));
                } else {
                    String reason = add(projectId, name, Files.readAllBytes(p), user, imported);
                    if (reason != null) {
                        skipped.add(new Skipped(name, reason));
                    }
                }
            }
        }
        return new Result(imported, skipped);
    }

    /**
     * The entries of a zip, through its central directory: entries that are skipped are never inflated,
     * and those read stop at the document limit, so a zip bomb costs no more than its allowed documents.
     */
    private void importZip(long projectId, byte[] bytes, String user, List<DocumentInfo> imported, List<Skipped> skipped) {
        Path file = null;
        try {
            file = Files.createTempFile("concord-upload-", ".zip");
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                if (zip.size() == 0) {
                    throw StoreException.badRequest("the zip is empty");
                }
                int entries = 0;
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.isDirectory()) {
                        continue;
                    }
                    if (++entries > MAX_ZIP_ENTRIES) {
                        skipped.add(new Skipped("(rest of the zip)", "more than " + MAX_ZIP_ENTRIES + " entries"));
                        break;
                    }
                    String name = e.getName();
                    if (!isSafeEntryName(name)) {
                        skipped.add(new Skipped(name, "unsafe name in the zip (absolute or with ..); refused"));
                    } else if (!isDocumentName(name)) {
                        skipped.add(new Skipped(name, "not a .txt, .md or .html file"));
                    } else {
                        byte[] content;
                        try (InputStream in = zip.getInputStream(e)) {
                            content = readAtMost(in, maxDocumentBytes);
                        }
                        String reason = content == null ? tooLarge(maxDocumentBytes + 1) : add(projectId, name, content, user, imported);
                        if (reason != null) {
                            skipped.add(new Skipped(name, reason));
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException ex) {
            throw StoreException.badRequest("the file is not a zip that can be read (" + ex.getMessage() + ")");
        } catch (IOException ex) {
            throw new StoreException("the zip could not be read: " + ex.getMessage(), ex);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind; the system's cleaner takes it
                }
            }
        }
    }

    /** Adds a document; returns null when it was imported, or the reason it was not. */
    private String add(long projectId, String name, byte[] bytes, String user, List<DocumentInfo> imported) {
        if (!isDocumentName(name)) {
            return "not a .txt, .md, .html or .zip file";
        }
        if (bytes.length > maxDocumentBytes) {
            return tooLarge(bytes.length);
        }
        Text text;
        try {
            text = read(name, bytes);
        } catch (DocumentText.UnreadableText e) {
            return e.getMessage() + (e.wrongEncoding() ? "; save the file as UTF-8 and import it again" : "");
        }
        if (text == null) {
            return "no text (the HTML page has no readable text)";
        }
        String docName = name.length() > 500 ? name.substring(0, 500) : name;
        return db.transaction(c -> {
            Projects.get(c, projectId);
            if (Documents.exists(c, projectId, docName)) {
                return "the project has a document of that name already";
            }
            imported.add(Documents.insert(c, projectId, docName, text.title(), text.text(), user));
            Projects.touch(c, projectId);
            return null;
        });
    }

    /** The document's title and text, or null for an HTML page or Markdown document with no readable text. */
    private static Text read(String name, byte[] bytes) throws DocumentText.UnreadableText {
        String decoded = DocumentText.decode(bytes, StandardCharsets.UTF_8);
        String ext = extension(name);
        if (ext.equals("html") || ext.equals("htm")) {
            WebPage page = WebPage.read(decoded);
            return page.text().isEmpty() ? null : new Text(page.title(), page.text());
        }
        if (ext.equals("md") || ext.equals("markdown")) {
            MarkdownPage page = MarkdownPage.read(decoded);
            return page.text().isEmpty() ? null : new Text(page.title() != null ? page.title() : title(page.text()), page.text());
        }
        return new Text(title(decoded), decoded);
    }

    /** A title for a plain-text document (see {@link DocumentTitle}). */
    static String title(String text) {
        return DocumentTitle.of(text);
    }


    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] buf = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return buf.length > limit ? null : buf;
    }

    static boolean isSafeEntryName(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return !n.contains("\0");
    }

    static boolean isDocumentName(String name) {
        return List.of("txt", "md", "markdown", "html", "htm", "text").contains(extension(name));
    }

    private static boolean isContentProblem(String reason) {
        return reason.startsWith("binary") || reason.startsWith("not valid") || reason.startsWith("empty")
                || reason.startsWith("no text");
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw StoreException.badRequest("say the file's name (?name=report.txt)");
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        if (n.isBlank() || n.equals("..") || n.equals(".") || n.chars().anyMatch(Character::isISOControl)) {
            throw StoreException.badRequest("'" + fileName + "' is not a usable file name");
        }
        return n;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String tooLarge(long size) {
        return "too large (" + size / 1024 + " KB; the limit for one document is " + maxDocumentBytes / 1024 + " KB)";
    }
}
