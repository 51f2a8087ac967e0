package io.concord.annotator.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.concord.annotator.people.Tokens.Token;
import io.concord.api.Interruption;

/**
 * Groups capitalised words into candidate names: runs of name words with their particles, initials and
 * suffixes, an everyday word after a title, a short surname before a hyphenated East Asian given name, and
 * in headlines single words that only a name confirmed elsewhere can make a person. Judges nothing.
 */
final class CandidateFinder {

    private final NameLexicon lexicon;
    private final NameWords words;

    CandidateFinder(NameLexicon lexicon, NameWords words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    /** The candidate names of a text, in text order; {@code headline} tells which tokens stand in a headline. */
    List<Candidate> find(String text, List<Token> tokens, boolean[] headline) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if ((i & 255) == 0) {
                Interruption.check();
            }
            Token start = tokens.get(i);
            if (headline[i] && lexicon.has(start.text(), NameLexicon.WORD)
                    && !lexicon.has(start.text(), NameLexicon.GIVEN | NameLexicon.SURNAME)) {
                out.add(new Candidate(i, i, 1, true)); // in a headline only a name confirmed elsewhere counts
                i++;
                continue;
            }
            if (!words.nameWord(start, false) && words.everydayWordAsName(start) && i > 0 && i + 1 < tokens.size()
                    && Tokens.adjacent(text, tokens.get(i - 1), start) && Tokens.adjacent(text, start, tokens.get(i + 1))
                    && (Roles.isHead(tokens.get(i - 1)) || FormsOfAddress.is(tokens.get(i - 1).text()))
                    && lexicon.has(start.text(), NameLexicon.GIVEN | NameLexicon.SURNAME | NameLexicon.WORD)
                    && words.unknownName(tokens.get(i + 1))) {
                // "President Bola Tinubu": an everyday word right after a title, before a name nothing else explains
                out.add(new Candidate(i, i + 1, 2, headline[i]));
                i += 2;
                continue;
            }
            if (i + 1 < tokens.size() && words.eastAsianSurname(start) && Tokens.adjacent(text, start, tokens.get(i + 1))
                    && words.eastAsianGivenName(tokens.get(i + 1))) {
                // "Shin Hyun-woo", "Moon Jae-in": a short surname that is also a word, before a hyphenated given name
                out.add(new Candidate(i, i + 1, 2, headline[i]));
                i += 2;
                continue;
            }
            if (!words.nameWord(start, false) && !words.initialsOpeningName(text, tokens, i)) {
                if (words.everydayWordAsName(start)) {
                    // "President Trump": judged on its context; at a sentence start only confirmed elsewhere
                    out.add(new Candidate(i, i, 1, false));
                }
                i++;
                continue;
            }
            int last = i;
            int names = 1;
            // a given name right after a title takes an everyday word as surname too ("Alderman Glen Summers")
            boolean strongGiven = words.strongGiven(tokens.get(i)) || titleBefore(text, tokens, i)
                    && lexicon.has(start.text(), NameLexicon.GIVEN);
            int j = i + 1;
            while (j < tokens.size() && (Tokens.adjacent(text, tokens.get(j - 1), tokens.get(j)) || nickname(text, tokens, j))) {
                Token t = tokens.get(j);
                if (words.nameWord(t, strongGiven)) {
                    last = j;
                    names++;
                    strongGiven = false; // only the word right after a given name may be an everyday word
                    j++;
                } else if ((NameWords.PARTICLES.contains(t.text()) || NameWords.initial(t))
                        && particlesThenName(text, tokens, j)) {
                    j++; // "von der Leyen", "George W. Bush": kept when a name word follows
                    strongGiven = true; // and that word is a surname, everyday word or not: "del Mar", "van Dam"
                } else if (nickname(text, tokens, j)) {
                    last = j + 3; // 'Rodolfo "Bongbong" Abellanosa': a quoted nickname inside the name
                    names++;
                    j += 4;
                } else if (NameWords.SUFFIXES.contains(t.text())) {
                    last = j;
                    j++;
                    break;
                } else {
                    break;
                }
            }
            out.add(new Candidate(i, last, names, headline[i]));
            i = last + 1;
        }
        return out;
    }

    /** A title or form of address right before token {@code i}. */
    private static boolean titleBefore(String text, List<Token> tokens, int i) {
        return i > 0 && Tokens.adjacent(text, tokens.get(i - 1), tokens.get(i))
                && (Roles.isRoleWord(tokens.get(i - 1)) || FormsOfAddress.is(tokens.get(i - 1).text()));
    }

    /** A quoted capitalised word at {@code j} with a name word after its closing mark: {@code "Junjun" Bautista}. */
    private boolean nickname(String text, List<Token> tokens, int j) {
        if (j + 3 >= tokens.size() || !OPENING_QUOTES.contains(tokens.get(j).text())
                || !CLOSING_QUOTES.contains(tokens.get(j + 2).text())) {
            return false;
        }
        Token nick = tokens.get(j + 1);
        return nick.capitalised() && nick.begin() == tokens.get(j).end() && tokens.get(j + 2).begin() == nick.end()
                && text.charAt(tokens.get(j).begin() - 1) == ' ' && tokens.get(j + 3).begin() == tokens.get(j + 2).end() + 1
                && text.charAt(tokens.get(j + 2).end()) == ' ' && words.nameWord(tokens.get(j + 3), true);
    }

    private static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "'", "‘");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "'", "’");

    /** Particles and initials at {@code j} followed by a name word: "von der Leyen", "George W. Bush". */
    private boolean particlesThenName(String text, List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && k < j + 3
                && (NameWords.PARTICLES.contains(tokens.get(k).text()) || NameWords.initial(tokens.get(k)))) {
            if (k + 1 >= tokens.size() || !Tokens.adjacent(text, tokens.get(k), tokens.get(k + 1))) {
                return false;
            }
            k++;
        }
        return k < tokens.size() && words.nameWord(tokens.get(k), true);
    }
}
