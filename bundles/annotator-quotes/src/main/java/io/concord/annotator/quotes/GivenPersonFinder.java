package io.concord.annotator.quotes;

import java.util.List;
import java.util.Locale;

/**
 * Claims the tokens of the person mentions given by the people annotator: their canonical name, their role
 * (else the title words written before them) and the gender these suggest. Runs first, so given persons win
 * over everything read from the text.
 */
final class GivenPersonFinder {
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private final Discourse d;
    private final String text;
    private final List<Token> tokens;
    private final List<PersonMention> persons;

    GivenPersonFinder(Discourse d, List<PersonMention> persons) {
        this.d = d;
        this.text = d.text;
        this.tokens = d.tokens;
        this.persons = persons;
    }

    void find() {
        for (int p = 0; p < persons.size(); p++) {
            PersonMention pm = persons.get(p);
            int first = firstTokenEndingAfter(pm.begin());
            int last = first;
            while (last + 1 < tokens.size() && tokens.get(last + 1).begin < pm.end()) {
                last++;
            }
            if (first >= tokens.size() || tokens.get(first).begin >= pm.end() || !d.free(first, last)) {
                continue;
            }
            String canonical = pm.canonical() != null && !pm.canonical().isBlank() ? pm.canonical()
                    : text.substring(pm.begin(), pm.end());
            Mention m = new Mention(Mention.Kind.PERSON, first, last, canonical);
            m.person = p;
            m.role = pm.role() == null || pm.role().isBlank() ? titlesBefore(first)
                    : pm.role().toLowerCase(Locale.ROOT);
            m.gender = Names.gender(canonical, m.role);
            d.put(m);
        }
    }

    /** Title words written just before a name ("Foreign Minister" in "Foreign Minister Ana Ruiz"). */
    private String titlesBefore(int first) {
        StringBuilder role = new StringBuilder();
        for (int j = first - 1; j >= 0 && first - j <= 4; j--) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.sentence != tokens.get(first).sentence || !LEX.isTitle(t.lower)) {
                break;
            }
            role.insert(0, t.lower + " ");
        }
        return role.toString().trim();
    }

    private int firstTokenEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
