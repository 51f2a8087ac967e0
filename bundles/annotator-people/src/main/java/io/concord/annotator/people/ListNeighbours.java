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

    /**
     * Whether the candidate is joined to a place or a firm that comes before it in a list: by {@code and} or
     * {@code or}, or by a comma when the list goes on after it ({@code around Varginha, X and Y}; not {@code In
     * Paris, X said}).
     */
    boolean listedWithPlaceOrFirm(String text, List<Token> tokens, Candidate c) {
        int link = c.first - 1;
        if (link < 1) {
            return false;
        }
        if (tokens.get(link).is("and") || tokens.get(link).is("or")) {
            return joinedTo(text, tokens, link);
        }
        return tokens.get(link).is(",") && listEndsAfter(text, tokens, c.last + 1)
                && placesListedBefore(text, tokens, link);
    }

    /**
     * Whether the list goes on from {@code k} in capitalised names to an {@code and} or {@code or} and a last one
     * ({@code , Lavras and Y}); an appositive's comma is followed by other words ({@code in Van, X, said}).
     */
    private static boolean listEndsAfter(String text, List<Token> tokens, int k) {
        while (k + 1 < tokens.size()) {
            Token link = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (!next.capitalised()) {
                return false;
            }
            if (link.is("and") || link.is("or")) {
                return true;
            }
            if (!link.is(",")) {
                return false;
            }
            k++;
            int words = 1;
            while (k + 1 < tokens.size() && words < MAX_WORDS && tokens.get(k + 1).capitalised()
                    && Tokens.adjacent(text, tokens.get(k), tokens.get(k + 1))) {
                k++;
                words++;
            }
            k++;
        }
        return false;
    }

    /**
     * Whether the comma-separated names before {@code link} open with a preposition of place and hold a known
     * place ({@code around Varginha, Lavras, X}).
     */
    private boolean placesListedBefore(String text, List<Token> tokens, int link) {
        boolean place = false;
        while (link > 0) {
            int end = link - 1;
            int start = end;
            while (start > 0 && end - start < MAX_WORDS - 1 && tokens.get(start - 1).capitalised()
                    && Tokens.adjacent(text, tokens.get(start - 1), tokens.get(start))) {
                start--;
            }
            if (!tokens.get(end).capitalised() || !tokens.get(start).capitalised() || start == 0) {
                return false;
            }
            String conjunct = NameKeys.spaced(text.substring(tokens.get(start).begin(), tokens.get(end).end()));
            place |= lexicon.has(conjunct, NameLexicon.PLACE)
                    || start == end && lexicon.has(tokens.get(end).text(), NameLexicon.PLACE);
            Token before = tokens.get(start - 1);
            if (LOCATIVES.contains(before.text())) {
                return place;
            }
            if (!before.is(",")) {
                return false;
            }
            link = start - 1;
        }
        return false;
    }

    /** Whether the conjunct before {@code link} ({@code and}, {@code or}) is a firm, or a place after a locative. */
    private boolean joinedTo(String text, List<Token> tokens, int link) {
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
