package io.concord.conflicts.roles;

import static io.concord.conflicts.roles.RolePhrases.DETERMINERS;
import static io.concord.conflicts.roles.RolePhrases.hasPunctuation;
import static io.concord.conflicts.roles.RolePhrases.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.model.AnnotationRecord;
import io.concord.conflicts.roles.RolePhrases.Found;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Names;
import io.concord.conflicts.text.Token;
import io.concord.conflicts.text.Tokens;
import io.concord.language.Honorifics;

/**
 * Roles a report gives a person away from the name, where the people annotator does not look: an appositive
 * on a later mention ({@code Ruiz, the planning minister,}), a relative clause ({@code Ruiz, who was sacked as
 * defence minister,}), a predicate ({@code Ruiz is the country's prime minister}), and a sentence whose subject
 * is a definite title or a pronoun right after a sentence that names one person only ({@code Ana Ruiz arrived on
 * Monday. The deputy foreign minister met ...}), and the title in the attribution of a quote whose speaker the
 * quotes annotator named ({@code "...," the premier said}). Verbs of leaving an office make the role a former one;
 * verbs of leading, owning or managing a body make its head, owner or manager ({@link RoleVerbs}).
 */
final class RoleStatements {
    /** A role the text states for {@code person}; {@code [begin, end)} is the statement (name and role, or the title). */
    record Statement(AnnotationRecord person, String role, int begin, int end) {}

    /** {@code , now the trade minister,}, {@code , formerly the trade minister,}. */
    private static final Pattern APPOSITIVE_ADVERB = Pattern.compile("^,\\s+(now|currently|still|formerly|once|previously)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Pattern WHO = Pattern.compile("^,\\s+who\\s+");
    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "warned", "insisted", "stressed",
            "noted", "argued", "wrote");
    /** Ranks, not posts: a title after a ranked name tells the post ("Colonel Ana Ruiz, director of ..."). */
    private static final Set<String> RANKS = Set.of("general", "brigadier", "colonel", "major", "captain",
            "lieutenant", "commander", "admiral", "marshal", "sergeant", "commissioner", "superintendent", "inspector");

    private RoleStatements() {}

