package io.concord.annotator.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import io.concord.annotator.people.Tokens.Kind;
import io.concord.annotator.people.Tokens.Token;
import io.concord.language.Countries;
import io.concord.language.PlaceNouns;

/**
 * Decides whether a candidate is a person. The score is the sum of named evidence rules with weights (the
 * shape of the name, an honorific, a role, a verb of speech for; an article, a firm or a longer name
 * against); the verdict then applies a threshold and a few exceptions that override it. Holds the rules
 * only, no per-document state.
 */
final class PersonJudge {

    /** Prepositions of place: a single word right after one is a place more often than a person ({@code in Tiwi}). */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "across", "throughout",
            "around");
    /** Nouns after {@code the} and a surname that name that person's government ({@code the Trump administration}). */
    private static final Set<String> GOVERNMENT_OF = Set.of("administration", "presidency", "White");
    /** Nouns of the stock market around a company name: {@code shares of X}, {@code X stock}. */
    private static final Set<String> MARKET_NOUNS = Set.of("shares", "Shares", "stock", "stocks", "bonds");
    /**
     * Lower-case nouns of organisations that news writes right before a body's name ({@code shipping group X},
     * {@code bus operator X}, {@code the newspaper X}); nouns that also name a person's trade ({@code miner},
     * {@code developer}) are left out.
     */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "group", "operator", "carrier",
            "airline", "insurer", "lender", "retailer", "maker", "drugmaker", "carmaker", "automaker", "chipmaker",
            "conglomerate", "broadcaster", "newspaper", "daily", "tabloid", "utility", "bank", "startup", "start-up",
            "manufacturer", "producer", "co-operative", "cooperative", "charity", "haulier", "shipper", "brewer",
            "house", "publisher", "studio", "exporter", "importer", "supplier", "distributor", "consultancy");
    /** Verbs whose object is a body, never a person: {@code she founded X}, {@code the group acquired X}. */
    private static final Set<String> FOUNDING_VERBS = Set.of("founded", "co-founded", "cofounded", "incorporated");
    /** Compass directions: {@code 75 km east of X} places X. */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");
    /** Adjectives of a province's or town's own administration: {@code X's provincial budget} names a place. */
    private static final Set<String> ADMINISTRATIVE = Set.of("provincial", "municipal", "prefectural");
    /** Romance and German articles: a capitalised one opens a club, league or place name ({@code La Liga}). */
    private static final Set<String> FOREIGN_ARTICLES = Set.of("La", "Las", "Los", "El", "Il", "Les", "Die", "Das");
    /** Endings typical of surnames in international news (Slavic, Baltic, Georgian, Armenian, Romanian, ...). */
    private static final Pattern SURNAME_SHAPE = Pattern.compile(
            ".{2,}(ov|ova|ev|eva|yov|in|ina|sky|skyy|skyi|skiy|ski|ska|enko|chuk|yuk|ych|vich|wicz|czyk|shvili|dze|ian|yan|escu|oglu|off|ovic|ović|ić)");

    /**
     * What the rules read about one candidate: its first word and that word's lexicon tags, the tokens right
     * before and after it (null at the text's ends), and the role the text gives it, before or after.
     */
    private record Context(String text, List<Token> tokens, Candidate candidate, Token first, int firstTags,
            boolean strongGiven, boolean eastAsian, Token before, Token after, String role, boolean roleBefore) {

        boolean multiWord() {
            return candidate.nameTokens >= 2;
        }

        boolean firstTagged(int tag) {
            return (firstTags & tag) != 0;
        }

        /** Whether the token before the name stands right before it, apart by spaces only. */
        boolean adjacentBefore() {
            return Tokens.adjacent(text, before, first);
        }
    }

    /**
     * A named rule of evidence: adds {@code weight} to the score for every time it {@code counts} (once or not
     * at all for all rules but the count of name-like words).
     */
    private record Evidence(String name, int weight, ToIntFunction<Context> counts) {

        static Evidence when(String name, int weight, Predicate<Context> applies) {
            return new Evidence(name, weight, s -> applies.test(s) ? 1 : 0);
        }
    }

    private final NameLexicon lexicon;
    private final NameWords words;
    private final Roles roles;
    private final List<Evidence> evidence;
    private final ListNeighbours lists;

    PersonJudge(NameLexicon lexicon, NameWords words, Roles roles) {
        this.lexicon = lexicon;
        this.words = words;
        this.roles = roles;
        this.evidence = evidence();
        this.lists = new ListNeighbours(lexicon);
    }

    /**
     * The rules in the order they are summed. The four on how a name opens exclude each other, as do the two
     * on an everyday word alone and the two on a role before the name.
     */
    private List<Evidence> evidence() {
        return List.of(
                // a name of two or more words: how it opens ("Moon Jae-in": surname and hyphenated given name,
                // whatever else the surname means in English), then each name-like word after the first
                Evidence.when("east Asian family name first", 2, s -> s.multiWord() && s.eastAsian()),
                Evidence.when("clear given name first", 2, s -> s.multiWord() && !s.eastAsian() && s.strongGiven()),
                Evidence.when("given name first", 1, s -> s.multiWord() && !s.eastAsian() && !s.strongGiven()
                        && s.firstTagged(NameLexicon.GIVEN)),
                // "Base Andrews": an everyday word does not open a name
                Evidence.when("everyday word first", -2, s -> s.multiWord() && !s.eastAsian() && !s.strongGiven()
                        && !s.firstTagged(NameLexicon.GIVEN) && s.firstTagged(NameLexicon.WORD)),
                new Evidence("name-like word after the first", 1, s -> s.multiWord() ? laterNameWords(s) : 0),
                // "Ilvane Torquesa": two name-like words that are nothing else
                Evidence.when("only unknown words", 1, s -> s.multiWord() && allUnknown(s)),
                // "Ágnes Kovács": letters English does not write, in a word known as nothing but a name, mark a
                // name of another language, whose given name the lexicon is least likely to know; not after a
                // preposition of place, where such names are of towns and provinces more often than of people
                Evidence.when("name letters of another language", 1, s -> s.multiWord() && otherLanguageLetters(s)
                        && !(s.before() != null && LOCATIVES.contains(s.before().text()))),
                // a single word
                Evidence.when("clear given name alone", 1, s -> !s.multiWord() && s.strongGiven()),
                Evidence.when("surname alone", 1, s -> !s.multiWord() && (s.firstTagged(NameLexicon.SURNAME)
                        || s.firstTags() == 0 && SURNAME_SHAPE.matcher(s.first().text()).matches())),
                Evidence.when("everyday word opening a sentence", -3, s -> !s.multiWord()
                        && s.firstTagged(NameLexicon.WORD) && s.first().sentenceStart()),
                Evidence.when("everyday word in mid-sentence", -1, s -> !s.multiWord()
                        && s.firstTagged(NameLexicon.WORD) && !s.first().sentenceStart()),
                Evidence.when("place name alone", -2, s -> !s.multiWord() && s.firstTagged(NameLexicon.PLACE)),
                // the context
                Evidence.when("honorific before", 3, s -> s.before() != null
                        && FormsOfAddress.is(s.before().text()) && s.adjacentBefore()),
                Evidence.when("role with a title word right before", 3, s -> s.roleBefore()
                        && s.adjacentBefore() && Roles.isRoleWord(s.before())),
                Evidence.when("role before", 2, s -> s.roleBefore()
                        && !(s.adjacentBefore() && Roles.isRoleWord(s.before()))),
                Evidence.when("role after", 2, s -> s.role() != null && !s.roleBefore()),
                // "Joint Base Andrews": the end of a longer capitalised name
                Evidence.when("capitalised everyday word before", -2, this::endOfLongerName),
                // "uses only one name, Velikko": news says so of people known by a single name
                Evidence.when("single name stated before", 4, s -> !s.multiWord() && singleNameBefore(s)),
                // "Kwesinho, 31, scored twice": news gives people, not places or firms, an age in apposition
                Evidence.when("age in apposition", 2, s -> Appositions.age(s.tokens(), s.candidate().last)),
                // "Dragica, his wife of 50 years": a kin word or role tied to another person
                Evidence.when("possessive role in apposition", 2, s -> s.role() == null
                        && Appositions.possessiveRole(s.tokens(), s.candidate().last)),
                // "X, who ...", "X, the engineer who ...": a relative clause English keeps for people
                Evidence.when("personal relative clause after", 1,
                        s -> Appositions.personalClause(s.tokens(), s.candidate().last)),
                Evidence.when("reporting verb after", 1, s -> SpeechCues.reportingVerbAfter(s.tokens(), s.candidate().last)
                        || SpeechCues.describedThenReporting(s.tokens(), s.candidate().last)),
                // "the Marshall plan"
                Evidence.when("article before", -3, s -> s.before() != null
                        && NameWords.ARTICLES.contains(s.before().text())),
                // "Carnegie Endowment", "Kennedy Center"
                Evidence.when("organisation head after", -3, s -> s.after() != null
                        && FirmWords.HEADS.contains(s.after().text())
                        && Tokens.adjacent(s.text(), s.tokens().get(s.candidate().last), s.after())),
                // "Johnson & Johnson", "Larsen & Toubro": a firm
                Evidence.when("ampersand beside", -5, s -> s.after() != null && s.after().is("&")
                        || s.before() != null && s.before().is("&")),
                // "shares of Exxon Mobil", "Nucor shares": a listed company
                Evidence.when("stock market noun beside", -5, s -> s.before() != null && s.before().is("of")
                        && s.candidate().first >= 2 && MARKET_NOUNS.contains(s.tokens().get(s.candidate().first - 2).text())
                        || s.after() != null && MARKET_NOUNS.contains(s.after().text())),
                // "Kenya Airways", "Metro Fire", "Shannon Group": the end of a company or agency name
                Evidence.when("organisation word last", -5, s -> s.multiWord()
                        && FirmWords.ENDINGS.contains(s.tokens().get(s.candidate().last).text())),
                // "Garuda Indonesia": a country name that is no personal name ends a company name
                Evidence.when("country name last", -5, s -> s.multiWord() && countryLast(s)),
                // "officials in Tiwi said": a single word after a preposition of place, not a possessive
                Evidence.when("preposition of place before", -2, s -> !s.multiWord() && s.before() != null
                        && LOCATIVES.contains(s.before().text()) && !possessiveAfter(s)),
                // "in Nowe Miasto", "near Ban Khok": a name of words no lexicon gives a person, after a preposition
                // of place, is a town's more often than a person's
                Evidence.when("preposition of place before a name", -2, s -> s.multiWord() && s.before() != null
                        && LOCATIVES.contains(s.before().text()) && !s.firstTagged(NameLexicon.GIVEN)
                        && s.role() == null && !possessiveAfter(s)),
                // "the British Heart Foundation", "the American Legion": a demonym after an article opens a body's name
                Evidence.when("article and demonym before", -3, s -> s.role() == null && s.candidate().first >= 2
                        && s.adjacentBefore() && lexicon.has(s.before().text(), NameLexicon.DEMONYM)
                        && NameWords.ARTICLES.contains(s.tokens().get(s.candidate().first - 2).text())),
                // "an economist at Halden Brooks": a name after a person's role and "at" is the employer
                Evidence.when("employer after a role", -3, s -> s.before() != null && s.before().is("at")
                        && s.candidate().first >= 2 && Roles.HEADS.contains(s.tokens().get(s.candidate().first - 2).text())
                        && !possessiveAfter(s)),
                // "shipping group Nordhavn Line said", "the newspaper Vecernji Glas": a body named after its kind
                Evidence.when("organisation noun before", -5, s -> s.before() != null && s.adjacentBefore()
                        && (ORGANISATION_NOUNS.contains(s.before().text()) || s.before().text().endsWith("-maker"))),
                // "she founded Dravinska Kovina": what is founded is a body
                Evidence.when("founded before", -5, s -> s.before() != null && s.adjacentBefore()
                        && FOUNDING_VERBS.contains(s.before().text())),
                // "villagers from X", "residents of X": people live in places, not in people
                Evidence.when("residents of before", -5, s -> s.before() != null
                        && (s.before().is("of") || s.before().is("from")) && s.candidate().first >= 2
                        && residents(s.tokens().get(s.candidate().first - 2).text())
                        && !possessiveAfter(s)),
                // "75 km east of X": a place
                Evidence.when("direction of before", -5, s -> s.before() != null && s.before().is("of")
                        && s.candidate().first >= 2
                        && DIRECTIONS.contains(s.tokens().get(s.candidate().first - 2).text().toLowerCase(Locale.ROOT))),
                // "Kon Brai's provincial budget": a possessive before the adjective of a province's administration
                Evidence.when("possessive before an administration", -3, s -> possessiveAfter(s)
                        && s.candidate().last + 2 < s.tokens().size()
                        && ADMINISTRATIVE.contains(s.tokens().get(s.candidate().last + 2).text())),
                // "Vellacorte, a family-owned roaster from Parma"
                Evidence.when("firm in apposition", -5, s -> Appositions.firm(s.tokens(), s.candidate().last)),
                // "Bauan, a municipality on the coast"
                Evidence.when("settlement in apposition", -5, s -> Appositions.settlement(s.tokens(), s.candidate().last)),
                // "La Liga", "Los Alamos"
                Evidence.when("foreign article first", -3, s -> FOREIGN_ARTICLES.contains(s.first().text())
                        && s.candidate().nameTokens >= 2 && s.role() == null
                        && !(s.before() != null && FormsOfAddress.is(s.before().text()))));
    }

    /** Scores a candidate and gives it its role and verdict. */
    void judge(String text, List<Token> tokens, Candidate c) {
        Context s = context(text, tokens, c);
        if (s.roleBefore()) {
            c.listRole = s.before() != null && (s.before().is("including") || s.before().is("like") || s.before().is("as"));
        }
        int score = 0;
        for (Evidence e : evidence) {
            score += e.weight() * e.counts().applyAsInt(s);
        }
        verdict(s, score);
    }

    private Context context(String text, List<Token> tokens, Candidate c) {
        Token first = tokens.get(c.first);
        boolean eastAsian = c.last == c.first + 1 && words.eastAsianSurname(first)
                && words.eastAsianGivenName(tokens.get(c.last));
        Token before = c.first > 0 ? tokens.get(c.first - 1) : null;
        Token after = c.last + 1 < tokens.size() ? tokens.get(c.last + 1) : null;
        boolean closedApposition = c.last + 1 < tokens.size() && tokens.get(c.last + 1).is(",");
        String role = roles.before(text, tokens, c.first, closedApposition);
        boolean roleBefore = role != null;
        if (role == null) {
            role = roles.after(text, tokens, c.last);
        }
        return new Context(text, tokens, c, first, lexicon.tags(first.text()), words.strongGiven(first), eastAsian,
                before, after, role, roleBefore);
    }

    /**
     * The verdict: a score of 2 or more makes a person, then exceptions override it in this order. Kept as
     * plain code: each step reads and overwrites what the one before decided.
     */
    private void verdict(Context s, int score) {
        String text = s.text();
        List<Token> tokens = s.tokens();
        Candidate c = s.candidate();
        Token first = s.first();
        Token before = s.before();
        Token after = s.after();
        Token lastToken = tokens.get(c.last);
        boolean government = before != null && before.is("the") && after != null && Tokens.adjacent(text, lastToken, after)
                && GOVERNMENT_OF.contains(after.text()) && c.nameTokens == 1
                && (after.is("White") ? c.last + 2 < tokens.size() && tokens.get(c.last + 2).is("House") : true);
        c.score = score;
        c.role = s.role();
        c.accepted = score >= 2;
        if (!c.accepted && c.nameTokens == 1 && lexicon.tags(first.text()) == 0 && score >= 0
                && SpeechCues.speechVerbAfter(text, tokens, c)) {
            c.accepted = true; // "... after Biden said": a name nothing else explains, before a verb of speech
            c.score = 2;
        }
        if (c.nameTokens == 1 && !words.nameWord(first, false)) {
            // an everyday word ("Trump", "Brown") needs a title or honorific right before it, or a verb of speech
            // after it in mid-sentence ("after Trump said")
            c.accepted = before != null && Tokens.adjacent(text, before, first)
                    && (FormsOfAddress.is(before.text()) || Roles.isRoleWord(before) && s.role() != null)
                    || SpeechCues.speechVerbAfter(text, tokens, c);
            if (after != null && Tokens.adjacent(text, lastToken, after) && Roles.isRoleWord(after)) {
                c.accepted = false; // "Chief Electoral Officer": a word inside a title, before its head
            }
            if (FirmWords.HEADS.contains(first.text()) || FirmWords.ENDINGS.contains(first.text())
                    || lists.joinedToLongerName(tokens, c.first)) {
                c.accepted = false; // "General Hospital", "Ministry of Roads and Highways": the end of a name
            }
        }
        if (government && (lexicon.tags(first.text()) & (NameLexicon.DEMONYM | NameLexicon.ORGANISATION
                | NameLexicon.PLACE | NameLexicon.HOLIDAY)) == 0) {
            c.accepted = true; // "the Trump administration", "the Obama White House"
            c.score = Math.max(c.score, 2);
        }
        if (c.nameTokens >= 2 && lexicon.has(NameKeys.spaced(text.substring(first.begin(), tokens.get(c.last).end())),
                NameLexicon.PLACE | NameLexicon.ORGANISATION)) {
            c.accepted = false; // "Khan Younis", "Al Jazeera", "Goldman Sachs"
            c.score = -9;
        }
        if (lists.listedWithPlaceOrFirm(text, tokens, c)) {
            c.accepted = false; // "in Mendoza and Tupungato", "Kenya Airways and Jambojet": a list of one kind
        }
        if (EnclosingNames.encloses(text, tokens, c)) {
            c.accepted = false; // a road, port or prize named after a person, a division, the rest of "New X"
            c.score = -9;
        }
    }

    private boolean countryLast(Context s) {
        String last = s.tokens().get(s.candidate().last).text();
        if ((lexicon.tags(last) & (NameLexicon.GIVEN | NameLexicon.SURNAME)) != 0) {
            return false; // "Michael Jordan"
        }
        for (Countries.Country c : Countries.all()) {
            if (c.name().equals(last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word names the people of a place ("villagers"), or people as such ("people of X"). */
    private static boolean residents(String word) {
        return PlaceNouns.residents(word) || word.equalsIgnoreCase("people");
    }

    /** Words before "name," that say a person has only that one: {@code one name}, {@code a single name}. */
    private static final Set<String> ONE = Set.of("one", "single");

    /** Whether "(only) one name," or "a single name," stands right before the name. */
    private static boolean singleNameBefore(Context s) {
        int first = s.candidate().first;
        return first >= 3 && s.tokens().get(first - 1).is(",") && s.tokens().get(first - 2).is("name")
                && ONE.contains(s.tokens().get(first - 3).text());
    }

    private static boolean possessiveAfter(Context s) {
        return s.after() != null && (s.after().is("’") || s.after().is("'") || s.after().text().startsWith("’")
                || s.after().text().startsWith("'"));
    }

    /** Words after the first that look like names: surnames, unknown words, given names that are not everyday words. */
    private int laterNameWords(Context s) {
        int n = 0;
        for (int k = s.candidate().first + 1; k <= s.candidate().last; k++) {
            Token t = s.tokens().get(k);
            if (t.kind() != Kind.WORD || NameWords.PARTICLES.contains(t.text()) || NameWords.SUFFIXES.contains(t.text())) {
                continue;
            }
            int tags = lexicon.tags(t.text());
            if ((tags & NameLexicon.SURNAME) != 0 || tags == 0 || (tags & NameLexicon.GIVEN) != 0 && (tags & NameLexicon.WORD) == 0) {
                n++;
            }
        }
        return n;
    }

    /** A word of the name, not a particle, written with letters outside ASCII and known as nothing but a name. */
    private boolean otherLanguageLetters(Context s) {
        for (int k = s.candidate().first; k <= s.candidate().last; k++) {
            Token t = s.tokens().get(k);
            if (t.kind() == Kind.WORD && !NameWords.PARTICLES.contains(t.text()) && words.otherLanguageName(t)) {
                return true;
            }
        }
        return false;
    }

    /** No word of the name is in the lexicon (particles, suffixes and punctuation after the first aside). */
    private boolean allUnknown(Context s) {
        if (s.firstTags() != 0) {
            return false;
        }
        for (int k = s.candidate().first + 1; k <= s.candidate().last; k++) {
            Token t = s.tokens().get(k);
            if (t.kind() != Kind.WORD || NameWords.PARTICLES.contains(t.text()) || NameWords.SUFFIXES.contains(t.text())) {
                continue;
            }
            if (lexicon.tags(t.text()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised everyday word right before a name without a role, in mid-sentence: a longer name ends here. */
    private boolean endOfLongerName(Context s) {
        Token before = s.before();
        return s.role() == null && before != null && s.adjacentBefore() && before.capitalised()
                && !before.sentenceStart() && lexicon.has(before.text(), NameLexicon.WORD)
                && !lexicon.has(before.text(), NameLexicon.DEMONYM | NameLexicon.PLACE | NameLexicon.GIVEN)
                && !FormsOfAddress.is(before.text());
    }
}
