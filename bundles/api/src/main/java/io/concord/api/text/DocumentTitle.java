package io.concord.api.text;

import java.util.Arrays;

/**
 * A title for a document of plain text, for people to tell documents apart (the workbench's lists, the
 * conflict report): one place for the rule, so both name a document alike.
 *
 * @since 1.2
 */
public final class DocumentTitle {
    private static final int MAX_LENGTH = 200;

    private DocumentTitle() {}

    /**
     * A title for a plain-text document: the first headline-like line among the first lines (four to twenty
     * words, most capitalised, no closing full stop or colon), so share buttons, dates and menus above the
     * headline of a copied web page are passed over; else the first line of four words or more. A Markdown
     * heading is the title.
     */
    public static String of(String text) {
        String fallback = null;
        int seen = 0;
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.startsWith("#")) {
                t = t.replaceFirst("^#+\\s*", "");
                if (!t.isEmpty()) {
                    return shorten(t); // a Markdown heading says it is the title
                }
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (++seen > 40) {
                break;
            }
            String[] words = t.split("\\s+");
            if (words.length < 4) {
                continue;
            }
            if (fallback == null) {
                fallback = t;
            }
            long capitalised = Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
            if (words.length <= 20 && !t.endsWith(".") && !t.endsWith(":") && capitalised * 2 >= words.length) {
                return shorten(t);
            }
        }
        return fallback == null ? null : shorten(fallback);
    }

    private static String shorten(String t) {
        return t.length() > MAX_LENGTH ? t.substring(0, MAX_LENGTH) + "…" : t;
    }
}
