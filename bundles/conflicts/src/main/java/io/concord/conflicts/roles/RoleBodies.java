package io.concord.conflicts.roles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.concord.conflicts.text.Stemmer;
import io.concord.conflicts.text.StopWords;
import io.concord.conflicts.text.Token;
import io.concord.conflicts.text.Tokens;

/**
 * The body a title places a person in and whether the title heads it: {@code director of the Institute of Zoology}
 * heads the institute, {@code a researcher at the Institute of Zoology} works in it. One person is not both the head
 * of a body and one of its staff, so reports that give one each disagree. Only a current title counts (a deputy's or a
 * former holder's is left to the office's status), and only a post the office lexicon does not know stands for the
 * staff ({@code researcher}, {@code member}): a known office under a body ({@code commissioner for refugees}) may be
 * what another report calls its head.
 */
final class RoleBodies {
    /** A body as the stems of its name's words, and whether the title heads it. */
    record Body(Set<String> words, boolean head) {}

    /** Nouns of a title that head the body it names. */
    private static final Set<String> HEADS = Set.of("head", "chief", "director", "chair", "chairman", "chairwoman",
            "chairperson", "president", "leader", "dean", "rector");
    /** Words that join a title to its body ("director of", "researcher at"). */
    private static final Set<String> LINKS = Set.of("of", "at", "for");

    private RoleBodies() {}

    /** The body {@code title} names, or null when it names none, is not current, or is neither head nor staff. */
    static Body of(RoleTitle title) {
        if (!title.status().equals("current")) {
            return null;
        }
        List<Token> tokens = Tokens.of(title.written());
        List<String> words = tokens.stream().map(Token::norm).toList();
        int link = -1;
        for (int k = 1; k < words.size() && link < 0; k++) {
            link = LINKS.contains(words.get(k)) ? k : -1;
        }
        if (link < 0 || !namesABody(title.written(), tokens, link)) {
            return null;
        }
        boolean head = HEADS.contains(words.get(link - 1));
        boolean staff = !head && title.offices().stream().allMatch(o -> o.startsWith("~"))
                && words.subList(0, link).stream().noneMatch(HEADS::contains);
        Set<String> body = new LinkedHashSet<>();
        for (String w : words.subList(link + 1, words.size())) {
            if (!StopWords.contains(w) && !Character.isDigit(w.charAt(0))) {
                body.add(Stemmer.stem(w));
            }
        }
        return body.isEmpty() || !(head || staff) ? null : new Body(body, head);
    }

    /**
     * Whether the words after the link name a body ({@code at the Institute of Zoology}): in {@code head of research
     * at the institute} the link brings in a field of work, and its head is no head of the institute.
     */
    private static boolean namesABody(String written, List<Token> tokens, int link) {
        int k = link + 1;
        if (k < tokens.size() && tokens.get(k).norm().equals("the")) {
            k++;
        }
        return k < tokens.size() && Character.isUpperCase(written.charAt(tokens.get(k).begin()));
    }

    /** Whether two titles can be one person's: other bodies, or the same rank in one body (one named shorter). */
    static boolean compatible(Body a, Body b) {
        boolean sameBody = a.words().containsAll(b.words()) || b.words().containsAll(a.words());
        return !sameBody || a.head() == b.head();
    }
}
