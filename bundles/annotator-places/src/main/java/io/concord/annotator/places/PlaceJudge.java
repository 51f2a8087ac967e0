package io.concord.annotator.places;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.CalendarWords;
import io.concord.language.ReportingVerbs;

/**
 * Decides whether a candidate is a place here, and with which kind and confidence. The kind comes from the
 * administrative words around the name; then named rules, in order, reject the candidate or leave it
 * unconfirmed (a place only if the text uses it as one elsewhere); the first that applies decides. Holds
 * the rules only, no per-document state.
 */
final class PlaceJudge {

    /** Words after a place that keep it a place: titles ({@code US President}) rather than a longer name. */
    private static final Set<String> TITLES_AFTER = Set.of("President", "Presidents", "Prime", "Minister", "Ministers",
            "Foreign", "Defence", "Defense", "Secretary", "Governor", "Governors", "Mayor", "Ambassador", "Envoy",
            "Senator", "Senators", "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Chancellor",
            "King", "Queen", "Prince", "Princess", "Crown", "Emperor", "Leader", "Leaders", "Chief", "Commander",
            "General", "Gen", "Admiral", "Vice", "Deputy", "Attorney", "Speaker", "Premier", "Special",
            "Finance", "Interior", "Trade", "Energy", "Health", "Economy", "Officials", "Official", "Lawmakers",
            "Republican", "Republicans", "Democrat", "Democrats", "Lawmaker", "Legislator");

    private static final Set<String> RESIDENT_ARTICLES = Set.of("a", "an", "A", "An");
    /** Nouns of a person after a place of residence: {@code a Swindon woman}. */
    private static final Set<String> RESIDENT_NOUNS = Set.of("man", "woman", "men", "women", "resident", "couple",
            "family", "teenager", "boy", "girl", "mother", "father", "pensioner", "grandmother", "grandfather", "native");

    /** Initials before a surname: {@code M.N.}, {@code J.} */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");

    /** Verbs of a match report: a city before one is its team ({@code Liverpool beat Chelsea}). */
    private static final Set<String> RESULT_VERBS = Set.of("beat", "beats", "drew", "draw", "edged", "thrashed",
            "defeated", "trounced", "hammered", "routed", "crushed", "outclassed", "eliminated", "knocked");

    /** Lower-case particles of surnames: {@code da Rocha}, {@code van Gent}, {@code ap Rhys}. */
    private static final Set<String> SURNAME_PARTICLES = Set.of("da", "de", "do", "dos", "das", "di", "du", "del",
            "della", "van", "von", "der", "den", "ter", "ten", "ap", "bin", "ibn");

    /** Lower-case words after a place's possessive that show a polity: {@code Victoria’s premier}. */
    private static final Set<String> POLITY_AFTER_POSSESSIVE = Set.of("premier", "president", "prime", "government",
            "governor", "king", "queen", "emir", "capital", "economy", "foreign", "parliament", "army", "military",
            "police", "people", "border", "borders", "largest", "biggest", "second-largest", "state", "health",
            "energy", "ministry", "minister", "interior", "coast", "north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "mayor", "legislature", "population", "election",
            "elections", "cabinet", "opposition", "leader", "leaders", "officials", "authorities");

    /** Prepositions that mark a location: they let a name that is also a word or a person's name count. */
    private static final Set<String> LOCATIVE = Set.of("in", "from", "to", "near", "at", "outside", "across",
            "towards", "toward", "into", "around", "of", "via", "throughout", "within", "inside", "visit", "visited",
            "visiting", "reached", "left", "between", "In", "From", "To", "Near", "At", "Outside", "Across", "Inside");

    /** The verdict on a candidate: {@code unconfirmed} when it counts only if the text uses it as a place elsewhere. */
    record Judged(Match match, boolean unconfirmed) {}

    /**
     * What the rules read about one candidate: its first and last token, the tokens right before and after it
     * in the same phrase (null otherwise), its kind here and whether a locative word marks it as a place.
     */
    private record Context(String text, List<Token> tokens, Candidate candidate, Token first, Token before,
            Token after, boolean headline, int previousMatchEnd, String kind, boolean locative) {

        Gazetteer.Entry entry() {
            return candidate.entry();
        }

        /** A capitalised word or a person's initials ({@code of Police M.N. Rao}) right after the name. */
        boolean capitalisedWordAfter() {
            return after != null && after.capitalised()
                    && (after.kind() == Kind.WORD || after.kind() == Kind.ABBREVIATION && INITIALS.matcher(after.text()).matches());
        }

        /** A personal name that is also the name of a city below a million people ({@code Victoria}). */
        boolean smallCityPersonalName() {
            return entry().personalName() && "city".equals(kind) && entry().population() < 1_000_000;
        }
    }

