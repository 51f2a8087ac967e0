package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Set;

/**
 * The tokens of one document with bounds-safe access and the small layout facts the rules ask about: what is
 * glued to what, where sentences and headline lines start, whether a token sits inside a link.
 */
final class TokenWindow {
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            ".", "!", "?", ":", ";", "“", "\"", "‘", "(", "[", "•", "–", "—", "…", "|", "*", "·", "►", "▪");

    /** Words that headlines leave in lower case. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "from",
            "vs", "s");

    private final String text;
    private final List<Token> tokens;
    private final int n;
    private final boolean[] titleLine;

    TokenWindow(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.n = tokens.size();
        this.titleLine = titleLines();
    }

    int size() {
        return n;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The token at k, or null outside the text. */
    Token get(int k) {
        return k >= 0 && k < n ? tokens.get(k) : null;
    }

    boolean is(int k, String lower) {
        return k >= 0 && k < n && tokens.get(k).lower().equals(lower);
    }

    /** A dash at k that touches the token before it (five-hour, mid-2027). */
    boolean dashJoined(int k) {
        Token d = get(k);
        return d != null && d.isDash() && !d.spaced();
    }

    /** An ordinal ending glued to the number before it: 1st, 22nd, 15th. */
    boolean ordinalSuffix(int k) {
        Token s = get(k);
        return s != null && !s.spaced() && (s.is("st") || s.is("nd") || s.is("rd") || s.is("th"));
    }

    /** The word {@code lower} glued after token k and ending there: the s of 1990s. */
    boolean adjacentSuffix(int k, String lower) {
        Token s = get(k + 1);
        return s != null && !s.spaced() && s.is(lower) && wordEnds(k + 1);
    }

    boolean isApostropheS(int k) {
        Token a = get(k);
        return a != null && (a.isSymbol('\'') || a.isSymbol('’')) && is(k + 1, "s");
    }

    /** Token k is not glued to further letters or digits ({@code km2} is read whole). */
    boolean wordEnds(int k) {
        Token next = get(k + 1);
        return next == null || next.spaced() || next.type() == Token.Type.SYMBOL;
    }

    /** Tokens i..end-1 in lower case, joined as written (a space where the text has whitespace). */
    String joined(int i, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < end; k++) {
            if (k > i && tokens.get(k).spaced()) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).lower());
        }
        return sb.toString();
    }

    /** Tokens i..end-1 in lower case, joined by single spaces. */
    String joinedWithSpaces(int i, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < end; k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).lower());
        }
        return sb.toString();
    }

    boolean isSentenceStart(int i) {
        if (i <= 0 || tokens.get(i).lineStart()) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        if (prev.type() == Token.Type.SYMBOL && SENTENCE_OPENERS.contains(prev.text())) {
            return true;
        }
        if (prev.isSymbol('-') && prev.spaced() && tokens.get(i).spaced()) {
            return true; // a hyphen written as a dash, as after a wire dateline: "LIMA (Reuters) - Nine people..."
        }
        if (prev.isSymbol('”') || prev.isSymbol('"') || prev.isSymbol('’') || prev.isSymbol(')')) {
            Token pp = get(i - 2);
            return pp != null && (pp.isSymbol('.') || pp.isSymbol('!') || pp.isSymbol('?'));
        }
        return false;
    }

    /** Whether token i is on a headline-like line (no closing full stop, most words capitalised). */
    boolean isTitleLine(int i) {
        return titleLine[i];
    }

    /** Whether the token at i sits in a URL, an e-mail address or a hashtag. */
    boolean inLink(int i) {
        int a = i;
        int steps = 0;
        while (a > 0 && !tokens.get(a).spaced() && steps++ < 40) {
            a--;
        }
        int b = i;
        steps = 0;
        while (b + 1 < n && !tokens.get(b + 1).spaced() && steps++ < 40) {
            b++;
        }
        if (b == a) {
            return false;
        }
        String chunk = text.substring(tokens.get(a).begin(), tokens.get(b).end());
        return chunk.contains("://") || chunk.contains("www.") || chunk.contains("@") || chunk.startsWith("#")
                || chunk.contains(".com") || chunk.contains(".org") || chunk.contains("/")
                && chunk.chars().anyMatch(Character::isLetter);
    }

    /** Digits only: no thousands separator, no decimal point. */
    static boolean plainDigits(Token tok) {
        String s = tok.text();
        for (int k = 0; k < s.length(); k++) {
            if (!Tokenizer.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean hasUpperCase(Token tok) {
        String s = tok.text();
        for (int k = 0; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean[] titleLines() {
        boolean[] title = new boolean[n];
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && !tokens.get(end).lineStart()) {
                end++;
            }
            int words = 0;
            int capitalised = 0;
            for (int k = start; k < end; k++) {
                Token tok = tokens.get(k);
                if (tok.isWord() && !TITLE_SMALL_WORDS.contains(tok.lower())) {
                    words++;
                    if (tok.isCapitalized()) {
                        capitalised++;
                    }
                }
            }
            Token lastOnLine = tokens.get(end - 1);
            boolean sentence = lastOnLine.isSymbol('.') || lastOnLine.isSymbol(',') || lastOnLine.isSymbol(';');
            boolean isTitle = !sentence && words >= 3 && capitalised * 10 >= words * 8;
            for (int k = start; k < end; k++) {
                title[k] = isTitle;
            }
            start = end;
        }
        return title;
    }
}
