package io.concord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.concord.api.AnnotationService;
import io.concord.api.model.DocumentRecord;
import io.concord.api.text.DocumentText;
import io.concord.html.MarkdownPage;
import io.concord.html.WebPage;

/**
 * Reads a document as GUIDELINES.md defines its text: the file decoded (UTF-8 by default, strictly), a
 * leading BOM dropped, nothing else changed; a web page's text is its article's (see {@link WebPage}). Anything that is not usable text is refused with a reason a
 * user can act on.
 */
final class DocumentReader {
    /** A document that cannot be annotated, with the reason. */
    static final class UnreadableDocument extends Exception {
        UnreadableDocument(String reason) {
            super(reason);
        }
    }

    private final long maxBytes;
    private final Charset charset;

    DocumentReader(long maxBytes, Charset charset) {
        this.maxBytes = maxBytes;
        this.charset = charset;
    }

    /** A page of the web, read as its article's text (WebPage) rather than as markup. */
    static boolean isWebPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** Markdown, read as its words without the markup (see {@link MarkdownPage}). */
    static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** UIMA XMI (Concord's own, or curated in INCEpTION): read with the annotations it brings. */
    static boolean isXmi(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xmi");
    }

    /** Refuses a file above the size limit, with the option that raises it. */
    void checkSize(Path file) throws UnreadableDocument, IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new UnreadableDocument("too large: " + Sizes.format(size) + " (the limit is " + Sizes.format(maxBytes)
                    + "; raise it with --max-size)");
        }
    }

    /** A UIMA XMI document's text and the annotations it brings; refused with the reason when it is none. */
    DocumentRecord readXmi(Path file, String id, AnnotationService annotation) throws UnreadableDocument, IOException {
        checkSize(file);
        try (InputStream in = Files.newInputStream(file)) {
            DocumentRecord given = annotation.readXmi(id, in);
            if (given.text().isBlank()) {
                throw new UnreadableDocument("a UIMA XMI document with an empty text");
            }
            return given;
        } catch (IOException e) {
            throw new UnreadableDocument(e.getMessage());
        }
    }

    /** A document's text, and the title and date a web page gives (null for plain text). */
    record Read(String text, String title, String published) {}

    String read(Path file) throws UnreadableDocument, IOException {
        return readWithMetadata(file).text();
    }

    Read readWithMetadata(Path file) throws UnreadableDocument, IOException {
        checkSize(file);
        try {
            String text = DocumentText.decode(Files.readAllBytes(file), charset);
            if (isMarkdown(file)) {
                MarkdownPage page = MarkdownPage.read(text);
                if (page.text().isEmpty()) {
                    throw new UnreadableDocument("a Markdown document without text");
                }
                return new Read(page.text(), blankAsNull(page.title()), null);
            }
            if (isWebPage(file)) {
                WebPage page = WebPage.read(text);
                if (page.text().isEmpty()) {
                    throw new UnreadableDocument("a web page without readable text");
                }
                return new Read(page.text(), blankAsNull(page.title()), blankAsNull(page.published()));
            }
            return new Read(text, null, null);
        } catch (DocumentText.UnreadableText e) {
            if (e.likelyCharset() != null) {
                throw new UnreadableDocument(e.getMessage() + "; read it with --encoding " + e.likelyCharset());
            }
            boolean hint = e.wrongEncoding() && charset.equals(StandardCharsets.UTF_8);
            throw new UnreadableDocument(e.getMessage()
                    + (hint ? "; if the file uses another encoding, say which with --encoding (e.g. --encoding windows-1252)" : ""));
        }
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
