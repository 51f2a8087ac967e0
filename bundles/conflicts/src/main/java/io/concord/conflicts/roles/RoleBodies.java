package io.concord.conflicts.roles;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import io.concord.conflicts.text.Places;
import io.concord.conflicts.text.Stemmer;
import io.concord.conflicts.text.StopWords;
import io.concord.conflicts.text.Token;
import io.concord.conflicts.text.Tokens;

/**
 * The body a title places a person in, the person's rank in it and the field of the post: {@code director of the
 * Institute of Zoology} heads the institute, {@code a researcher at the Institute of Zoology} works in it, {@code head
 * of archaeology at the museum} heads one field of the museum, {@code the race's medical director} heads the medical
 * side of the race. The body is named after a link ({@code of the museum}, {@code at Quillmark}), by a possessive
 * ({@code the race's}) or by the nouns before the title ({@code police spokesman}, {@code jury president}). One
 * person is not both the head of a body and one of its staff, nor the head of the whole body and of one field of it
 * (or of two fields), so reports that give one each disagree. Only a current title counts (a deputy's or a former
 * holder's is left to the office's status), and only a post the office lexicon does not know, or one that speaks or
 * advises for a body, stands for the staff ({@code researcher}, {@code member}, {@code spokesman}): a known office
 * under a body ({@code commissioner for refugees}) may be what another report calls its head.
 */
final class RoleBodies {
    /**
     * A body as the stems of its name's words; whether the title heads it; the field of the post as stems (empty for
     * the body as a whole); and whether a staff title names a scientist of a discipline ({@code biologist}), which is
     * what a person is trained as rather than a post below the head of a field; the title's rank ({@code current},
     * {@code deputy}, {@code assistant}) and offices; the staff's calling (the stem of its noun, null for a head); and
     * whether the body is named by a proper name after a link ({@code a hydrologist with the Danube Agency}).
     */
    record Body(Set<String> words, boolean head, Set<String> field, boolean discipline, String rank,
                Set<String> offices, String calling, boolean named) {}

    /** Nouns of a title that head the body it names. */
    private static final Set<String> HEADS = Set.of("head", "chief", "director", "chair", "chairman", "chairwoman",
            "chairperson", "president", "leader", "dean", "rector", "owner", "captain", "skipper");
    /** Heads of a crew only: elsewhere a captain is a rank ("police captain") that may hold any post. */
    private static final Set<String> CREW_HEADS = Set.of("captain", "skipper");
    /**
     * Words for the group a report follows, one body whichever a report names: a boat's captain heads its crew, and
     * the leader of an expedition its team.
     */
    private static final Set<String> CREWS = Set.of("crew", "team", "expedition", "squad", "boat", "yacht", "ship",
            "vessel");
    /** Ranks under which a title still places a person in the body: a deputy head, an assistant researcher. */
    private static final Set<String> RANKS = Set.of("current", "deputy", "assistant", "associate");
    /** Nouns that name a kind of body, not which one: two employers that share only these are two. */
    private static final Set<String> KINDS_OF_BODY = Set.of("service", "division", "centre", "center", "laboratory",
            "unit", "school", "office", "department", "agency", "institute", "university", "organisation",
            "organization", "authority", "national", "federal", "state");
    /** Nouns that may name the head of a body or one of its staff ("county health executive"). */
    private static final Set<String> AMBIGUOUS = Set.of("executive");
    /** Known offices that serve a body under its head: they speak or advise for it. */
    private static final Set<String> STAFF_OFFICES = Set.of("spokesperson", "adviser");
    /** Words that join a title to its body ("director of", "researcher at"). */
    private static final Set<String> LINKS = Set.of("of", "at", "for", "with", "on");
    /** Words before a head that name no field of its own: an executive director is the director. */
    private static final Set<String> NO_FIELD = Set.of("executive", "acting", "interim", "deputy", "vice",
            "assistant", "associate");
    private static final Set<String> DETERMINERS = Set.of("the", "its", "his", "her", "their");
    private static final String CREW = "crew";

    private RoleBodies() {}