    /** What a rule does to a candidate it applies to. */
    private enum Outcome { REJECT, UNCONFIRMED }

    /** A named rule: the first in the list that applies to a candidate decides its {@code outcome}. */
    private record Rule(String name, Outcome outcome, Predicate<Context> applies) {}

    private final GazetteerMatcher matcher;
    private final List<Rule> rules;

    PlaceJudge(GazetteerMatcher matcher) {
        this.matcher = matcher;
        this.rules = rules();
    }

    /** The rules in the order they are tried. */
    private List<Rule> rules() {
        return List.of(
                // "in March", "at the University of Oxford"
                new Rule("month or organisation head alone", Outcome.REJECT,
                        s -> s.candidate().first() == s.candidate().last() && (CalendarWords.isMonth(s.first().text())
                                || OrganisationNames.HEADS.contains(s.first().text()))),
                // "Liverpool beat Chelsea": the club
                new Rule("city before a result verb", Outcome.REJECT, s -> "city".equals(s.entry().kind())
                        && s.after() != null && RESULT_VERBS.contains(s.after().text())),
                // "Kyiv Post", "Africa Digital News", "Moscow State University"
                // also after an administrative word: "Devon County Council", "Punjab State Power Corporation"
                new Rule("organisation name after", Outcome.REJECT, s -> s.capitalisedWordAfter()
                        && OrganisationNames.follows(s.text(), s.tokens(), s.candidate().last()
                                + (PlaceWords.ADMIN_AFTER.contains(s.after().text()) ? 2 : 1))),
                // "the Kerry-Limerick Institute": the first of two places joined into an organisation's name
                new Rule("hyphenated organisation name after", Outcome.REJECT, PlaceJudge::hyphenedOrganisation),
                // part of a longer name: "Washington Post", "Paris Hilton", "Manchester United"
                new Rule("longer name after", Outcome.REJECT, s -> s.capitalisedWordAfter()
                        && !PlaceWords.ADMIN_AFTER.contains(s.after().text()) && !s.headline()
                        && !TITLES_AFTER.contains(s.after().text()) && !PlaceWords.LOCAL_OFFICERS.contains(s.after().text())
                        && !placeAfter(s)
                        && !regionNamedAfter(s.tokens(), s.candidate().last() + 1)),
                // "Lloyd Austin", "Marco Rubio", "Real Madrid"
                new Rule("capitalised word before", Outcome.REJECT, PlaceJudge::capitalisedWordBefore),
                // "Mateus Costa da Rocha", "Pieter van Gent": a surname after its particle
                new Rule("surname after a particle", Outcome.REJECT, PlaceJudge::surnameAfterParticle),
                new Rule("inside an organisation name", Outcome.REJECT,
                        s -> OrganisationNames.inside(s.tokens(), s.candidate().first())),
                // 'the song "Midnight In Paris"': the title of a work
                new Rule("inside a quoted title", Outcome.REJECT, s -> !s.headline()
                        && QuotedTitles.inside(s.text(), s.tokens(), s.candidate().first(), s.candidate().last())),
                // "Anna Holden-Jordan said": half of a person's name
                new Rule("half of a hyphenated personal name", Outcome.REJECT, s -> HyphenatedNames.half(s.text(),
                        s.tokens(), s.candidate().first(), s.candidate().last(), matcher)),
                // "Nice", "Mobile", "Date": only "in Nice"
                new Rule("everyday word without a locative", Outcome.UNCONFIRMED,
                        s -> s.entry().commonWord() && !s.locative()),
                // "Clare said": a person, not the Irish county
                new Rule("region named like a person before a verb of speech", Outcome.REJECT,
                        s -> s.entry().personalName() && "region".equals(s.entry().kind()) && speechVerbAfter(s)
                                && !s.locative()),
                // "Rubio said", but not "officials in Eden said"
                new Rule("city named like a person before a verb of speech", Outcome.REJECT,
                        s -> s.smallCityPersonalName() && speechVerbAfter(s) && !s.locative()),
                // "Victoria" as a first name, unless the text confirms the place
                new Rule("city named like a person without a locative", Outcome.UNCONFIRMED,
                        s -> s.smallCityPersonalName() && !s.locative()));
    }

