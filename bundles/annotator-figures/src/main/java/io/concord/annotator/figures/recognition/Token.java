package io.concord.annotator.figures.recognition;

/**
 * One token of the text: a run of digits (with thousands separators and decimals), a run of letters, or a
 * single other character. {@code spaced} says whether whitespace separates it from the previous token, which
 * is how the rules tell {@code five-hour} and {@code 90bn} apart from {@code five - hour} and {@code 90 bn}.
 */
record Token(Type type, int begin, int end, String text, String lower, boolean spaced, boolean lineStart) {
    enum Type { NUMBER, WORD, SYMBOL }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean isSymbol(char c) {
        return type == Type.SYMBOL && text.charAt(0) == c;
    }

    /** A hyphen or dash of any kind, as used in {@code five-hour}, {@code 5-6} or {@code 5–6}. */
    boolean isDash() {
        if (type != Type.SYMBOL) {
            return false;
        }
        char c = text.charAt(0);
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
    }

    boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    boolean isAllCaps() {
        if (type != Type.WORD || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
