package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;

/**
 * Reads the places of a wire dateline, written in capitals at the start of a line: {@code KYIV, Ukraine
 * (AP) —}, {@code BEIJING/SEOUL, Oct 8 (Reuters) -}. A line written all in capitals is a headline instead.
 */
final class DatelineReader {

    /** What ends the place names of a wire dateline: {@code PORTO ALEGRE, Brazil (Reuters) -}. */
    private static final Set<String> DATELINE_END = Set.of(",", "(", "—", "–", "-", ":");

    private final Gazetteer gazetteer;

    DatelineReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The places of a dateline at token {@code i}: added to {@code out}, returning the token after them, or
     * {@code i} when the line does not open with one.
     */
    int read(String text, List<Token> tokens, int i, List<Found> out) {
        List<Found> local = new ArrayList<>(2);
        int k = i;
        while (true) {
            int start = k;
            while (k < tokens.size() && Tokens.allCaps(tokens.get(k))
                    && (k == start || Tokens.joinable(text, tokens.get(k - 1), tokens.get(k)))
                    && !tokens.get(k).is(",")) {
                k++;
            }
            if (k == start) {
                return i;
            }
            String name = Tokens.spaced(text, tokens.get(start).begin(), tokens.get(k - 1).end());
            Gazetteer.Entry e = gazetteer.lookupAnyCase(name);
            if (e == null || e.blocked()) {
                return i;
            }
            Match m = new Match(tokens.get(start).begin(), tokens.get(k - 1).end(), e.canonical(), e.kind(),
                    Math.max(0.8, PlaceJudge.baseConfidence(e)));
            local.add(new Found(m, e, start, k - 1));
            if (k < tokens.size() && tokens.get(k).is("/")) {
                k++;
                continue;
            }
            break;
        }
        if (k >= tokens.size() || !DATELINE_END.contains(tokens.get(k).text())
                || local.size() == 1 && allCapsLine(text, tokens, i)) {
            return i;
        }
        out.addAll(local);
        return k;
    }

    /** A line written all in capitals (a shouted headline), where capitals do not mark a dateline. */
    private static boolean allCapsLine(String text, List<Token> tokens, int i) {
        int words = 0;
        for (int k = i; k < tokens.size() && (k == i || !Tokens.lineStart(text, tokens, k)); k++) {
            Token t = tokens.get(k);
            if (t.kind() == Kind.WORD && t.text().length() > 3) {
                if (!Tokens.allCaps(t)) {
                    return false;
                }
                words++;
            }
        }
        return words > 4;
    }
}
