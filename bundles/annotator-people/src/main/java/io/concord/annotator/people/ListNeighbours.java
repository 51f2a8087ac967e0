package io.concord.annotator.people;

import java.util.List;
import java.util.Set;

import io.concord.annotator.people.Tokens.Kind;
import io.concord.annotator.people.Tokens.Token;

/**
 * Lists hold things of one kind: a name joined by {@code and} or {@code or} to a place under a preposition of
 * place ({@code in Mendoza and Tupungato}) is a place, one joined to a firm ({@code Kenya Airways and Jambojet}) a
 * firm. A title or honorific right before the name keeps it a person ({@code in Nairobi and Inspector X}). And an
 * everyday word joined to a capitalised word by of, & or and ends an organisation's name ({@code Roads and Highways}).
 */
final class ListNeighbours {

    /** Prepositions that open a list of places. */
    private static final Set<String> LOCATIVES = Set.of("in", "In", "near", "across", "around", "between", "from",
            "throughout", "outside");
    /** Capitalised words a conjunct may run over, at most. */
    private static final int MAX_WORDS = 4;

    private final NameLexicon lexicon;

    ListNeighbours(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the candidate is joined to a place or a firm that comes before it in a list. */
    boolean listedWithPlaceOrFirm(String text, List<Token> tokens, Candidate c) {
        int link = c.first - 1;
        if (link < 1 || !(tokens.get(link).is("and") || tokens.get(link).is("or"))) {
            return false;
        }
        int end = link - 1;
        int start = end;
        while (start > 0 && end - start < MAX_WORDS - 1 && tokens.get(start - 1).capitalised()
                && Tokens.adjacent(text, tokens.get(start - 1), tokens.get(start))) {
            start--;
        }
        if (!tokens.get(end).capitalised() || !tokens.get(start).capitalised()) {
            return false;
        }
        String conjunct = NameKeys.spaced(text.substring(tokens.get(start).begin(), tokens.get(end).end()));
        String last = tokens.get(end).text();
        if (lexicon.has(conjunct, NameLexicon.ORGANISATION) || FirmWords.ending(last)) {
            return true;
        }
        boolean place = lexicon.has(conjunct, NameLexicon.PLACE) || start == end && lexicon.has(last, NameLexicon.PLACE);
        return place && start > 0 && LOCATIVES.contains(tokens.get(start - 1).text());
    }

    /**
     * {@code Ministry of Highways}, {@code Roads and Highways}: joined by of or & to a capitalised word, or by and to a
     * capitalised everyday word that is no name ("Biden and Trump" stays two people).
     */
    boolean joinedToLongerName(List<Token> tokens, int first) {
        if (first < 2) {
            return false;
        }
        Token link = tokens.get(first - 1);
        Token before = tokens.get(first - 2);
        if (!before.capitalised() || before.kind() != Kind.WORD) {
            return false;
        }
        if (link.is("of") || link.is("&")) {
            return true;
        }
        int tags = lexicon.tags(before.text());
        return link.is("and") && (tags & NameLexicon.WORD) != 0 && (tags & (NameLexicon.GIVEN | NameLexicon.SURNAME)) == 0;
    }
}
