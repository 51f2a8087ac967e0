package io.concord.export.brat;

/**
 * A document's text as brat reads it, with the map from Concord's offsets to brat's. Concord counts UTF-16
 * code units (Java string indices); brat, in Python, counts code points, so every character outside the
 * Basic Multilingual Plane (an emoji, a rare CJK ideograph) before an annotation moves it by one. brat
 * opens the text with universal newlines, which reads {@code \r\n} and a lone {@code \r} as one
 * {@code \n}: the text written for brat has its line ends made {@code \n} already, so the offsets hold
 * whichever way a reader opens the file.
 */
final class BratText {
    private final String text;
    /** brat's offset of each UTF-16 index of the original text, and of its end. */
    private final int[] offsets;

    private BratText(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    static BratText of(String original) {
        String s = original == null ? "" : original;
        StringBuilder out = new StringBuilder(s.length());
        int[] offsets = new int[s.length() + 1];
        int count = 0;
        int i = 0;
        while (i < s.length()) {
            offsets[i] = count;
            int cp = s.codePointAt(i);
            int units = Character.charCount(cp);
            if (cp != '\r') {
                out.appendCodePoint(cp);
                count++;
            } else if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                out.append('\n');
                count++;
            } // else the \r of \r\n is dropped: the \n that follows stands for both
            for (int k = 1; k < units; k++) {
                offsets[i + k] = count; // inside a surrogate pair: no annotation should start or end here
            }
            i += units;
        }
        offsets[s.length()] = count;
        return new BratText(out.toString(), offsets);
    }

    /** The text to write as the document's {@code .txt}. */
    String text() {
        return text;
    }

    /** brat's offset for the UTF-16 index {@code utf16} of the original text. */
    int offset(int utf16) {
        return offsets[utf16];
    }
}