    /** The body {@code title} names with no discipline known ({@link #of(RoleTitle, Predicate)}). */
    static Body of(RoleTitle title) {
        return of(title, w -> false);
    }

    /**
     * The body {@code title} names, or null when it names none, is neither current nor a rank in it, is neither
     * head nor staff, or names kin; {@code discipline} tells whether a noun names a scientist of a discipline.
     */
    static Body of(RoleTitle title, Predicate<String> discipline) {
        if (!RANKS.contains(title.status()) || RoleKin.of(title) != null) {
            return null;
        }
        String written = title.written();
        List<Token> tokens = Tokens.of(written);
        List<String> words = tokens.stream().map(Token::norm).toList();
        int link = -1;
        for (int k = 1; k < words.size() && link < 0; k++) {
            link = LINKS.contains(words.get(k)) ? k : -1;
        }
        if (link > 0 && words.get(link).equals("for") && possessive(written, tokens, link) >= 0) {
            // "the agency's regional manager for the west coast": the possessive names the body, "for" the remit
            words = words.subList(0, link);
            link = -1;
        }
        int rank = (link < 0 ? words.size() : link) - 1;
        if (rank < 0) {
            return null;
        }
        // "chief veterinarian", "chief glassblower": the head of that field; a chief executive heads the whole body
        boolean chiefOf = rank > 0 && words.get(rank - 1).equals("chief") && !HEADS.contains(words.get(rank))
                && !STAFF_OFFICES.containsAll(title.offices()) && !title.offices().contains("judge");
        if (AMBIGUOUS.contains(words.get(rank)) && !chiefOf) {
            return null;
        }
        boolean head = HEADS.contains(words.get(rank)) || chiefOf;
        boolean named = false;
        boolean staff = !head && title.offices().stream().allMatch(o -> o.startsWith("~") || STAFF_OFFICES.contains(o))
                && words.subList(0, rank).stream().noneMatch(HEADS::contains);
        if (!(head || staff)) {
            return null;
        }
        Set<String> body;
        Set<String> field = new LinkedHashSet<>();
        if (link >= 0) {
            int from = link + 1;
            if (!namesABody(written, tokens, from)) {
                // "head of archaeology at the museum": the link brings in a field, a second link the body
                int next = from;
                while (next < words.size() && !LINKS.contains(words.get(next))) {
                    next++;
                }
                if (next + 1 >= words.size() || !namesABody(written, tokens, next + 1)) {
                    return null;
                }
                field.addAll(stems(words, from, next, false));
                from = next + 1;
            }
            body = stems(words, from, words.size(), true);
            field.addAll(stems(words, 0, rank, false));
            int name = from < words.size() && words.get(from).equals("the") ? from + 1 : from;
            named = name < words.size() && Character.isUpperCase(written.charAt(tokens.get(name).begin()));
        } else {
            // "the race's medical director": the body before the possessive, the field after it
            int possessive = possessive(written, tokens, rank);
            body = stems(words, 0, possessive < 0 ? rank : possessive + 1, false);
            if (possessive >= 0) {
                field.addAll(stems(words, possessive + 1, rank, false));
            }
            if (body.isEmpty() && possessive >= 0) {
                // "Peru's police spokesman": a country owns the title, the nouns before it name the body
                body = stems(words, possessive + 1, rank, false);
                field.clear();
            }
        }
        if (chiefOf && !NO_FIELD.contains(words.get(rank))) {
            field.add(Stemmer.stem(words.get(rank)));
        }
        boolean scientist = staff && (words.get(rank).equals("scientist") || discipline.test(words.get(rank)));
        if (body.isEmpty() || CREW_HEADS.contains(words.get(rank)) && !body.equals(Set.of(CREW))) {
            return null;
        }
        String calling = head ? null : title.offices().size() == 1 && !title.offices().iterator().next().startsWith("~")
                ? title.offices().iterator().next() : Stemmer.stem(words.get(rank));
        return new Body(body, head, head ? field : Set.of(), scientist, title.status(), title.offices(), calling, named);
    }

