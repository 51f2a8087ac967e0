package io.concord.conflicts.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.concord.api.model.AnnotationRecord;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Synonyms;
import io.concord.conflicts.text.Token;
import io.concord.conflicts.text.Tokens;

/**
 * What the words around a figure say about it: the outcome a count reports ({@code 12 killed}) and whether a
 * sum is a transaction ({@code a $5bn loan}). The figure rule compares only figures that agree on these.
 */
final class FigureSurroundings {
    /**
     * What happened to the people or things a count is about. Casualty reports put "12 killed" and "20
     * injured" side by side; a count is never compared with one of another outcome.
     */
    private static final Map<String, String> OUTCOMES = outcomes();
    private static final int OUTCOME_WINDOW = 4;
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "be", "been", "being", "have",
            "has", "had", "reportedly", "also", "later", "now");

    private static Map<String, String> outcomes() {
        Map<String, String> m = new HashMap<>();
        String[][] classes = {
                {"dead", "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "death", "deaths",
                        "fatalities", "fatality", "lives", "bodies", "perished", "toll", "fatal"},
                {"injured", "injured", "injuring", "injures", "wounded", "wounding", "hurt", "injuries", "injury",
                        "hospitalised", "hospitalized"},
                {"hungry", "hungry", "hunger", "starving", "starvation", "famine", "malnourished", "malnutrition"},
                {"infected", "infected", "infections", "sickened"},
                {"missing", "missing", "unaccounted"},
                {"displaced", "displaced", "evacuated", "homeless", "fled", "refugees", "evacuees", "uprooted"},
                {"detained", "arrested", "detained", "jailed", "imprisoned", "captured", "held"},
                {"rescued", "rescued", "saved", "freed", "released", "survived", "survivors", "survivor", "refloated",
                        "refloat", "refloating", "returned"}};
        // the survivors of a sinking or a crash are those brought out alive: "the 95 who survived", "rescued 95"; and
        // stranded animals put back in the sea are the rescued of a stranding ("refloated 40", "returned 40 to the sea")
        for (String[] c : classes) {
            for (int i = 1; i < c.length; i++) {
                m.put(c[i], c[0]);
            }
        }
        return m;
    }

    /**
     * Words that name a transaction (a loan, a deal, an offer). Two sums of money each said to be the
     * transaction of a story are taken as the same quantity, however the reports word it ("loan programme",
     * "package", "deal valued at"); a sum next to none of them keeps what it measures ("a backlog of $6 billion").
     */
    private static final Set<String> TRANSACTIONS = Set.of("loan", "loans", "package", "bailout", "programme",
            "program", "facility", "deal", "offer", "bid", "bids", "takeover", "acquisition", "purchase", "buyout",
            "merger", "transaction");
    static final String TRANSACTION = "$transaction";
    private static final int TRANSACTION_BEFORE = 4;
    private static final int TRANSACTION_AFTER = 3;

    /**
     * Nouns that count the people a firm employs. Reports of one plant or company word its workforce freely
     * ("4,200 staff", "4,800 workers", "cutting 1,350 jobs", "employed 1,530 people"): such counts are taken as
     * one quantity, as the sums of a transaction are.
     */
    private static final Set<String> WORKFORCE_NOUNS = Set.of("staff", "staffer", "staffers", "worker", "workers",
            "employee", "employees", "workforce", "job", "jobs", "personnel", "headcount", "employment");
    /** Nouns that count a workforce only beside a verb of employing ("employs 900 people", "600 people employed"). */
    private static final Set<String> PEOPLE = Set.of("people", "person", "persons");
    static final String WORKFORCE = "$workforce";
    private static final int EMPLOY_WINDOW = 3;

    /** The mark of a percentage that says by how much something changed ("slowed the decline by 27%"). */
    static final String CHANGE = "$change";

    /** The mark of the larger side of a split vote, with the number of voters ("$split:11"). */
    static final String SPLIT = "$split:";
    private static final Pattern SIDE_TO_SIDE = Pattern.compile(
            "(?i)\\s*(?:votes?\\s+)?to\\s*");
    private static final Pattern PART_OF_WHOLE = Pattern.compile(
            "(?i)\\s*of\\s+(?:the\\s+|its\\s+|their\\s+)?");

    private FigureSurroundings() {}

    /**
     * The whole of a split a count is the larger side of, or null: "seven to four" and "24 votes to 7" (the sum),
     * "Eight of the 11 judges" (the whole). Two reports of one vote may give its sides differently; a split of the
     * same whole is the same vote.
     */
    static Long splitWhole(DocumentView view, AnnotationRecord a, AnnotationRecord next) {
        if (next == null || !"count".equals(a.string("kind")) || !"count".equals(next.string("kind"))
                || next.begin() < a.end()) {
            return null;
        }
        Double x = a.number("value");
        Double y = next.number("value");
        if (x == null || y == null || x != Math.rint(x) || y != Math.rint(y) || x <= 0 || y <= 0) {
            return null;
        }
        String between = view.text().substring(a.end(), next.begin());
        if (SIDE_TO_SIDE.matcher(between).matches() && x > y) {
            return (long) (x + y);
        }
        if (PART_OF_WHOLE.matcher(between).matches() && x < y && 2 * x > y) {
            return (long) y.doubleValue();
        }
        return null;
    }

    /** Nouns of a change that a percentage can stand before ("a 23% increase", "a 5 percent cut"). */
    static final Set<String> CHANGE_NOUNS = Set.of("increase", "rise", "fall", "drop", "decline", "cut",
            "jump", "gain", "hike", "reduction", "decrease", "slump", "surge", "climb", "dip", "plunge", "raise");

    /** Whether what a percentage measures is itself a change ("increase", "rise"), not the thing that changed. */
    /**
     * What a figure is said to measure, or null when the annotator gave a name there ("The Danube peaked at 3.7
     * feet"): a place or a person the document annotates says which one, not what kind of thing is measured.
     */
    static String measuredThing(DocumentView view, AnnotationRecord a) {
        String measured = a.string("measured");
        if (measured == null) {
            return null;
        }
        for (DocumentView.Entity e : view.entities()) {
            if (e.record() != null && e.record().text() != null && e.record().text().equalsIgnoreCase(measured.strip())) {
                return null;
            }
        }
        return measured;
    }

    static boolean changeNoun(String measured) {
        return measured != null && CHANGE_NOUNS.contains(measured.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a figure follows "by": the size of a change rather than a level ("cut the rate by 31 percent"). */
    static boolean changeBy(DocumentView view, AnnotationRecord a) {
        int at = view.tokenAt(a.begin());
        return at > 0 && view.tokens().get(at - 1).norm().equals("by");
    }

    /** Whether a count is of a workforce: by what it measures, or "people" beside a verb of employing. */
    static boolean workforce(DocumentView view, AnnotationRecord a, List<Synonyms.Concept> measured) {
        Set<String> words = new HashSet<>();
        measured.forEach(c -> words.add(c.key()));
        String m = a.string("measured");
        if (m != null) {
            Tokens.of(m).forEach(t -> words.add(t.norm()));
        }
        int next = view.tokenAt(a.end());
        if (next < view.tokens().size()) {
            words.add(view.tokens().get(next).norm());
        }
        if (words.stream().anyMatch(WORKFORCE_NOUNS::contains)) {
            return true;
        }
        return words.stream().anyMatch(PEOPLE::contains)
                && view.tokenNear(a, EMPLOY_WINDOW, EMPLOY_WINDOW + 1, false,
                        t -> t.norm().startsWith("employ")) != null;
    }

    /** Whether a sum is said to be a transaction: by its {@code measured} or the words just around it in its sentence. */
    static boolean transaction(DocumentView view, AnnotationRecord a) {
        String m = a.string("measured");
        if (m != null) {
            for (Token t : Tokens.of(m)) {
                if (TRANSACTIONS.contains(t.norm())) {
                    return true;
                }
            }
        }
        return view.tokenNear(a, TRANSACTION_BEFORE, TRANSACTION_AFTER, false, t -> TRANSACTIONS.contains(t.norm())) != null;
    }

    /** The outcome word nearest to a figure within a few words of its sentence ("killed 12"), or null. */
    static String outcome(DocumentView view, AnnotationRecord a) {
        int[] sentence = view.sentenceSpan(a.begin(), a.end());
        List<Token> tokens = view.tokens();
        int first = view.tokenAt(a.begin());
        int last = view.tokenAt(a.end());
        // the passive first: "40 were injured", "300 people were evacuated"
        int nouns = 0;
        String text = view.text();
        int prev = a.end();
        for (int t = last; t < Math.min(tokens.size(), last + OUTCOME_WINDOW) && tokens.get(t).end() <= sentence[1]; t++) {
            Token tok = tokens.get(t);
            if (clauseBreak(text, prev, tok.begin())) {
                break; // "kills 31, dozens hurt": the outcome after the comma is another count's
            }
            prev = tok.end();
            String o = OUTCOMES.get(tok.norm());
            if (o != null) {
                return o;
            }
            if (tok.stop() ? !AUXILIARIES.contains(tok.norm()) : ++nouns > 1) {
                break;
            }
        }
        for (int d = 1; d <= OUTCOME_WINDOW; d++) {
            for (int t : new int[] {first - d, last + d - 1}) {
                if (t < 0 || t >= tokens.size() || tokens.get(t).begin() < sentence[0] || tokens.get(t).end() > sentence[1]
                        || (t >= last && clauseBreak(text, a.end(), tokens.get(t).begin()))) {
                    continue; // "has reached 27, with 14 others missing": the missing are another count
                }
                String o = OUTCOMES.get(tokens.get(t).norm());
                if (o != null) {
                    return o;
                }
            }
        }
        return reachedBy(view, a, sentence);
    }

    /** Verbs by which a tally arrives at its figure: "the number of people killed has reached 27". */
    private static final Set<String> REACHING = Set.of("reached", "reach", "reaches", "rose", "risen", "rises",
            "climbed", "climbs", "stood", "stands", "hit", "hits", "totalled", "totaled", "totals");
    private static final int SUBJECT_WINDOW = 12;

    /**
     * The outcome of a tally told as its subject before a verb of reaching ("the number of people killed in
     * the floods has reached 31", "those evacuated rose to 4,000"), within the figure's clause; null if none.
     */
    private static String reachedBy(DocumentView view, AnnotationRecord a, int[] sentence) {
        List<Token> tokens = view.tokens();
        int t = view.tokenAt(a.begin()) - 1;
        if (t >= 0 && (tokens.get(t).norm().equals("to") || tokens.get(t).norm().equals("at"))) {
            t--;
        }
        if (t < 0 || !REACHING.contains(tokens.get(t).norm())) {
            return null;
        }
        String text = view.text();
        for (int k = t - 1, seen = 0; k >= 0 && seen < SUBJECT_WINDOW; k--, seen++) {
            Token tok = tokens.get(k);
            if (tok.begin() < sentence[0] || clauseBreak(text, tok.end(), tokens.get(k + 1).begin())) {
                return null;
            }
            String o = OUTCOMES.get(tok.norm());
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private static boolean clauseBreak(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (",;:()\u2013\u2014".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern YEAR_OLD = Pattern.compile(
            "(?i)\\d+(?:[- ]years?)?[- ]old$|^\\d+[- ]years?[- ]old");
    /** Past this a bare number set off by commas after a word is not taken for an age. */
    private static final int OLDEST = 120;

    /**
     * The age in years a figure states, or null when it states none: {@code a 47-year-old driver},
     * {@code aged 42}, {@code the driver, 42, survived}. Reports give a person's age in these forms and often
     * disagree about it; as a duration or a bare count it would not be compared with the others.
     */
    static Double age(DocumentView view, AnnotationRecord a) {
        if (!(a.attributes().get("value") instanceof Number n)) {
            return null;
        }
        double years = n.doubleValue();
        if (YEAR_OLD.matcher(a.text().strip()).find() && a.text().toLowerCase(Locale.ROOT).contains("old")) {
            return years;
        }
        if (!"count".equals(a.string("kind")) || years <= 0 || years > OLDEST || years != Math.rint(years)) {
            return null;
        }
        List<Token> tokens = view.tokens();
        int at = view.tokenAt(a.begin());
        if (at > 0 && (tokens.get(at - 1).norm().equals("aged") || tokens.get(at - 1).norm().equals("age"))) {
            return years;
        }
        String text = view.text();
        int before = a.begin() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = a.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        boolean setOff = before > 0 && text.charAt(before) == ',' && after < text.length()
                && (text.charAt(after) == ',' || text.charAt(after) == ')')
                && Character.isLetter(text.charAt(before - 1));
        return setOff && a.string("measured") == null ? years : null;
    }

    /** What may stand between a name and its age: "X, 23", "X (23)", "X, aged 23", "X, a/the 23-year-old". */
    private static final Pattern NAME_THEN_AGE = Pattern.compile("\\s*[,(]?\\s*(?:aged\\s+|an?\\s+|the\\s+)?");

    /**
     * The person (as {@code p:} feature) an age describes: the name right before it ("X, aged 23", "X (23)"), or,
     * for "The 22-year-old" opening a sentence, the first person named in the sentence before (its subject, as a
     * rule: "X won, ahead of Y. The 22-year-old ..."); null when none. An
     * age belongs to its person, so two reports' ages of one person are one quantity whatever the words around.
     */
    static String agedPerson(DocumentView view, AnnotationRecord a) {
        String text = view.text();
        int[] sentence = view.sentenceSpan(a.begin(), a.end());
        for (DocumentView.Entity e : view.entities()) {
            if (e.feature().startsWith(DocumentView.PERSON) && e.end() <= a.begin() && e.begin() >= sentence[0]
                    && NAME_THEN_AGE.matcher(text.substring(e.end(), a.begin())).matches()) {
                return e.feature();
            }
        }
        if (sentence[0] == 0 || !text.substring(sentence[0], a.begin()).strip().equalsIgnoreCase("the")) {
            return null;
        }
        int[] before = view.sentenceSpan(sentence[0] - 1, sentence[0]);
        for (DocumentView.Entity e : view.entities()) {
            if (e.feature().startsWith(DocumentView.PERSON) && e.begin() >= before[0] && e.end() <= before[1]) {
                return e.feature();
            }
        }
        return null;
    }
}