    /** The verdict on a candidate, or null when it is no place here. */
    Judged judge(String text, List<Token> tokens, Candidate c, boolean headline, int previousMatchEnd) {
        Context s = context(text, tokens, c, headline, previousMatchEnd);
        Gazetteer.Entry e = c.entry();
        double confidence = baseConfidence(e);
        Match match = new Match(s.first().begin(), tokens.get(c.last()).end(), e.canonical(), s.kind(), confidence);
        for (Rule rule : rules) {
            if (rule.applies().test(s)) {
                return rule.outcome() == Outcome.REJECT ? null : new Judged(match, true);
            }
        }
        if (s.smallCityPersonalName()) {
            // a personal name after a locative word: a place, with less confidence
            match = new Match(s.first().begin(), tokens.get(c.last()).end(), e.canonical(), s.kind(), confidence - 0.1);
        }
        return new Judged(match, false);
    }

    private Context context(String text, List<Token> tokens, Candidate c, boolean headline, int previousMatchEnd) {
        Token first = tokens.get(c.first());
        Token last = tokens.get(c.last());
        Token before = c.first() > 0 && Tokens.adjacent(text, tokens.get(c.first() - 1), first)
                ? tokens.get(c.first() - 1) : null;
        Token after = c.last() + 1 < tokens.size() && Tokens.adjacent(text, last, tokens.get(c.last() + 1))
                ? tokens.get(c.last() + 1) : null;
        if (last.text().endsWith(".") && !(c.first() == c.last() - 1 && first.kind() == Kind.ABBREVIATION)) {
            after = null; // "... and the U.S. While ...": the abbreviation's full stop ends the sentence
        }
        PlaceCues.Cue cue = PlaceCues.before(tokens, c.first());
        if (cue == null) {
            cue = PlaceCues.after(tokens, c.last());
        }
        boolean locative = locativeBefore(text, tokens, c.first(), c.last()) || polityPossessive(tokens, c.last())
                || cue != null || residentOf(tokens, c);
        String kind = kind(tokens, c, after);
        if (cue == PlaceCues.Cue.DIVISION && !"country".equals(kind)) {
            kind = "region"; // "the state of Rio de Janeiro"
        }
        return new Context(text, tokens, c, first, before, after, headline, previousMatchEnd, kind, locative);
    }

    /**
     * The kind here: the gazetteer's, or a region when an administrative word follows ({@code Kursk region},
     * {@code the Samara and Volgograd regions}); a country stays a country.
     */
    private static String kind(List<Token> tokens, Candidate c, Token after) {
        String kind = c.entry().kind();
        if (after != null && after.capitalised() && after.kind() == Kind.WORD) {
            if (PlaceWords.ADMIN_AFTER.contains(after.text())) {
                kind = "country".equals(kind) ? kind : "region";
            }
        } else if (after != null && (PlaceWords.ADMIN_AFTER.contains(after.text()) || PlaceWords.ADMIN_PLURAL.contains(after.text()))
                && !"country".equals(kind)) {
            kind = "region";
        } else if (!"country".equals(kind) && pluralAdminAhead(tokens, c.last())) {
            kind = "region"; // "the Samara and Volgograd regions"
        }
        return kind;
    }

    /** A capitalised word right before the name that makes it part of a longer name. */
    private static boolean capitalisedWordBefore(Context s) {
        Token before = s.before();
        int first = s.candidate().first();
        return before != null && before.capitalised() && before.kind() == Kind.WORD && !s.headline()
                && !PlaceWords.FREE_BEFORE.contains(before.text()) && first - 1 != s.previousMatchEnd()
                && !(Tokens.sentenceStart(s.text(), s.tokens(), first - 1) && participleOrAdverb(before.text()));
    }

    /**
     * A particle of a surname between a capitalised word and the name, and no place ending right before it: a
     * place's own connector ({@code San Martín de los Andes}) follows the place, a surname's follows a given name.
     */
    private static boolean surnameAfterParticle(Context s) {
        int p = s.candidate().first() - 1;
        if (p < 1 || !SURNAME_PARTICLES.contains(s.tokens().get(p).text()) || p - 1 == s.previousMatchEnd()) {
            return false;
        }
        Token given = s.tokens().get(p - 1);
        return given.capitalised() && given.kind() == Kind.WORD && !PlaceWords.FREE_BEFORE.contains(given.text())
                && Tokens.adjacent(s.text(), given, s.tokens().get(p));
    }