    /** The last word before word {@code to} written as a possessive ({@code the race's}), or -1. */
    private static int possessive(String written, List<Token> tokens, int to) {
        int possessive = -1;
        for (int k = 0; k < to; k++) {
            String raw = written.substring(tokens.get(k).begin(), tokens.get(k).end()).toLowerCase(Locale.ROOT);
            possessive = raw.endsWith("'s") || raw.endsWith("’s") || raw.endsWith("s'") ? k : possessive;
        }
        return possessive;
    }

    /**
     * The body a bare head ({@code director}, {@code its director}) holds, borrowed from another title of the same
     * person that names the head's body with the same word ({@code director of the Marine Institute}): reports that
     * name the body once call its head by the bare title after. Null when the title is not bare or none names a body.
     */
    static Body borrowed(RoleTitle bare, List<RoleTitle> others) {
        List<String> words = Tokens.words(bare.written()).stream().filter(w -> !DETERMINERS.contains(w)).toList();
        if (words.size() != 1 || !HEADS.contains(words.get(0)) || !bare.status().equals("current")) {
            return null;
        }
        for (RoleTitle other : others) {
            List<String> w = Tokens.words(other.written());
            Body body = of(other);
            if (body != null && body.head() && body.field().isEmpty() && w.size() > 2
                    && w.get(0).equals(words.get(0)) && LINKS.contains(w.get(1))) {
                return body;
            }
        }
        return null;
    }

    /**
     * The stems of the words {@code [from, to)} that name a body or a field: no function word, number, status or
     * generic qualifier ({@code senior}, {@code regional}); places only where a link brings them in ({@code of the
     * Cusco police}), since a country before a title ({@code Peruvian spokesman}) is not the body.
     */
    private static Set<String> stems(List<String> words, int from, int to, boolean places) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words.subList(from, to)) {
            if (!StopWords.contains(w) && !Character.isDigit(w.charAt(0)) && !HEADS.contains(w)
                    && (places || !RoleTitle.NOT_PORTFOLIOS.contains(w) && !NO_FIELD.contains(w)
                    && Places.feature(w) == null)) {
                out.add(CREWS.contains(w) ? CREW : Stemmer.stem(w));
            }
        }
        return out;
    }

    /**
     * Whether the words from {@code k} name a body ({@code the museum}, {@code Quillmark}, {@code the Institute of
     * Zoology}) rather than a field of work ({@code head of research at ...}): a field comes without an article and
     * in lower case.
     */
    private static boolean namesABody(String written, List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).norm().equals("the")) {
            return k + 1 < tokens.size();
        }
        return k < tokens.size() && Character.isUpperCase(written.charAt(tokens.get(k).begin()));
    }

    /** Whether two bodies' names share no word but the kind of body ("Institute"). */
    private static boolean distinct(Set<String> a, Set<String> b) {
        for (String w : a) {
            if (b.contains(w) && KINDS_OF_BODY.stream().noneMatch(k -> Stemmer.stem(k).equals(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two titles can be one person's: other bodies; or, in one body (one maybe named shorter), the same
     * rank and, for heads, the same field; or the head of a field and a scientist (the head of research may be a
     * biologist at the institute).
     */
    static boolean compatible(Body a, Body b) {
        boolean sameBody = a.words().containsAll(b.words()) || b.words().containsAll(a.words());
        if (!sameBody) {
            // one calling at two employers that share no name: a hydrologist works for one of them
            boolean sameCalling = !a.head() && !b.head() && (a.calling().equals(b.calling())
                    || a.discipline() && b.discipline());
            return !(sameCalling && a.named() && b.named() && distinct(a.words(), b.words()));
        }
        if (a.head() && b.head() && !a.rank().equals(b.rank())) {
            // the deputy head against the head; one office at two ranks is the office's status to tell
            return !Collections.disjoint(a.offices(), b.offices());
        }
        if (a.head() != b.head()) {
            Body head = a.head() ? a : b;
            Body staff = a.head() ? b : a;
            return !head.field().isEmpty() && staff.discipline();
        }
        return !a.head() || a.field().equals(b.field());
    }
}
