package io.concord.api.text;

/**
 * One token of a document as the recognisers read it: its UTF-16 span, text and word shape (see
 * {@code io.concord.types.Token}; a tagger's part of speech is read from the Token itself). Plain Java, so
 * rules can be tested with tables without a CAS.
 */
public record Word(int begin, int end, String text, String shape) {

    /** Shape of a token: upper case X, lower case x, digit d, anything else as written, runs collapsed. */
    public static String shapeOf(CharSequence token) {
        StringBuilder b = new StringBuilder(Math.min(token.length(), 8));
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char s = Character.isUpperCase(c) || Character.isTitleCase(c) ? 'X'
                    : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last || !(s == 'X' || s == 'x' || s == 'd')) {
                b.append(s);
            }
            last = s;
        }
        return b.toString();
    }

    /** A word of letters (and inner hyphens or apostrophes), not an abbreviation with its full stop. */
    public boolean isWord() {
        return letterFirst() && !text.endsWith(".");
    }

    /** A word written with its full stop: {@code Mr.}, {@code U.S.}, {@code J.}. */
    public boolean isAbbreviation() {
        return letterFirst() && text.endsWith(".");
    }

    /** Starts with a digit: {@code 12}, {@code 1,200.5}, {@code 3.5bn}. */
    public boolean isNumber() {
        return !shape.isEmpty() && shape.charAt(0) == 'd';
    }

    /** Neither word nor number: punctuation, symbols, a possessive {@code ’s}. */
    public boolean isPunctuation() {
        return !letterFirst() && !isNumber();
    }

    /** Starts with an upper-case letter. */
    public boolean capitalised() {
        return !shape.isEmpty() && shape.charAt(0) == 'X';
    }

    /** All letters upper case and more than one of them: an acronym such as {@code NATO} or {@code U.S.}. */
    public boolean acronym() {
        return isAcronym(text);
    }

    /** Whether {@code text} has no lower-case letter and at least two upper-case ones ({@code NATO}, {@code U.S.}). */
    public static boolean isAcronym(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The token without a trailing full stop ({@code Mr.} -> {@code Mr}). */
    public String bare() {
        return text.endsWith(".") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    public int length() {
        return end - begin;
    }

    private boolean letterFirst() {
        return !shape.isEmpty() && (shape.charAt(0) == 'X' || shape.charAt(0) == 'x');
    }
}