    /** A hyphen right after the name, then capitalised words that hold an organisation's head. */
    private static boolean hyphenedOrganisation(Context s) {
        int dash = s.candidate().last() + 1;
        List<Token> tokens = s.tokens();
        return dash + 1 < tokens.size() && tokens.get(dash).is("-")
                && tokens.get(dash).begin() == tokens.get(dash - 1).end()
                && tokens.get(dash + 1).begin() == tokens.get(dash).end() && tokens.get(dash + 1).capitalised()
                && OrganisationNames.follows(s.text(), tokens, dash + 1);
    }

    private static boolean speechVerbAfter(Context s) {
        return s.after() != null && ReportingVerbs.isSpeechVerb(s.after().text());
    }

    /** {@code Victoria’s premier}, {@code Jordan's king}: the possessive of a polity. */
    private static boolean polityPossessive(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 2 >= tokens.size() || !(tokens.get(k).is("’") || tokens.get(k).is("'")) || !tokens.get(k + 1).is("s")) {
            return false;
        }
        return POLITY_AFTER_POSSESSIVE.contains(tokens.get(k + 2).text());
    }

    /** {@code Samara and Volgograd regions}: names joined by "and" or commas, then a plural administrative word. */
    private static boolean pluralAdminAhead(List<Token> tokens, int last) {
        for (int k = last + 1; k < tokens.size() && k <= last + 6; k++) {
            Token t = tokens.get(k);
            if (PlaceWords.ADMIN_PLURAL.contains(t.text())) {
                return k > last + 1;
            }
            if (!t.is("and") && !t.is(",") && !t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** A sentence-opening word that is no part of a name: {@code Neighbouring}, {@code Reportedly}. */
    private static boolean participleOrAdverb(String w) {
        return w.length() > 5 && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly"));
    }

    /**
     * A place begins right after the candidate ({@code US Ukraine talks}), so the two are no longer name together;
     * but a place named like a word or a person inside a run of capitalised words is a part of that run
     * ({@code Trịnh Văn Quang}, where {@code Văn} reads as the town Van).
     */
    private boolean placeAfter(Context s) {
        Candidate next = matcher.longestName(s.text(), s.tokens(), s.candidate().last() + 1);
        if (next == null || next.entry().blocked()) {
            return false;
        }
        int after = next.last() + 1;
        boolean runGoesOn = after < s.tokens().size() && s.tokens().get(after).capitalised()
                && s.tokens().get(after).kind() == Kind.WORD
                && Tokens.adjacent(s.text(), s.tokens().get(next.last()), s.tokens().get(after));
        return !runGoesOn || !next.entry().commonWord() && !next.entry().personalName();
    }

    /**
     * {@code the NSW Wollemi region}: a state before the name of one of its regions, which a lower-case division
     * word ends; the state is no part of a longer name.
     */
    private static boolean regionNamedAfter(List<Token> tokens, int k) {
        for (int j = k; j < tokens.size() && j < k + 3; j++) {
            Token t = tokens.get(j);
            if (!t.capitalised()) {
                return j > k && PlaceWords.ADMIN_AFTER.contains(t.text()) && Character.isLowerCase(t.text().charAt(0));
            }
        }
        return false;
    }

    /**
     * {@code a Swindon woman}, {@code a Croydon man}: news names where a person lives between the article and the
     * noun of the person, so even a name that is also a word is the place there.
     */
    private static boolean residentOf(List<Token> tokens, Candidate c) {
        int before = c.first() - 1;
        int after = c.last() + 1;
        return before >= 0 && after < tokens.size() && RESIDENT_ARTICLES.contains(tokens.get(before).text())
                && RESIDENT_NOUNS.contains(tokens.get(after).text());
    }

    /** A locative word before the name, or before the list it ends or continues ({@code in Elba and Opp}). */
    private static boolean locativeBefore(String text, List<Token> tokens, int first, int last) {
        int k = Coordination.before(text, tokens, first, last);
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k >= 0 && LOCATIVE.contains(tokens.get(k).text());
    }

    /** The confidence of a gazetteer entry by kind and population, before the context changes it. */
    static double baseConfidence(Gazetteer.Entry e) {
        switch (e.kind()) {
            case "country":
            case "continent":
                return 0.95;
            case "water":
            case "region":
                return e.population() < 0 && e.name().equals(e.canonical()) ? 0.85 : 0.8;
            default:
                if (e.population() < 0 || e.population() >= 1_000_000) {
                    return 0.9;
                }
                return e.population() >= 100_000 ? 0.85 : 0.75;
        }
    }
}
