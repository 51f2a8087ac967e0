package io.concord.annotator.quotes;

/**
 * A token of the text outside quotations: a word, a punctuation mark, or a whole quotation (marks
 * included) standing as one token so that rules look past it. {@code lower} is the lower-cased word
 * without a possessive ’s.
 */
final class Token {
    enum Kind { WORD, PUNCT, QUOTE }

    final int begin;
    final int end;
    final Kind kind;
    final String text;
    final String lower;
    final boolean possessive;
    final boolean capitalised;
    /** Index of the quotation for QUOTE tokens, else -1. */
    final int quote;
    final int paragraph;
    int sentence;

    Token(int begin, int end, Kind kind, String text, int quote, int paragraph) {
        this.begin = begin;
        this.end = end;
        this.kind = kind;
        this.text = text;
        this.quote = quote;
        this.paragraph = paragraph;
        String stem = text;
        boolean poss = false;
        if (kind == Kind.WORD && text.length() > 2) {
            char a = text.charAt(text.length() - 2);
            char s = text.charAt(text.length() - 1);
            if ((a == '\u2019' || a == '\'') && (s == 's' || s == 'S')) {
                stem = text.substring(0, text.length() - 2);
                poss = true;
            }
        }
        this.possessive = poss;
        this.lower = stem.toLowerCase(java.util.Locale.ROOT);
        this.capitalised = kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String lowerWord) {
        return kind != Kind.QUOTE && lower.equals(lowerWord);
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    /** Upper-case letters and dots only, at least two letters: NATO, ISW, U.N. */
    boolean isAcronym() {
        if (kind != Kind.WORD || text.length() < 2 || possessive) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                letters++;
            } else if (c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }

    @Override
    public String toString() {
        return text;
    }
}
