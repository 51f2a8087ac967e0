package io.concord.annotator.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.concord.annotator.people.PersonRecognizer.Mention;
import io.concord.annotator.people.Tokens.Token;
import io.concord.api.Interruption;

/**
 * Turns the accepted candidates of a document into mentions: the span with a lone surname's particles, the
 * fullest form of the name in the document as canonical name, the role (shared along a list of names), and
 * the confidence from the score.
 */
final class MentionBuilder {

    /**
     * Lower-case particles that open a surname used alone ({@code von der Leyen}, {@code de la Fuente}, the Welsh
     * patronymic {@code ap Iorwerth}, the Filipino {@code dela Cruz}).
     */
    private static final Set<String> SURNAME_OPENERS = Set.of("von", "van", "de", "del", "della", "di", "da", "du",
            "dos", "das", "ter", "ten", "bin", "ibn", "ap", "dela", "delos", "Ó", "Ní", "Nic", "Uí");

    private MentionBuilder() {}

    /**
     * Whether a full name's given name is none of the words of the fuller name of its surname ({@code Chidi X} and
     * {@code Obinna X}); initials ({@code J. X}) tell nothing.
     */
    private static boolean anotherGivenName(String given, String fuller) {
        if (given.length() <= 2 || given.endsWith(".")) {
            return false;
        }
        String key = NameKeys.key(given);
        for (String word : fuller.split(" ")) {
            if (NameKeys.key(word).equals(key)) {
                return false;
            }
        }
        return true;
    }

    /** The mentions of the accepted candidates, in text order. */
    static List<Mention> build(String text, List<Token> tokens, List<Candidate> candidates) {
        // fullest form of each name: by surname key, the multi-word form with most words
        Map<String, String> fullBySurname = new HashMap<>();
        Map<String, String> fullByGiven = new HashMap<>();
        Set<String> ambiguousGiven = new HashSet<>();
        // inner parts of longer names, which news uses alone too ("Lula" of "Luiz Inacio Lula da Silva")
        Map<String, String> fullByInner = new HashMap<>();
        Set<String> ambiguousInner = new HashSet<>();
        for (Candidate c : candidates) {
            Interruption.check();
            if (!c.accepted || c.nameTokens < 2) {
                continue;
            }
            String full = NameKeys.spaced(text.substring(tokens.get(c.first).begin(), tokens.get(c.last).end()));
            fullBySurname.merge(NameKeys.key(tokens.get(c.last).text()), full, MentionBuilder::fuller);
            String given = NameKeys.key(tokens.get(c.first).text());
            String prev = fullByGiven.putIfAbsent(given, full);
            if (prev != null && !NameKeys.key(lastWord(prev)).equals(NameKeys.key(lastWord(full)))) {
                ambiguousGiven.add(given);
            }
            for (Token part : NameWords.innerParts(tokens, c.first, c.last)) {
                String before = fullByInner.putIfAbsent(NameKeys.key(part.text()), full);
                if (before != null && !before.equals(full)) {
                    ambiguousInner.add(NameKeys.key(part.text()));
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        Candidate previous = null;
        for (Candidate c : candidates) {
            Interruption.check();
            if (!c.accepted) {
                continue;
            }
            Token first = tokens.get(c.first);
            Token last = tokens.get(c.last);
            String surface = NameKeys.spaced(text.substring(first.begin(), last.end()));
            String canonical = fullBySurname.get(NameKeys.key(last.text()));
            if (canonical != null && c.nameTokens > 1 && anotherGivenName(first.text(), canonical)) {
                canonical = null; // "Chidi X" beside "Obinna X": two people of one family, each their own name
            }
            if (canonical == null && c.nameTokens == 1 && !ambiguousGiven.contains(NameKeys.key(first.text()))) {
                canonical = fullByGiven.get(NameKeys.key(first.text()));
            }
            if (canonical == null && c.nameTokens == 1 && !ambiguousInner.contains(NameKeys.key(first.text()))) {
                canonical = fullByInner.get(NameKeys.key(first.text()));
            }
            if (canonical == null) {
                canonical = surface;
            }
            String role = c.role;
            if (role == null && previous != null && previous.listRole && previous.role != null
                    && between(tokens, previous.last, c.first, "and", ",")) {
                role = previous.role; // "envoys including Ana Ruiz and Tom Hale"
                c.listRole = true;
                c.role = role;
            }
            double confidence = c.propagated ? 0.8 : Math.min(0.95, 0.5 + 0.1 * c.score);
            out.add(new Mention(particlesBefore(text, tokens, c.first, canonical), last.end(), NameKeys.unifySpelling(NameKeys.withoutNickname(canonical)),
                    role, confidence));
            previous = c;
        }
        return out;
    }

    /**
     * Start of a surname used alone with its lower-case particles: {@code von der Leyen}, {@code de la Fuente}; and
     * with a particle capitalised where the full name has it in lower case before that surname ({@code De Wolde}
     * for {@code Anne de Wolde}: a particle opening the surname alone takes a capital in Dutch and Belgian usage).
     */
    private static int particlesBefore(String text, List<Token> tokens, int first, String canonical) {
        int k = first - 1;
        while (k >= 0 && k >= first - 3 && NameWords.PARTICLES.contains(tokens.get(k).text())
                && (Character.isLowerCase(tokens.get(k).text().charAt(0))
                        || NameWords.CAPITALISED_PARTICLES.contains(tokens.get(k).text()))
                && Tokens.adjacent(text, tokens.get(k), tokens.get(k + 1))) {
            k--;
        }
        // "De Wolde", "De la Fuente": the first particle capitalised, as a surname used alone opens a sentence
        if (k >= 0 && capitalisedParticleOf(tokens.get(k).text(),
                text.substring(tokens.get(k + 1).begin(), tokens.get(first).end()), canonical)
                && Tokens.adjacent(text, tokens.get(k), tokens.get(k + 1))) {
            return tokens.get(k).begin();
        }
        int start = k + 1;
        while (start < first && !SURNAME_OPENERS.contains(tokens.get(start).text())) {
            start++;
        }
        return tokens.get(start).begin();
    }

    /**
     * Whether {@code word} is a particle that {@code canonical} writes in lower case right before {@code surname}
     * (the surname with its other particles: "la Fuente").
     */
    private static boolean capitalisedParticleOf(String word, String surname, String canonical) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && NameWords.PARTICLES.contains(lower) && canonical != null
                && (" " + canonical + " ").contains(" " + lower + " " + surname + " ");
    }

    /** Only the {@code allowed} words, at most one, stand between two candidates. */
    private static boolean between(List<Token> tokens, int after, int before, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (int k = after + 1; k < before; k++) {
            if (!ok.contains(tokens.get(k).text())) {
                return false;
            }
        }
        return before - after <= 2;
    }

    /** The fuller of two forms of a name: more words, or on a tie more letters. */
    private static String fuller(String a, String b) {
        int wa = a.split(" ").length;
        int wb = b.split(" ").length;
        return wb > wa || wb == wa && b.length() > a.length() ? b : a;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
