package io.concord.annotator.quotes;

import java.util.List;
import java.util.Set;

/**
 * Claims the mentions that stand for someone named elsewhere: the pronouns "he", "she", "it" and "they"
 * (with gender and number), and bare titles ("the president", "a spokesman") that resolution later links
 * to the person or body holding them.
 */
final class PronounTitleFinder {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Title words that can stand alone for a person ("the president said"). */
    private static final Set<String> TITLE_HEADS = Set.of("president", "minister", "premier", "chancellor",
            "secretary", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "leader", "governor",
            "mayor", "chairman", "chairwoman", "director", "commander", "adviser", "advisor", "negotiator", "king",
            "queen", "pope", "prosecutor", "senator", "judge", "commissioner", "general",
            // functions and relations that stand for a named person in an apposition ("the administrator, X,",
            // "his daughter, X,") or after one
            "administrator", "economist", "analyst", "lawyer", "attorney", "coach", "manager", "founder",
            "daughter", "son", "wife", "husband", "widow", "mother", "father", "brother", "sister");
    /** People who speak for a body ("a Kremlin spokesman"); also read by speaker resolution. */
    static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople");

    private final Discourse d;
    private final List<Token> tokens;
    private final Mention[] mentionAt;

    PronounTitleFinder(Discourse d) {
        this.d = d;
        this.tokens = d.tokens;
        this.mentionAt = d.mentionAt;
    }

    void find() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (mentionAt[i] != null || !t.isWord()) {
                continue;
            }
            switch (t.lower) {
                case "he", "she", "it", "they" -> {
                    Mention m = new Mention(Mention.Kind.PRONOUN, i, i, t.lower);
                    m.plural = t.lower.equals("they");
                    m.gender = t.lower.equals("she") ? Mention.Gender.FEMALE
                            : t.lower.equals("he") ? Mention.Gender.MALE : Mention.Gender.UNKNOWN;
                    d.put(m);
                }
                default -> {
                    if (TITLE_HEADS.contains(t.lower) || SPOKESPEOPLE.contains(t.lower)) {
                        titleMention(i);
                    } else if (describesSpeaker(i)) {
                        d.put(new Mention(Mention.Kind.TITLE, i, i, t.lower));
                    }
                }
            }
        }
    }

    /**
     * "the councillor said", "the Brazilian added": any noun (or nationality) after "the" that a reporting verb
     * follows describes the speaker; resolution links it to a person introduced with that word, or leaves it.
     */
    private boolean describesSpeaker(int i) {
        Token t = tokens.get(i);
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i - 1).is("the") || mentionAt[i - 1] != null
                || t.possessive || t.capitalised && !LEX.demonyms.contains(t.lower)) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.isWord() && !next.capitalised && next.sentence == t.sentence && LEX.isReportingVerb(next.lower);
    }

    /**
     * "Peru’s energy minister", "the ESA administrator": a country or body (possessive, or after
     * "the") in front of the title says whose office it is; the title still stands for a person.
     */
    private boolean ownedByBody(int j) {
        Mention owner = mentionAt[j];
        if (owner == null || owner.last != j
                || !(owner.kind == Mention.Kind.COUNTRY || owner.kind == Mention.Kind.BODY)) {
            return false;
        }
        return tokens.get(j).possessive || owner.first > 0 && tokens.get(owner.first - 1).is("the");
    }

    /** "the president", "the Russian leader", "a spokesman": a title standing for a person. */
    private void titleMention(int head) {
        if (head + 1 < tokens.size()) {
            Token next = tokens.get(head + 1);
            if (next.capitalised && next.sentence == tokens.get(head).sentence) {
                return; // a title before a name: the name speaks
            }
        }
        int j = head - 1;
        while (j >= 0 && mentionAt[j] == null && tokens.get(j).isWord()
                && (LEX.isTitle(tokens.get(j).lower) || LEX.demonyms.contains(tokens.get(j).lower)
                || BodyFinder.BODY_MODIFIERS.contains(tokens.get(j).lower))
                && !LEX.DETERMINERS.contains(tokens.get(j).lower)) {
            j--;
        }
        if (j < 0 || !(tokens.get(j).is("the") || tokens.get(j).is("a") || tokens.get(j).is("an")
                || tokens.get(j).is("his") || tokens.get(j).is("her") || tokens.get(j).is("their")
                || ownedByBody(j))) {
            return;
        }
        Mention m = new Mention(Mention.Kind.TITLE, j + 1, head, tokens.get(head).lower);
        d.put(m);
    }
}
