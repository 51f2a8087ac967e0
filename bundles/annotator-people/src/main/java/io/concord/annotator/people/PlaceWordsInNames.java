package io.concord.annotator.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.concord.annotator.people.Tokens.Kind;
import io.concord.annotator.people.Tokens.Token;
import io.concord.api.Interruption;
import io.concord.language.Countries;

/**
 * Takes into a confirmed name the place word that splits candidates from it: many given names and surnames are
 * also names of towns or provinces ({@code Mardan}, {@code Itapeva}), and the finder stops a name at a place.
 * A place word before the name counts where a name opens (a sentence start, a title or honorific before it);
 * one after a name of two words or more counts where an apposition follows ({@code X Y Itapeva, mayor of ...}).
 * Countries, demonyms, organisations and everyday words are never taken.
 */
final class PlaceWordsInNames {

    private final NameLexicon lexicon;
    private final PersonJudge judge;

    PlaceWordsInNames(NameLexicon lexicon, PersonJudge judge) {
        this.lexicon = lexicon;
        this.judge = judge;
    }

    /** The candidates with place words taken into the confirmed names beside them, in text order. */
    List<Candidate> extend(String text, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates);
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            Interruption.check();
            Candidate c = out.get(i);
            if (!c.accepted || c.headline) {
                continue;
            }
            int first = c.first;
            int last = c.last;
            if (first > 0 && placeWord(text, tokens, first - 1, first) && opensName(text, tokens, first - 1)) {
                first--;
            }
            if (c.nameTokens >= 2 && last + 2 < tokens.size() && placeWord(text, tokens, last + 1, last)
                    && tokens.get(last + 2).is(",")) {
                last++;
            }
            if (first == c.first && last == c.last) {
                continue;
            }
            taken.add(tokens.get(first == c.first ? last : first).text());
            Candidate wider = new Candidate(first, last, c.nameTokens + (c.first - first) + (last - c.last), false);
            judge.judge(text, tokens, wider);
            wider.accepted = true; // the name beside it was confirmed already
            wider.score = Math.max(wider.score, c.score);
            out.set(i, wider);
            final int from = first;
            final int to = last;
            // a candidate of the place word alone is now part of the name
            out.removeIf(o -> o != wider && o.first >= from && o.last <= to);
            i = out.indexOf(wider);
        }
        for (Candidate c : out) {
            Interruption.check();
            if (c.accepted && c.nameTokens >= 2 && lexicon.has(tokens.get(c.last).text(), NameLexicon.PLACE)) {
                taken.add(tokens.get(c.last).text()); // "Marcelo Itabira": the finder skips "Itabira" alone
            }
        }
        if (!taken.isEmpty()) {
            addAlone(tokens, out, taken);
        }
        return out;
    }

    /**
     * The place words of confirmed names, alone elsewhere before a reporting verb or a personal relative clause
     * ({@code Itapeva said}, {@code Lima, who ...}): the finder made no candidate of them, being places; the name
     * explains them.
     */
    private static void addAlone(List<Token> tokens, List<Candidate> out, Set<String> taken) {
        for (int k = 0; k < tokens.size(); k++) {
            Interruption.check();
            final int at = k;
            if (taken.contains(tokens.get(k).text())
                    && (SpeechCues.reportingVerbAfter(tokens, k) || Appositions.personalClause(tokens, k))
                    && out.stream().noneMatch(o -> o.first <= at && o.last >= at)) {
                Candidate alone = new Candidate(k, k, 1, false);
                alone.accepted = true;
                alone.propagated = true;
                alone.score = 2;
                out.add(alone);
            }
        }
        out.sort(Comparator.comparingInt(o -> o.first));
    }

    /** A capitalised word at {@code k}, beside the name word at {@code beside}, that is a place and nothing else. */
    private boolean placeWord(String text, List<Token> tokens, int k, int beside) {
        Token t = tokens.get(k);
        if (t.kind() != Kind.WORD || !t.capitalised() || t.acronym() || t.text().length() < 3
                || !Tokens.adjacent(text, tokens.get(Math.min(k, beside)), tokens.get(Math.max(k, beside)))) {
            return false;
        }
        int tags = lexicon.tags(t.text());
        return (tags & NameLexicon.PLACE) != 0 && (tags & (NameLexicon.WORD | NameLexicon.DEMONYM
                | NameLexicon.ORGANISATION | NameLexicon.HOLIDAY)) == 0 && !country(t.text());
    }

    /** A name opens at {@code k}: a sentence starts there, or a title or honorific stands right before it. */
    private static boolean opensName(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.sentenceStart()) {
            return true;
        }
        Token before = tokens.get(k - 1);
        return Tokens.adjacent(text, before, t) && (Roles.isRoleWord(before) || FormsOfAddress.is(before.text()));
    }

    private static boolean country(String word) {
        for (Countries.Country c : Countries.all()) {
            if (c.name().equals(word)) {
                return true;
            }
        }
        return false;
    }
}
