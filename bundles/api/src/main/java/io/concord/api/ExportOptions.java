package io.concord.api;

import java.util.Locale;
import java.util.Objects;

/**
 * Choices a user makes about an export that the format leaves open. A format that fixes them (XMI and WebAnno
 * TSV count UTF-16 units, brat and Web Annotation count code points) keeps its own.
 *
 * @param offsets how offsets into a document's text are counted
 * @param withText whether each document's file also carries the text its offsets are into
 */
public record ExportOptions(OffsetUnit offsets, boolean withText) {
    /** UTF-16 offsets, no text: what Concord writes unless told otherwise. */
    public static final ExportOptions DEFAULT = new ExportOptions(OffsetUnit.UTF16, false);

    public ExportOptions {
        Objects.requireNonNull(offsets, "offsets");
    }

    /** How offsets into a text are counted. */
    public enum OffsetUnit {
        /** UTF-16 code units: string indices in Java, JavaScript and .NET, and Concord's own. */
        UTF16("utf16"),
        /** Unicode code points: string indices in Python, Ruby and Go's {@code []rune}. */
        CODE_POINT("codepoint");

        private final String label;

        OffsetUnit(String label) {
            this.label = label;
        }

        /** The name used in files and on the command line. */
        public String label() {
            return label;
        }

        /**
         * The unit of a label ({@code utf16}, {@code codepoint}; case and the spellings {@code utf-16} and
         * {@code code-point} are forgiven).
         *
         * @throws IllegalArgumentException for any other label, naming the known ones
         */
        public static OffsetUnit of(String label) {
            String l = label == null ? "" : label.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            for (OffsetUnit u : values()) {
                if (u.label.equals(l) || (u == CODE_POINT && l.equals("codepoints"))) {
                    return u;
                }
            }
            throw new IllegalArgumentException("unknown offset unit '" + label + "'; use utf16 or codepoint");
        }
    }
}