    /** The roles {@code view} states for its people (mentions that carry a role of their own are left alone). */
    static List<Statement> find(DocumentView view) {
        List<Statement> out = new ArrayList<>();
        String text = view.text();
        List<AnnotationRecord> people = view.record().annotations("person");
        for (AnnotationRecord p : people) {
            String annotated = p.string("role");
            if (annotated != null && !annotated.isBlank()) {
                // a rank or a bare office on the name ("Colonel", "minister") with the full title after it; another
                // title after an office ("President Ana Ruiz, the former senator,") is another role, not this one
                Found f = text.startsWith(",", p.end()) ? phrase(view, p.end() + 1, "", true) : null;
                List<String> words = Tokens.words(annotated);
                if (f != null && !Tokens.words(f.role()).equals(words)
                        && (Tokens.words(f.role()).containsAll(words) || RANKS.containsAll(words)
                        || placesInBody(f.role(), annotated))) {
                    add(out, p, p.begin(), f);
                }
                Found before = RANKS.containsAll(words) ? before(view, p) : null;
                if (before != null) {
                    // "A police spokesman, General Ana Ruiz,": the post before a rank
                    add(out, p, before.begin(), new Found(before.role(), before.begin(), p.end(), before.office()));
                }
                add(out, p, p.begin(), widened(view, p, annotated));
                add(out, p, p.begin(), RoleVerbs.acted(view, text.startsWith(",", p.end()) ? who(text, p.end()) : p.end()));
                continue;
            }
            Found before = before(view, p);
            if (before == null) {
                before = marked(view, p);
            }
            if (before != null) {
                add(out, p, before.begin(), new Found(before.role(), before.begin(), p.end(), before.office()));
            }
            int after = p.end();
            if (text.startsWith(",", after)) {
                int who = who(text, after);
                if (who >= 0) {
                    Found l = RoleVerbs.linked(view, who);
                    add(out, p, p.begin(), l != null ? l : RoleVerbs.acted(view, who));
                } else {
                    Matcher adverb = APPOSITIVE_ADVERB.matcher(text.substring(after, Math.min(text.length(), after + 16)));
                    boolean hasAdverb = adverb.find();
                    boolean formerly = hasAdverb && adverb.group(1).matches("(?i)formerly|once|previously");
                    add(out, p, p.begin(), phrase(view, hasAdverb ? after + adverb.end() : after + 1,
                            formerly ? "former " : "", true));
                }
            } else {
                Found l = RoleVerbs.linked(view, after);
                add(out, p, p.begin(), l != null ? l : RoleVerbs.acted(view, after));
            }
        }
        List<Token> tokens = view.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            Token first = tokens.get(t);
            int[] sentence = view.sentenceSpan(first.begin(), first.end());
            if (sentence[0] != first.begin() || sentence[0] == 0) {
                continue;
            }
            AnnotationRecord referent = onlyPersonBefore(view, people, sentence[0]);
            if (referent == null) {
                continue;
            }
            Found f = null;
            if (first.norm().equals("the")) {
                f = phrase(view, first.begin(), "", false);
                if (f != null && !subject(view, people, f.end())) {
                    f = null;
                }
            } else if (PRONOUNS.contains(first.norm())) {
                f = RoleVerbs.linked(view, first.end());
            }
            if (f != null && !namedBefore(view, referent, sentence[0], f.office())) {
                add(out, referent, PRONOUNS.contains(first.norm()) ? first.begin() : f.begin(), f);
            }
        }
        for (AnnotationRecord q : view.record().annotations("quote")) {
            AnnotationRecord speaker = speaker(people, q.string("speaker"));
            if (speaker == null && q.string("speaker") == null) {
                // an unnamed speaker with a title: the one person the sentence before names
                int begin = view.sentenceSpan(q.begin(), q.end())[0];
                AnnotationRecord referent = begin > 0 ? onlyPersonBefore(view, people, begin) : null;
                Found f = referent != null ? attribution(view, q.end()) : null;
                if (f != null && !namedBefore(view, referent, begin, f.office())) {
                    add(out, referent, Integer.MAX_VALUE, f);
                }
                continue;
            }
            if (speaker != null) {
                add(out, speaker, Integer.MAX_VALUE, attribution(view, q.end()));
            }
        }
        return out;
    }

    /**
     * A title set before the name by a comma ({@code Velmora's chief executive, Ana Ruiz,}): the words from the
     * sentence's start or the last punctuation up to the comma, when they are a role phrase and nothing else.
     */
    private static Found before(DocumentView view, AnnotationRecord p) {
        String text = view.text();
        int comma = p.begin() - 1;
        while (comma > 0 && text.charAt(comma) == ' ') {
            comma--;
        }
        // "chief scientific officer, Dr. Ana Ruiz": a form of address between the comma and the name
        int word = comma;
        while (word > 0 && !Character.isWhitespace(text.charAt(word - 1)) && text.charAt(word - 1) != ',') {
            word--;
        }
        String address = word < comma ? text.substring(word, comma + 1) : "";
        // a lower-case word there is a title of address the lexicon lacks ("Her coach, grandmaster Ana Ruiz,")
        boolean lower = !address.isEmpty() && address.chars().allMatch(Character::isLowerCase);
        if (Honorifics.is(address) || RANKS.contains(address.toLowerCase(Locale.ROOT)) || lower) {
            comma = word - 1;
            while (comma > 0 && text.charAt(comma) == ' ') {
                comma--;
            }
        }
        if (comma <= 0 || text.charAt(comma) != ',') {
            return null;
        }
        int from = view.sentenceSpan(p.begin(), p.end())[0];
        for (int i = comma - 1; i > from; i--) {
            if (",;:(\"“”".indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        Found f = phrase(view, from, "", false);
        if (f == null) {
            // set off by commas, the words are a title for sure: a generic head too ("the mission's deputy chief,")
            f = phrase(view, from, "", true);
        }
        if (f == null && text.startsWith(",", p.end())) {
            f = described(view, from, comma);
        }
        return f != null && f.end() == comma ? f : null;
    }

    /** Most words of a post the lexicon lacks, set off by commas before a name ("Its first mate, Ana Ruiz,"). */
    private static final int MAX_POST_WORDS = 3;
    /** Nouns of time that open a sentence before a comma and a name ("The next morning, Ana Ruiz, ..."). */
    private static final Set<String> TIMES = Set.of("morning", "afternoon", "evening", "night", "day", "week",
            "month", "year", "time", "moment");

    /**
     * A post the lexicon lacks between a definite or possessive determiner and the comma before a name set off by
     * commas on both sides ({@code The captain, Ana Ruiz, survived}, {@code Her coach, Ana Ruiz, said}): such an
     * appositive names what the person is. A few lower-case words only, the last no noun of time.
     */
    private static Found described(DocumentView view, int from, int comma) {
        String text = view.text();
        List<Token> tokens = view.tokens(from, comma);
        if (tokens.size() < 2 || tokens.size() > MAX_POST_WORDS + 1 || tokens.get(0).norm().equals("a")
                || tokens.get(0).norm().equals("an") || !DETERMINERS.contains(tokens.get(0).norm())) {
            return null;
        }
        for (Token t : tokens.subList(1, tokens.size())) {
            if (t.stop() || t.isNumber() || !Character.isLowerCase(text.charAt(t.begin()))) {
                return null;
            }
        }
        Token last = tokens.get(tokens.size() - 1);
        if (TIMES.contains(last.norm()) || last.end() != comma) {
            return null;
        }
        return new Found(text.substring(tokens.get(1).begin(), comma), tokens.get(0).begin(), comma, last.norm());
    }

    /**
     * A title the lexicon lacks written right before a name and marked as a title by a status or a level
     * ({@code former national champion Ana Ruiz}, {@code National champion Ana Ruiz}): lower-case words, or the
     * sentence's first word, with no punctuation between them and the name.
     */
    private static Found marked(DocumentView view, AnnotationRecord p) {
        String text = view.text();
        List<Token> tokens = view.tokens();
        int last = view.tokenAt(p.begin()) - 1;
        int sentence = view.sentenceSpan(p.begin(), p.end())[0];
        int first = last + 1;
        while (first > 0 && last - first + 1 < MAX_POST_WORDS) {
            Token t = tokens.get(first - 1);
            boolean lower = Character.isLowerCase(text.charAt(t.begin())) || t.begin() == sentence;
            if (!lower || t.stop() || t.isNumber() || t.begin() < sentence || named(view, t)
                    || hasPunctuation(text, t.end(), first <= last ? tokens.get(first).begin() : p.begin())) {
                break;
            }
            first--;
        }
        if (first > last || last < 0) {
            return null;
        }
        String role = text.substring(tokens.get(first).begin(), tokens.get(last).end());
        RoleTitle title = RoleTitle.parse(role);
        boolean markedTitle = !title.status().equals("current") || title.level() != null;
        boolean unknown = title.offices().stream().allMatch(o -> o.startsWith("~"))
                && title.offices().contains("~" + tokens.get(last).norm());
        return markedTitle && unknown ? new Found(role, tokens.get(first).begin(), tokens.get(last).end(),
                tokens.get(last).norm()) : null;
    }

    /**
     * Whether an appositive places a person whose annotated role is a calling the lexicon does not know ("Finnish
     * actor Ana Ruiz, a member of the jury,") in a body: her post there, not another title of the same kind.
     */
    private static boolean placesInBody(String role, String annotated) {
        RoleTitle calling = RoleTitle.parse(annotated);
        return RoleBodies.of(RoleTitle.parse(role)) != null && RoleBodies.of(calling) == null
                && calling.offices().stream().allMatch(o -> o.startsWith("~"));
    }

    /** Words before a title that may still belong to it when the annotated role leaves them out. */
    private static final int MAX_WIDENING = 3;

    /**
     * The title written before a name when the annotated role is only its last words ("chief financial officer Ana
     * Ruiz" annotated "officer"): the role phrase from up to a few lower-case words (or the sentence's first word)
     * before it to the name; null when the text adds nothing.
     */
    private static Found widened(DocumentView view, AnnotationRecord p, String annotated) {
        List<String> role = Tokens.words(annotated);
        List<Token> tokens = view.tokens();
        String text = view.text();
        int last = view.tokenAt(p.begin()) - 1;
        int first = last - role.size() + 1;
        if (role.isEmpty() || first < 0 || hasPunctuation(text, tokens.get(last).end(), p.begin())) {
            return null;
        }
        for (int k = 0; k < role.size(); k++) {
            if (!tokens.get(first + k).norm().equals(role.get(k))) {
                return null;
            }
        }
        int sentence = view.sentenceSpan(p.begin(), p.end())[0];
        int from = first;
        // a title written in capitals runs on through the capitalised words right before it ("Fisheries Minister"
        // annotated "Minister"), but not into someone's name
        boolean capitals = Character.isUpperCase(text.charAt(tokens.get(first).begin()));
        while (from > 0 && first - from < MAX_WIDENING) {
            Token t = tokens.get(from - 1);
            boolean lower = Character.isLowerCase(text.charAt(t.begin())) || t.begin() == sentence;
            boolean capital = capitals && Character.isUpperCase(text.charAt(t.begin())) && !named(view, t);
            if (!(lower || capital) || t.stop() || t.isNumber() || t.begin() < sentence
                    || hasPunctuation(text, t.end(), tokens.get(from).begin())) {
                break;
            }
            capitals = capital;
            from--;
        }
        if (from == first) {
            return null;
        }
        Found f = phrase(view, tokens.get(from).begin(), "", false);
        return f != null && f.end() == tokens.get(last).end() ? new Found(f.role(), f.begin(), p.end(), f.office()) : null;
    }

    /** Whether a token is part of a person's name. */
    private static boolean named(DocumentView view, Token t) {
        return view.record().annotations("person").stream().anyMatch(a -> a.begin() <= t.begin() && t.end() <= a.end());
    }

    /** {@code "...," the deputy minister said} or {@code said the deputy minister}: the title of a quote's speaker. */
    private static Found attribution(DocumentView view, int quoteEnd) {
        String text = view.text();
        int pos = quoteEnd;
        while (pos < text.length() && pos < quoteEnd + 4 && ",.!?\"”’' ".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        List<Token> tokens = view.tokens();
        int t = view.tokenAt(pos);
        if (t >= tokens.size() || tokens.get(t).begin() != pos) {
            return null;
        }
        boolean cueFirst = SAYING.contains(tokens.get(t).norm());
        int from = cueFirst && t + 1 < tokens.size() ? tokens.get(t + 1).begin() : pos;
        Token first = tokens.get(view.tokenAt(from));
        if (!first.norm().equals("the") || hasPunctuation(text, pos, from)) {
            return null;
        }
        Found f = phrase(view, from, "", false);
        if (f == null) {
            return null;
        }
        int next = view.tokenAt(f.end());
        boolean cueAfter = next < tokens.size() && SAYING.contains(tokens.get(next).norm())
                && !hasPunctuation(text, f.end(), tokens.get(next).begin());
        boolean closedAfterCue = cueFirst && (next >= tokens.size() || hasPunctuation(text, f.end(), tokens.get(next).begin()));
        return cueAfter || closedAfterCue ? f : null;
    }

    /** The first mention of the person a quote's speaker names, or null. */
    private static AnnotationRecord speaker(List<AnnotationRecord> people, String speaker) {
        if (speaker == null) {
            return null;
        }
        for (AnnotationRecord p : people) {
            String name = p.string("canonical") != null ? p.string("canonical") : p.text();
            if (name.equals(speaker)) {
                return p;
            }
        }
        return null;
    }

    private static void add(List<Statement> out, AnnotationRecord person, int begin, Found f) {
        if (f != null) {
            out.add(new Statement(person, f.role(), Math.min(begin, f.begin()), f.end()));
        }
    }

    /** Where the verb of a relative clause after the name starts ({@code , who led ...}), or -1. */
    private static int who(String text, int after) {
        Matcher who = WHO.matcher(text.substring(after, Math.min(text.length(), after + 12)));
        return who.find() ? after + who.end() : -1;
    }

    /** The phrase at {@code end} is a subject: a verb or a comma follows it, not a name or a possessive. */
    private static boolean subject(DocumentView view, List<AnnotationRecord> people, int end) {
        for (AnnotationRecord p : people) {
            if (p.begin() >= end && view.text().substring(end, p.begin()).replaceFirst("^\\s*,", "").isBlank()) {
                return false; // "The deputy minister Ana Ruiz said", "The agency's head, Ana Ruiz, said": her title
            }
        }
        String rest = view.text().substring(end, Math.min(view.text().length(), end + 3));
        return rest.startsWith(",") || (rest.length() > 1 && rest.charAt(0) == ' ' && Character.isLowerCase(rest.charAt(1)));
    }

    /**
     * The person that a sentence starting at {@code sentenceBegin} refers back to: the one person the previous
     * sentence names (by surname), or null if it names none or several.
     */
    private static AnnotationRecord onlyPersonBefore(DocumentView view, List<AnnotationRecord> people, int sentenceBegin) {
        int[] previous = view.sentenceSpan(sentenceBegin - 1, sentenceBegin);
        if (previous[0] >= sentenceBegin) {
            return null;
        }
        AnnotationRecord last = null;
        String surname = null;
        for (AnnotationRecord p : people) {
            if (p.begin() < previous[0] || p.end() > sentenceBegin) {
                continue;
            }
            String s = Names.surname(p.string("canonical") != null ? p.string("canonical") : p.text());
            if (s == null || (surname != null && !surname.equals(s))) {
                return null;
            }
            surname = s;
            last = p;
        }
        return last;
    }

    /**
     * Whether the previous sentence names the office as well, outside the referent's own title: {@code Ruiz met
     * the president. The president said ...} is about someone else.
     */
    private static boolean namedBefore(DocumentView view, AnnotationRecord referent, int sentenceBegin, String office) {
        int[] previous = view.sentenceSpan(sentenceBegin - 1, sentenceBegin);
        String role = referent.string("role");
        int[] own = RoleRule.span(view.text(), referent, role);
        for (Token tok : view.tokens(previous[0], sentenceBegin)) {
            if (tok.norm().equals(office) && (tok.begin() < own[0] || tok.end() > own[1])) {
                return true;
            }
        }
        return false;
    }
}
