package io.concord.annotator.places;

import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Token;
import io.concord.language.CalendarWords;

/**
 * Where a place name written with hyphens and connectors ends: {@code Graaff-Reinet}, {@code Bradford-on-Avon},
 * {@code San Juan de los Lagos}, {@code Sault Ste. Marie}. A gazetteer that holds {@code Bradford} or
 * {@code San Juan} would otherwise cut such a name short.
 */
final class NameSpans {

    /** Lower-case words between hyphens: {@code Newcastle-upon-Tyne}, {@code Saint-Jean-sur-Richelieu}. */
    private static final Set<String> HYPHEN_CONNECTORS = Set.of("on", "upon", "sur", "le", "la", "les", "en", "de",
            "du", "am", "an", "in", "by", "under", "the", "of");
    /** Connectors of Spanish and Portuguese names written with spaces: {@code San Martín de los Andes}. */
    private static final Set<String> SPACED_CONNECTORS = Set.of("de", "del", "do", "da", "dos", "das", "la", "las",
            "los", "el");
    private static final int MAX_TOKENS = 7;

    private NameSpans() {}

    /** The last token of the capitalised name that starts at {@code i} (words, hyphens and connectors). */
    static int lastOfName(String text, List<Token> tokens, int i) {
        int last = i;
        while (last - i < MAX_TOKENS) {
            int n = last + 1;
            if (n < tokens.size() && tokens.get(n).capitalised() && Tokens.adjacent(text, tokens.get(last), tokens.get(n))
                    && !CalendarWords.isMonthOrWeekday(tokens.get(n).text())) {
                last = n;
                continue;
            }
            int tail = connected(text, tokens, last, true);
            if (tail == last) {
                break;
            }
            last = tail;
        }
        return last;
    }

    /**
     * The last token of a name ending at {@code last} once its connected continuation is added ({@code -on-Avon},
     * {@code de Cuyo}, and with {@code plainHyphen} also {@code -Reinet}), or {@code last} when there is none.
     * A listed name takes no plain hyphen: {@code US-Russia talks} are two places.
     */
    static int connected(String text, List<Token> tokens, int last, boolean plainHyphen) {
        int n = last + 1;
        if (n + 1 < tokens.size() && tokens.get(n).is("-") && touching(tokens, last, n) && touching(tokens, n, n + 1)) {
            if (plainHyphen && tokens.get(n + 1).capitalised()) {
                return n + 1; // "Graaff-Reinet"
            }
            if (n + 3 < tokens.size() && HYPHEN_CONNECTORS.contains(tokens.get(n + 1).text()) && tokens.get(n + 2).is("-")
                    && tokens.get(n + 3).capitalised() && touching(tokens, n + 1, n + 2) && touching(tokens, n + 2, n + 3)) {
                return n + 3; // "Newmarket-on-Fergus"
            }
            return last;
        }
        if (n + 1 < tokens.size() && SPACED_CONNECTORS.contains(tokens.get(n).text())
                && Tokens.adjacent(text, tokens.get(last), tokens.get(n))) {
            int k = n + 1;
            if (SPACED_CONNECTORS.contains(tokens.get(k).text()) && k + 1 < tokens.size()
                    && Tokens.adjacent(text, tokens.get(n), tokens.get(k))) {
                k++; // "de los"
            }
            if (tokens.get(k).capitalised() && Tokens.adjacent(text, tokens.get(k - 1), tokens.get(k))
                    && !CalendarWords.isMonthOrWeekday(tokens.get(k).text())) {
                return k;
            }
        }
        return last;
    }

    private static boolean touching(List<Token> tokens, int a, int b) {
        return tokens.get(a).end() == tokens.get(b).begin();
    }
}
