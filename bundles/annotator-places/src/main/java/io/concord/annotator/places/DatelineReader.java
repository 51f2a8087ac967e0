package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;

/**
 * Reads the places of a wire dateline, written in capitals at the start of a line: {@code KYIV, Ukraine
 * (AP) —}, {@code BEIJING/SEOUL, Oct 8 (Reuters) -}. A line written all in capitals is a headline instead.
 * A town the gazetteer lacks (or holds below its cut-off) counts when a known country, region or abbreviated
 * state follows it and the dateline ends there ({@code KPANDAI, Ghana (AFP) —}, {@code OMEO, Vic. —}).
 */
final class DatelineReader {

    /** What ends the place names of a wire dateline: {@code PORTO ALEGRE, Brazil (Reuters) -}. */
    private static final Set<String> DATELINE_END = Set.of(",", "(", "—", "–", "-", ":");

    private static final Set<String> DASHES = Set.of("—", "–", "-");
    /** Words of an unlisted dateline town, at most: {@code KIRKBY IN FURNESS}. */
    private static final int MAX_TOWN_WORDS = 4;

    private final Gazetteer gazetteer;
    private final KnownAreas areas;

    DatelineReader(Gazetteer gazetteer, KnownAreas areas) {
        this.gazetteer = gazetteer;
        this.areas = areas;
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
            while (k < tokens.size() && (Tokens.allCaps(tokens.get(k)) || k > start && capsHyphen(tokens, k))
                    && (k == start || Tokens.joinable(text, tokens.get(k - 1), tokens.get(k)))
                    && !tokens.get(k).is(",")) {
                k++;
            }
            if (k == start) {
                return i;
            }
            String name = Tokens.spaced(text, tokens.get(start).begin(), tokens.get(k - 1).end());
            Gazetteer.Entry e = gazetteer.lookupAnyCase(name);
            if (e == null && local.isEmpty()) {
                e = unlistedTown(text, tokens, start, k, name);
            }
            if (e == null || e.blocked()) {
                return i;
            }
            if (local.isEmpty() && "region".equals(e.kind()) && k + 1 < tokens.size() && tokens.get(k).is(",")
                    && areas.at(text, tokens, k + 1) != null) {
                // "TARRAFAL, Cape Verde": a dateline is filed from a town, also where a district shares its name
                e = new Gazetteer.Entry(e.name(), e.canonical(), "city", e.population(), false, false, e.country());
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
        if (tokens.get(k).is(":") && local.size() == 1 && local.get(0).entry().commonWord()) {
            return i; // "RUGBY:", "MARKETS:": a section's label; "NEW DELHI:" is a dateline
        }
        out.addAll(local);
        return k;
    }

    /**
     * The places of a dateline that does not open its line, where the text has lost its line breaks
     * ({@code ... By Ann Lee KPANDAI, Ghana (AFP) — ...}): read as at a line start, but only a run of capitals
     * that an agency's credit or a known area and a bracket or dash ends counts.
     */
    int readInline(String text, List<Token> tokens, int i, List<Found> out) {
        if (!Tokens.allCaps(tokens.get(i)) || i > 0 && Tokens.allCaps(tokens.get(i - 1))) {
            return i;
        }
        int k = i;
        int words = 0;
        while (k < tokens.size() && (Tokens.allCaps(tokens.get(k)) && tokens.get(k).kind() == Kind.WORD
                || k > i && capsHyphen(tokens, k)) && words <= MAX_TOWN_WORDS) {
            words += tokens.get(k).kind() == Kind.WORD ? 1 : 0;
            k++;
        }
        if (words > MAX_TOWN_WORDS || !agencyCredit(tokens, k) && !areaThenCredit(text, tokens, k)) {
            return i;
        }
        return read(text, tokens, i, out);
    }

    /** A comma, a known area and then a bracket or dash at token {@code k}: {@code , Ghana (}, {@code , Vic. —}. */
    private boolean areaThenCredit(String text, List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k).is(",")) {
            return false;
        }
        KnownAreas.Area area = areas.at(text, tokens, k + 1);
        return area != null && area.last() + 1 < tokens.size()
                && (tokens.get(area.last() + 1).is("(") || DASHES.contains(tokens.get(area.last() + 1).text()));
    }

    /**
     * The town of a dateline that the gazetteer lacks, at tokens {@code [start, end)}: words only, followed by a
     * comma, a known area and the end of the dateline, or by an agency's credit and a dash; or null.
     */
    private Gazetteer.Entry unlistedTown(String text, List<Token> tokens, int start, int end, String name) {
        if (end >= tokens.size()) {
            return null;
        }
        int words = 0;
        for (int k = start; k < end; k++) {
            if (tokens.get(k).kind() != Kind.WORD && !tokens.get(k).is("-")) {
                return null;
            }
            words += tokens.get(k).kind() == Kind.WORD ? 1 : 0;
        }
        if (words > MAX_TOWN_WORDS) {
            return null;
        }
        if (agencyCredit(tokens, end)) {
            return TownEntries.town(gazetteer, name, ""); // "KPANDAI (AFP) —"
        }
        if (DASHES.contains(tokens.get(end).text()) && !tokens.get(end).is("-") && namedInStory(text, name)) {
            return TownEntries.town(gazetteer, name, ""); // "KLEINDORF — ... residents of Kleindorf"
        }
        if (!tokens.get(end).is(",")) {
            return null;
        }
        KnownAreas.Area area = areas.at(text, tokens, end + 1);
        if (area == null || area.last() + 1 >= tokens.size() || !DATELINE_END.contains(tokens.get(area.last() + 1).text())) {
            return null;
        }
        return TownEntries.town(gazetteer, name, area.country());
    }

    /**
     * A bare dateline ({@code TOWN —}) has no area to vouch for it, so the story must name the town in ordinary
     * case inside a sentence (after a lower-case word), which a headline word in capitals ({@code BREAKING —}) is not.
     */
    private static boolean namedInStory(String text, String caps) {
        String ordinary = TownEntries.ordinaryCase(caps);
        return !ordinary.equals(caps) && Pattern.compile("\\p{Ll}[,]? " + Pattern.quote(ordinary) + "\\b").matcher(text).find();
    }

    /**
     * The credit of a news agency in brackets, then a dash, at token {@code k}: {@code (AFP) —}, {@code (Reuters) -}.
     * It ends a dateline, so the capitals before it name the place it was filed from.
     */
    private static boolean agencyCredit(List<Token> tokens, int k) {
        if (k + 3 >= tokens.size() || !tokens.get(k).is("(") || !tokens.get(k + 1).capitalised()) {
            return false;
        }
        int close = k + 2;
        while (close < tokens.size() && close <= k + 4 && !tokens.get(close).is(")")) {
            close++;
        }
        return close + 1 < tokens.size() && tokens.get(close).is(")") && DASHES.contains(tokens.get(close + 1).text());
    }

    /** A hyphen inside a name in capitals: {@code SAINT-LOUIS}. */
    private static boolean capsHyphen(List<Token> tokens, int k) {
        return tokens.get(k).is("-") && k + 1 < tokens.size() && Tokens.allCaps(tokens.get(k + 1))
                && tokens.get(k - 1).end() == tokens.get(k).begin() && tokens.get(k).end() == tokens.get(k + 1).begin();
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
