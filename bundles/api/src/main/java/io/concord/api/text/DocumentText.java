package io.concord.api.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A document's text as GUIDELINES.md defines it: the bytes decoded strictly, a leading BOM dropped, nothing
 * else changed. Anything that is not usable text is refused with a reason a person can act on. Every way
 * into Concord (the batch, the workbench's uploads) reads documents through here.
 */
public final class DocumentText {
    /** Bytes that are not usable text; the message says why. */
    public static final class UnreadableText extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean wrongEncoding;
        private final String likelyCharset;

        UnreadableText(String reason, boolean wrongEncoding) {
            this(reason, wrongEncoding, null);
        }

        UnreadableText(String reason, boolean wrongEncoding, String likelyCharset) {
            super(reason);
            this.wrongEncoding = wrongEncoding;
            this.likelyCharset = likelyCharset;
        }

        /** True when the bytes are not valid in the charset (another charset may read them). */
        public boolean wrongEncoding() {
            return wrongEncoding;
        }

        /** The charset the bytes look like (UTF-16 without a byte-order mark), or null. */
        public String likelyCharset() {
            return likelyCharset;
        }
    }

    private static final int BINARY_SNIFF_BYTES = 8192;

    private DocumentText() {}

    /**
     * Decodes {@code bytes} strictly in {@code charset}; a UTF-16 byte-order mark is authoritative and
     * decodes the bytes as UTF-16 whatever the charset given.
     */
    public static String decode(byte[] bytes, Charset charset) throws UnreadableText {
        if (bytes.length == 0) {
            throw new UnreadableText("empty file", false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = java.nio.charset.StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                && !(bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0)) {
            charset = java.nio.charset.StandardCharsets.UTF_16LE;
        }
        int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        boolean utf16 = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        // a NUL anywhere, not only near the start: no text format carries one, and XML (XMI) cannot hold it
        for (int i = 0; i < bytes.length && !utf16; i++) {
            if (bytes[i] == 0) {
                String guess = utf16Guess(bytes, sniff);
                throw new UnreadableText("binary file, not text (NUL byte at offset " + i + ")"
                        + (guess == null ? "" : "; it looks like " + guess + " text without a byte-order mark"), guess != null, guess);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UnreadableText("not valid " + charset.name() + " (bad byte at offset " + in.position() + ")", true);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            throw new UnreadableText("binary file, not text (NUL character at offset " + nul + ")", false);
        }
        if (controlCharacterShare(text) > 0.05) {
            throw new UnreadableText("binary file, not text (too many control characters)", false);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableText("no text (only white space)", false);
        }
        return text;
    }

    /** UTF-16LE or UTF-16BE when every other byte is NUL, as in mostly-ASCII UTF-16 text; otherwise null. */
    private static String utf16Guess(byte[] bytes, int sniff) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i + 1 < sniff; i += 2) {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sniff / 2;
        if (pairs == 0) {
            return null;
        }
        if (odd > 0.9 * pairs && even < 0.1 * pairs) {
            return "UTF-16LE";
        }
        if (even > 0.9 * pairs && odd < 0.1 * pairs) {
            return "UTF-16BE";
        }
        return null;
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
