package io.concord.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a document as GUIDELINES.md defines its text: the file decoded (UTF-8 by default, strictly), a
 * leading BOM dropped, nothing else changed. Anything that is not usable text is refused with a reason a
 * user can act on.
 */
final class DocumentReader {
    /** A document that cannot be annotated, with the reason. */
    static final class UnreadableDocument extends Exception {
        UnreadableDocument(String reason) {
            super(reason);
        }
    }

    private static final int BINARY_SNIFF_BYTES = 8192;
    private final long maxBytes;
    private final Charset charset;

    DocumentReader(long maxBytes, Charset charset) {
        this.maxBytes = maxBytes;
        this.charset = charset;
    }

    String read(Path file) throws UnreadableDocument, IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new UnreadableDocument("too large: " + Sizes.format(size) + " (the limit is " + Sizes.format(maxBytes)
                    + "; raise it with --max-size)");
        }
        if (size == 0) {
            throw new UnreadableDocument("empty file");
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableDocument("no text (only white space)");
        }
        return text;
    }

    private String decode(byte[] bytes) throws UnreadableDocument {
        int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        boolean utf16 = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        for (int i = 0; i < sniff && !utf16; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableDocument("binary file, not text (NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UnreadableDocument("not valid " + charset.name() + " (bad byte at offset " + in.position() + ")"
                    + (charset.equals(StandardCharsets.UTF_8)
                    ? "; if the file uses another encoding, say which with --encoding (e.g. --encoding windows-1252)" : ""));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (controlCharacterShare(text) > 0.05) {
            throw new UnreadableDocument("binary file, not text (too many control characters)");
        }
        return text;
    }

    private static double controlCharacterShare(String text) {
        int n = Math.min(text.length(), BINARY_SNIFF_BYTES);
        if (n == 0) {
            return 0;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control / (double) n;
    }
}
