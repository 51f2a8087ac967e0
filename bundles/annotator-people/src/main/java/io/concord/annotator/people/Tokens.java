package io.concord.annotator.people;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * The segmenter's tokens as name finding reads them: hyphenated words joined as names are written
 * ({@code Jean-Claude}, {@code al-Assad}, {@code Secretary-General}), each with its kind and whether a
 * name written there would be capitalised anyway (a sentence start, or after a quotation mark, colon or dash).
 */
final class Tokens {
    enum Kind { WORD, ABBREVIATION, NUMBER, PUNCT }

    record Token(int begin, int end, Kind kind, String text, boolean sentenceStart) {
        boolean capitalised() {
            return kind != Kind.NUMBER && kind != Kind.PUNCT && Character.isUpperCase(text.codePointAt(0));
        }

        boolean is(String s) {
            return text.equals(s);
        }

        /** All letters upper case and more than one of them: an acronym such as {@code NATO} or {@code US}. */
        boolean acronym() {
            return Word.isAcronym(text);
        }

        /** The word without a trailing full stop ({@code Mr.} -> {@code Mr}). */
        String bare() {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
    }

    private Tokens() {}

    static List<Token> of(Segmentation segmentation) {
        List<Word> words = segmentation.words();
        List<Token> out = new ArrayList<>(words.size());
        Token previous = null;
        String text = segmentation.text();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean start = segmentation.startsSentence(i) || previous != null && opensClause(previous);
            int last = i;
            while (w.isWord() && last + 2 < words.size() && hyphenJoins(words.get(last), words.get(last + 1), words.get(last + 2))) {
                last += 2;
            }
            Token t = last == i ? new Token(w.begin(), w.end(), kind(w), w.text(), start)
                    : new Token(w.begin(), words.get(last).end(), Kind.WORD, text.substring(w.begin(), words.get(last).end()), start);
            out.add(t);
            previous = t;
            i = last;
        }
        return out;
    }

    /** Neighbouring words of one name: separated by spaces only. */
    static boolean adjacent(String text, Token a, Token b) {
        if (a == null || b == null || b.begin() - a.end() > 3) {
            return false;
        }
        for (int k = a.end(); k < b.begin(); k++) {
            char ch = text.charAt(k);
            if (ch != ' ' && ch != '\u00a0') {
                return false;
            }
        }
        return a.kind() != Kind.PUNCT && b.kind() != Kind.PUNCT;
    }

    /** {@code word-word} written without spaces: one word for a name. */
    private static boolean hyphenJoins(Word before, Word hyphen, Word after) {
        return before.isWord() && (hyphen.is("-") || hyphen.is("‑") || hyphen.is("‐")) && after.isWord()
                && hyphen.begin() == before.end() && after.begin() == hyphen.end();
    }

    private static Kind kind(Word w) {
        if (w.isAbbreviation()) {
            return Kind.ABBREVIATION;
        }
        return w.isWord() ? Kind.WORD : w.isNumber() ? Kind.NUMBER : Kind.PUNCT;
    }

    /** After these a new sentence, quotation or line item starts, where any word is capitalised. */
    private static boolean opensClause(Token t) {
        if (t.kind() != Kind.PUNCT) {
            return false;
        }
        switch (t.text()) {
            case ".": case "!": case "?": case ":": case ";": case "“": case "\"": case "(": case "[": case "•":
            case "—": case "–": case "‘": case "|":
                return true;
            default:
                return false;
        }
    }
}
