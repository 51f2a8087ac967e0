package io.concord.annotator.quotes;

/**
 * The dateline that opens a wire story ("KRAKOW, Poland —", "TROMSO, May 2 (NTB) --"): a place and an
 * agency in front of the first sentence, never anyone who speaks. Without this the capitalised city is the
 * first subject of the text and takes a quotation nobody attributes.
 */
final class Dateline {
    /** Tokens a dateline may take before its dash. */
    private static final int MAX_TOKENS = 16;

    private Dateline() {
    }

    /** The index of the first token after the dateline's dash, or 0 when the text opens without one. */
    static int end(Discourse d) {
        if (d.size() == 0 || !upperCaseWord(d.token(0))) {
            return 0;
        }
        for (int i = 1; i < Math.min(d.size(), MAX_TOKENS); i++) {
            Token t = d.token(i);
            if (t.kind == Token.Kind.QUOTE || t.paragraph != 0) {
                return 0;
            }
            if (t.kind == Token.Kind.PUNCT && isDash(t.text)) {
                int e = i + 1;
                while (e < d.size() && d.token(e).kind == Token.Kind.PUNCT && isDash(d.token(e).text)) {
                    e++; // "--" read as two marks
                }
                return e;
            }
        }
        return 0;
    }

    /** All letters upper case, at least three: KRAKOW, SÃO PAULO. */
    private static boolean upperCaseWord(Token t) {
        if (!t.isWord()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.text.length(); i++) {
            char c = t.text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    private static boolean isDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("-\u2014\u2013".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
