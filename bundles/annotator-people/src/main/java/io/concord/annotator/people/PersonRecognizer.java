package io.concord.annotator.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.concord.annotator.people.Tokens.Kind;
import io.concord.annotator.people.Tokens.Token;
import io.concord.api.text.Segmentation;
import io.concord.api.text.TitleCaseLines;
import io.concord.language.CalendarWords;
import io.concord.language.ReportingVerbs;
import io.concord.language.TextKeys;

/**
 * Finds mentions of people in English news text with rules and a lexicon, no statistical model.
 *
 * <p>Capitalised words are grouped into candidate names; words that are titles, places, demonyms,
 * organisations, months or everyday words split the groups. A candidate becomes a person on enough
 * evidence: a given name first, an unknown (name-like) second word, a title before it, an appositive role
 * after it, an honorific, a reporting verb after it, a surname-like ending. A second pass over the document
 * accepts surnames and given names alone that a confirmed full name explains, and gives every mention the
 * fullest form of its name in the document as canonical name. Thread-safe; no per-document state.
 */
public final class PersonRecognizer {

    /** A person mention: offsets of the name only, canonical name, role as written (or null), confidence. */
    public record Mention(int begin, int end, String canonical, String role, double confidence) {}

    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "del", "della", "di", "da",
            "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "te", "zu", "y", "ben", "abu", "bint",
            "dela", "delos", "delas", "binti", "ap",
            "St.");
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV");
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord",
            "Lady", "Prof", "Rev", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Sen.", "Rep.", "Gen.", "Col.",
            "Lt.", "Sgt.", "Capt.", "Gov.", "Pres.", "Maj.", "Adm.", "Sheikh", "Imam", "Rabbi", "Father", "Sister",
            "Brother", "Saint", "Ayatollah", "Mullah", "Monsignor", "Madame", "Monsieur", "Herr", "Frau");
    /** Heads of organisation and facility names: a name right before one is part of that name. */
    private static final Set<String> ORGANISATION_HEADS = Set.of("Foundation", "Institute", "University", "College",
            "School", "Center", "Centre", "Museum", "Group", "Company", "Corporation", "Inc", "Ltd", "Fund", "Trust",
            "Prize", "Award", "Airport", "Stadium", "Street", "Square", "Avenue", "Bridge", "Hospital", "Library",
            "Doctrine", "Plan", "Administration", "Bank", "Report", "Act", "Law", "Line", "Camp", "Palace", "Hall",
            "Tower", "Park", "Island", "Islands", "Prospekt", "Boulevard", "Road", "Station", "Cathedral", "Church");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "added", "adds", "stated",
            "states", "wrote", "writes", "tweeted", "posted", "insisted", "insists", "argued", "argues", "warned",
            "warns", "noted", "notes", "explained", "asked", "asks", "replied", "remarked", "indicated", "suggested",
            "suggests", "claimed", "claims", "announced", "declared", "reported", "responded", "urged", "urges",
            "accused", "acknowledged", "admitted", "confirmed", "denied", "denies", "described", "emphasized",
            "emphasised", "stressed", "expressed", "reiterated", "mentioned", "promised", "vowed", "pledged",
            "praised", "criticised", "criticized", "welcomed", "dismissed", "rejected", "met", "meets", "spoke",
            "speaks", "signed", "visited", "travelled", "traveled", "arrived", "phoned", "thinks", "believes",
            "believed", "wants", "wanted", "hopes", "hoped", "recalled", "concluded", "conceded", "joked",
            "laughed", "smiled", "shouted", "testified", "resigned", "died", "was", "is", "has", "had", "who");
    private static final Set<String> ADVERBS = Set.of("has", "had", "also", "later", "then", "previously", "repeatedly",
            "again", "recently", "publicly", "earlier", "once", "reportedly", "allegedly", "himself", "herself");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "The", "A", "An");
    /** Nouns after {@code the} and a surname that name that person's government ({@code the Trump administration}). */
    private static final Set<String> GOVERNMENT_OF = Set.of("administration", "presidency", "White");
    /** Prepositions that put a firm or a place rather than a person before a verb of speech. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "from", "by", "with", "for", "on", "to",
            "into", "near", "inside", "within");
    /** Nouns of the stock market around a company name: {@code shares of X}, {@code X stock}. */
    private static final Set<String> MARKET_NOUNS = Set.of("shares", "Shares", "stock", "stocks", "bonds");
    /** Romance and German articles: a capitalised one opens a club, league or place name ({@code La Liga}). */
    private static final Set<String> FOREIGN_ARTICLES = Set.of("La", "Las", "Los", "El", "Il", "Les", "Die", "Das");
    /** Lower-case particles that open a surname used alone ({@code von der Leyen}, {@code de la Fuente}). */
    private static final Set<String> SURNAME_OPENERS = Set.of("von", "van", "de", "del", "della", "di", "da", "du",
            "dos", "das", "ter", "ten", "bin", "ibn");
    /** Endings typical of surnames in international news (Slavic, Baltic, Georgian, Armenian, Romanian, ...). */
    private static final Pattern SURNAME_SHAPE = Pattern.compile(
            ".{2,}(ov|ova|ev|eva|yov|in|ina|sky|skyy|skyi|skiy|ski|ska|enko|chuk|yuk|ych|vich|wicz|czyk|shvili|dze|ian|yan|escu|oglu|off|ovic|ović|ić)");
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("(al|el|ad|as|ash|at|az|an|ar|ibn|bin|abu|bel|ben)-\\p{Lu}\\p{L}+");
    /** A hyphenated East Asian given name ({@code Jae-myung}, {@code Ching-te}): the family name came first. */
    private static final Pattern FAMILY_NAME_FIRST = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");
    private static final Pattern SKY_VARIANTS = Pattern.compile("(?i)(sk)(yy|yi|iy|ii)$");

    private final NameLexicon lexicon;
    private final Roles roles;

    public PersonRecognizer(NameLexicon lexicon) {
        this.lexicon = lexicon;
        this.roles = new Roles(lexicon);
    }

    /** A candidate name: token range {@code [first, last]} with its evidence. */
    private static final class Candidate {
        final int first;
        final int last;
        final int nameTokens;
        int score;
        String role;
        boolean listRole;
        boolean accepted;
        boolean propagated;

        final boolean headline;

        Candidate(int first, int last, int nameTokens, boolean headline) {
            this.first = first;
            this.last = last;
            this.nameTokens = nameTokens;
            this.headline = headline;
        }
    }

    /** The people mentioned in a segmented text. */
    public List<Mention> find(Segmentation segmentation) {
        String text = segmentation.text();
        List<Token> tokens = Tokens.of(segmentation);
        List<Candidate> candidates = candidates(text, tokens, headlineTokens(segmentation, tokens));
        for (Candidate c : candidates) {
            judge(text, tokens, c);
            if (c.headline && c.nameTokens == 1 && lexicon.has(tokens.get(c.first).text(), NameLexicon.WORD)) {
                c.accepted = false;
            }
        }
        propagate(text, tokens, candidates);
        return mentions(text, tokens, candidates);
    }

    // ---- candidates -------------------------------------------------------------------------------

    private List<Candidate> candidates(String text, List<Token> tokens, boolean[] headline) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token start = tokens.get(i);
            if (headline[i] && lexicon.has(start.text(), NameLexicon.WORD)
                    && !lexicon.has(start.text(), NameLexicon.GIVEN | NameLexicon.SURNAME)) {
                out.add(new Candidate(i, i, 1, true)); // in a headline only a name confirmed elsewhere counts
                i++;
                continue;
            }
            if (!nameWord(start, false) && everydayWordAsName(start) && i > 0 && i + 1 < tokens.size()
                    && adjacent(text, tokens.get(i - 1), start) && adjacent(text, start, tokens.get(i + 1))
                    && (Roles.isHead(tokens.get(i - 1)) || HONORIFICS.contains(tokens.get(i - 1).text()))
                    && lexicon.has(start.text(), NameLexicon.GIVEN | NameLexicon.SURNAME | NameLexicon.WORD)
                    && unknownName(tokens.get(i + 1))) {
                // "President Bola Tinubu": an everyday word right after a title, before a name nothing else explains
                out.add(new Candidate(i, i + 1, 2, headline[i]));
                i += 2;
                continue;
            }
            if (i + 1 < tokens.size() && eastAsianSurname(start) && adjacent(text, start, tokens.get(i + 1))
                    && eastAsianGivenName(tokens.get(i + 1))) {
                // "Shin Hyun-woo", "Moon Jae-in": a short surname that is also a word, before a hyphenated given name
                out.add(new Candidate(i, i + 1, 2, headline[i]));
                i += 2;
                continue;
            }
            if (!nameWord(start, false)) {
                if (everydayWordAsName(start)) {
                    // "President Trump": judged on its context; at a sentence start only confirmed elsewhere
                    out.add(new Candidate(i, i, 1, false));
                }
                i++;
                continue;
            }
            int last = i;
            int names = 1;
            boolean strongGiven = strongGiven(tokens.get(i));
            int j = i + 1;
            while (j < tokens.size() && adjacent(text, tokens.get(j - 1), tokens.get(j))) {
                Token t = tokens.get(j);
                if (nameWord(t, strongGiven)) {
                    last = j;
                    names++;
                    strongGiven = false; // only the word right after a given name may be an everyday word
                    j++;
                } else if ((PARTICLES.contains(t.text()) || initial(t)) && particlesThenName(text, tokens, j)) {
                    j++; // "von der Leyen", "George W. Bush": kept when a name word follows
                } else if (SUFFIXES.contains(t.text())) {
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

    /**
     * A capitalised word that can be part of a name. {@code afterGiven}: it follows a clear given name, where
     * everyday words and places are surnames ({@code Gordon Brown}, {@code Lloyd Austin}).
     */
    private boolean nameWord(Token t, boolean afterGiven) {
        if (t.kind() == Kind.WORD && Character.isLowerCase(t.text().charAt(0)) && t.text().indexOf('-') > 0
                && ARTICLE_PREFIX.matcher(t.text()).matches()) {
            return true; // "al-Sisi", "el-Sheikh", "bin-Laden": Arabic article written lower case
        }
        if (t.kind() != Kind.WORD || !t.capitalised() || t.text().length() < 2 || t.acronym()) {
            return false;
        }
        String w = t.text();
        if (HONORIFICS.contains(w) || Roles.isRoleWord(t) && !afterGiven) {
            return false;
        }
        if (CalendarWords.isCalendarWord(w) && !afterGiven) {
            return false;
        }
        if (w.startsWith("Saint-") || w.startsWith("Sainte-")) {
            return false; // "Saint-Germain", "Saint-Denis": places and clubs
        }
        if (w.indexOf('-') > 0 && hyphenPartsExcluded(w)) {
            return false; // "US-Russia", "Russian-American", "Kremlin-backed"
        }
        int tags = lexicon.tags(w);
        if ((tags & (NameLexicon.ORGANISATION | NameLexicon.HOLIDAY | NameLexicon.DEMONYM)) != 0) {
            return false;
        }
        boolean personal = (tags & (NameLexicon.GIVEN | NameLexicon.SURNAME)) != 0;
        if ((tags & (NameLexicon.WORD | NameLexicon.PLACE)) != 0 && !personal && !afterGiven) {
            return false;
        }
        return true;
    }

    /**
     * Whether a hyphenated word is not a name: an acronym or an ordinary lower-case word in it ("US-Russia",
     * "Kremlin-backed"), or only places, demonyms and organisations ("Russian-American"). A personal part
     * keeps it a name even beside a place ("Ruiz-Cortés", "Cruz-Santos").
     */
    private boolean hyphenPartsExcluded(String w) {
        boolean capitalised = false;
        boolean allPlaceLike = true;
        for (String part : w.split("[-‑]")) {
            if (part.isEmpty()) {
                continue;
            }
            int tags = lexicon.tags(part);
            boolean upper = part.equals(part.toUpperCase(Locale.ROOT)) && part.length() > 1;
            // "Lai Ching-te", "Moon Jae-in", "Lee Jae-myung" keep a short lower-case syllable; "Kremlin-backed",
            // "Putin-era" do not
            boolean syllable = isSyllable(part);
            if (upper || Character.isLowerCase(part.charAt(0)) && !syllable) {
                return true;
            }
            if (Character.isUpperCase(part.charAt(0))) {
                capitalised = true;
                boolean placeLike = (tags & (NameLexicon.PLACE | NameLexicon.DEMONYM | NameLexicon.ORGANISATION)) != 0
                        && (tags & (NameLexicon.GIVEN | NameLexicon.SURNAME)) == 0;
                allPlaceLike &= placeLike;
            }
        }
        return capitalised && allPlaceLike;
    }

    /** A short lower-case syllable of an East Asian given name ("woo" in Hyun-woo, "in" in Jae-in). */
    private boolean isSyllable(String part) {
        return Character.isLowerCase(part.charAt(0))
                && (part.length() <= 2 || !lexicon.has(part, NameLexicon.WORD) && part.length() <= 5);
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "And",
            "But", "Or", "Of", "To", "As", "With", "From", "So", "If", "Then", "When", "Now", "Yet", "Its", "His", "Her");

    /** A short capitalised word that can be an East Asian surname (Kim, Shin, Moon, Lai). */
    private boolean eastAsianSurname(Token t) {
        String w = t.text();
        return t.kind() == Kind.WORD && t.capitalised() && !t.acronym() && w.length() >= 2 && w.length() <= 5
                && w.indexOf('-') < 0 && !FUNCTION_WORDS.contains(w) && !HONORIFICS.contains(w) && !CalendarWords.isCalendarWord(w)
                && !Roles.isRoleWord(t) && (lexicon.tags(w) & (NameLexicon.PLACE | NameLexicon.DEMONYM
                | NameLexicon.ORGANISATION)) == 0;
    }

    /** A hyphenated given name: an unknown capitalised syllable and a short lower-case one (Hyun-woo, Jae-in). */
    private boolean eastAsianGivenName(Token t) {
        String w = t.text();
        int dash = w.indexOf('-');
        if (t.kind() != Kind.WORD || dash < 2 || dash != w.lastIndexOf('-') || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String first = w.substring(0, dash);
        String second = w.substring(dash + 1);
        // the second syllable may be an English word too ("woo", "won", "bin"): the first carries the evidence
        return !second.isEmpty() && second.length() <= 5 && second.chars().allMatch(Character::isLowerCase)
                && first.length() <= 5 && (lexicon.tags(first) & (NameLexicon.WORD | NameLexicon.PLACE | NameLexicon.DEMONYM)) == 0;
    }

    /** A capitalised word the lexicon does not know, or knows only as a surname: {@code Tinubu}. */
    private boolean unknownName(Token t) {
        if (t.kind() != Kind.WORD || !t.capitalised() || t.acronym() || t.text().length() < 3 || !nameWord(t, false)) {
            return false;
        }
        int tags = lexicon.tags(t.text());
        return tags == 0 || tags == NameLexicon.SURNAME;
    }

    /** A given name that is not also an everyday word or a place: what follows it is a surname. */
    private boolean strongGiven(Token t) {
        int tags = lexicon.tags(t.text());
        return (tags & NameLexicon.GIVEN) != 0 && (tags & (NameLexicon.WORD | NameLexicon.PLACE)) == 0;
    }

    /** Particles and initials at {@code j} followed by a name word: "von der Leyen", "George W. Bush". */
    private boolean particlesThenName(String text, List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && k < j + 3 && (PARTICLES.contains(tokens.get(k).text()) || initial(tokens.get(k)))) {
            if (k + 1 >= tokens.size() || !adjacent(text, tokens.get(k), tokens.get(k + 1))) {
                return false;
            }
            k++;
        }
        return k < tokens.size() && nameWord(tokens.get(k), true);
    }

    /** A capitalised everyday word in mid-sentence ("Trump", "Brown"): a name only with strong context. */
    private boolean everydayWordAsName(Token t) {
        if (t.kind() != Kind.WORD || !t.capitalised() || t.acronym() || t.text().length() < 3
                || HONORIFICS.contains(t.text()) || CalendarWords.isCalendarWord(t.text()) || Roles.isRoleWord(t)) {
            return false;
        }
        int tags = lexicon.tags(t.text());
        return (tags & NameLexicon.WORD) != 0 && (tags & (NameLexicon.PLACE | NameLexicon.DEMONYM
                | NameLexicon.ORGANISATION | NameLexicon.HOLIDAY)) == 0;
    }

    private static boolean initial(Token t) {
        return t.kind() == Kind.ABBREVIATION && t.text().length() == 2 && Character.isUpperCase(t.text().charAt(0));
    }

    // ---- evidence ---------------------------------------------------------------------------------

    private void judge(String text, List<Token> tokens, Candidate c) {
        Token first = tokens.get(c.first);
        int score = 0;
        if (c.nameTokens >= 2) {
            int firstTags = lexicon.tags(first.text());
            // "Moon Jae-in": surname and hyphenated given name, whatever else the surname means in English
            boolean eastAsian = c.last == c.first + 1 && eastAsianSurname(first) && eastAsianGivenName(tokens.get(c.last));
            if (eastAsian) {
                score += 2;
            } else if (strongGiven(first)) {
                score += 2;
            } else if ((firstTags & NameLexicon.GIVEN) != 0) {
                score += 1;
            } else if ((firstTags & NameLexicon.WORD) != 0) {
                score -= 2; // "Base Andrews": an everyday word does not open a name
            }
            boolean allUnknown = firstTags == 0;
            for (int k = c.first + 1; k <= c.last; k++) {
                Token t = tokens.get(k);
                if (t.kind() != Kind.WORD || PARTICLES.contains(t.text()) || SUFFIXES.contains(t.text())) {
                    continue;
                }
                int tags = lexicon.tags(t.text());
                if ((tags & NameLexicon.SURNAME) != 0 || tags == 0 || (tags & NameLexicon.GIVEN) != 0 && (tags & NameLexicon.WORD) == 0) {
                    score += 1;
                }
                allUnknown &= tags == 0;
            }
            if (allUnknown) {
                score += 1; // "Ilvane Torquesa": two name-like words that are nothing else
            }
        } else {
            int tags = lexicon.tags(first.text());
            if (strongGiven(first)) {
                score += 1;
            }
            if ((tags & NameLexicon.SURNAME) != 0 || tags == 0 && SURNAME_SHAPE.matcher(first.text()).matches()) {
                score += 1;
            }
            if ((tags & NameLexicon.WORD) != 0) {
                score -= first.sentenceStart() ? 3 : 1;
            }
            if ((tags & NameLexicon.PLACE) != 0) {
                score -= 2;
            }
        }
        Token before = c.first > 0 ? tokens.get(c.first - 1) : null;
        if (before != null && HONORIFICS.contains(before.text()) && adjacent(text, before, first)) {
            score += 3;
        }
        boolean closedApposition = c.last + 1 < tokens.size() && tokens.get(c.last + 1).is(",");
        String role = roles.before(text, tokens, c.first, closedApposition);
        if (role != null) {
            score += adjacent(text, before, first) && Roles.isRoleWord(before) ? 3 : 2;
            c.listRole = before != null && (before.is("including") || before.is("like") || before.is("as"));
        } else {
            role = roles.after(text, tokens, c.last);
            if (role != null) {
                score += 2;
            }
        }
        if (role == null && before != null && adjacent(text, before, first) && before.capitalised()
                && !before.sentenceStart() && lexicon.has(before.text(), NameLexicon.WORD)
                && !lexicon.has(before.text(), NameLexicon.DEMONYM | NameLexicon.PLACE | NameLexicon.GIVEN)
                && !HONORIFICS.contains(before.text())) {
            score -= 2; // "Joint Base Andrews": the end of a longer capitalised name
        }
        if (reportingVerbAfter(tokens, c.last) || describedThenReporting(tokens, c.last)) {
            score += 1;
        }
        if (before != null && ARTICLES.contains(before.text())) {
            score -= 3; // "the Marshall plan"
        }
        Token after = c.last + 1 < tokens.size() ? tokens.get(c.last + 1) : null;
        if (after != null && ORGANISATION_HEADS.contains(after.text()) && adjacent(text, tokens.get(c.last), after)) {
            score -= 3; // "Carnegie Endowment", "Kennedy Center"
        }
        Token lastToken = tokens.get(c.last);
        if (after != null && after.is("&") || before != null && before.is("&")) {
            score -= 5; // "Johnson & Johnson", "Larsen & Toubro": a firm
        }
        if (before != null && before.is("of") && c.first >= 2 && MARKET_NOUNS.contains(tokens.get(c.first - 2).text())
                || after != null && MARKET_NOUNS.contains(after.text())) {
            score -= 5; // "shares of Exxon Mobil", "Nucor shares": a listed company
        }
        if (FOREIGN_ARTICLES.contains(first.text()) && c.nameTokens >= 2 && role == null
                && !(before != null && HONORIFICS.contains(before.text()))) {
            score -= 3; // "La Liga", "Los Alamos"
        }
        boolean government = before != null && before.is("the") && after != null && adjacent(text, lastToken, after)
                && GOVERNMENT_OF.contains(after.text()) && c.nameTokens == 1
                && (after.is("White") ? c.last + 2 < tokens.size() && tokens.get(c.last + 2).is("House") : true);
        c.score = score;
        c.role = role;
        c.accepted = score >= 2;
        if (!c.accepted && c.nameTokens == 1 && lexicon.tags(first.text()) == 0 && score >= 0
                && speechVerbAfter(text, tokens, c)) {
            c.accepted = true; // "... after Biden said": a name nothing else explains, before a verb of speech
            c.score = 2;
        }
        if (c.nameTokens == 1 && !nameWord(first, false)) {
            // an everyday word ("Trump", "Brown") needs a title or honorific right before it, or a verb of speech
            // after it in mid-sentence ("after Trump said")
            c.accepted = before != null && adjacent(text, before, first)
                    && (HONORIFICS.contains(before.text()) || Roles.isRoleWord(before) && role != null)
                    || speechVerbAfter(text, tokens, c);
        }
        if (government && (lexicon.tags(first.text()) & (NameLexicon.DEMONYM | NameLexicon.ORGANISATION
                | NameLexicon.PLACE | NameLexicon.HOLIDAY)) == 0) {
            c.accepted = true; // "the Trump administration", "the Obama White House"
            c.score = Math.max(c.score, 2);
        }
        if (c.nameTokens >= 2 && lexicon.has(spaced(text.substring(first.begin(), tokens.get(c.last).end())),
                NameLexicon.PLACE | NameLexicon.ORGANISATION)) {
            c.accepted = false; // "Khan Younis", "Al Jazeera", "Goldman Sachs"
            c.score = -9;
        }
    }

    /**
     * A capitalised everyday word in mid-sentence, not after an article, determiner or preposition of a name
     * ({@code the}, {@code of}), followed directly by a verb of speech: {@code ... after Trump said}.
     */
    private boolean speechVerbAfter(String text, List<Token> tokens, Candidate c) {
        Token t = tokens.get(c.first);
        if (t.sentenceStart() || c.headline || c.last + 1 >= tokens.size() || t.text().length() < 4) {
            return false;
        }
        Token before = tokens.get(c.first - 1);
        Token after = tokens.get(c.last + 1);
        if (!ReportingVerbs.isSpeechVerb(after.text()) || !adjacent(text, t, after)) {
            return false;
        }
        String b = before.text();
        return before.kind() == Kind.WORD && !before.capitalised() && !ARTICLES.contains(b) && !b.equals("of")
                && !b.equals("his") && !b.equals("her") && !b.equals("their") && !b.equals("its") && !b.equals("our")
                && !b.equals("this") && !b.equals("that") && !b.equals("whose") && !b.equals("which")
                && !PLACE_PREPOSITIONS.contains(b) // "analysts at Banorte said": a firm or a place
                || before.is(",") || before.is("and");
    }

    /**
     * A description set off by commas and then a verb of speech: {@code X, a farmer near the river, said},
     * {@code X, who runs an inn, said}. The description starts with a lower-case word, so a list of names
     * ({@code X, Y, said}) does not count.
     */
    private static boolean describedThenReporting(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 1 >= tokens.size() || !tokens.get(k).is(",") || !Character.isLowerCase(tokens.get(k + 1).text().charAt(0))) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 12; j++) {
            Token t = tokens.get(j);
            if (t.is(".") || t.is(";") || t.is("“") || t.is("\"")) {
                return false;
            }
            if (t.is(",")) {
                return j + 1 < tokens.size() && REPORTING.contains(tokens.get(j + 1).text());
            }
        }
        return false;
    }

    private static boolean reportingVerbAfter(List<Token> tokens, int last) {
        int k = last + 1;
        if (k < tokens.size() && Roles.possessive(tokens.get(k))) {
            return false;
        }
        if (k < tokens.size() && tokens.get(k).is(",")) {
            return false;
        }
        for (int n = 0; n < 3 && k < tokens.size(); n++, k++) {
            String w = tokens.get(k).text();
            if (REPORTING.contains(w)) {
                return true;
            }
            if (!ADVERBS.contains(w) && !(w.endsWith("ly") && w.length() > 4)) {
                return false;
            }
        }
        return false;
    }

    // ---- document-level pass ----------------------------------------------------------------------

    /** Surnames and given names alone are people when a confirmed name in the document explains them. */
    private void propagate(String text, List<Token> tokens, List<Candidate> candidates) {
        Set<String> surnames = new HashSet<>();
        Set<String> givenNames = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.accepted) {
                continue;
            }
            surnames.add(key(tokens.get(c.last).text()));
            if (c.nameTokens >= 2 && (!lexicon.has(tokens.get(c.first).text(), NameLexicon.WORD)
                    || FAMILY_NAME_FIRST.matcher(tokens.get(c.last).text()).matches())) {
                // "Lee Jae-myung", "Lai Ching-te": a hyphenated East Asian given name follows the family name
                givenNames.add(key(tokens.get(c.first).text()));
            }
        }
        for (Candidate c : candidates) {
            if (c.accepted || c.score <= -3 && !tokens.get(c.first).sentenceStart()) {
                continue;
            }
            if (c.nameTokens == 1) {
                Token t = tokens.get(c.first);
                String k = key(t.text());
                if (lexicon.has(t.text(), NameLexicon.PLACE) && !reportingVerbAfter(tokens, c.first)) {
                    continue; // "visited Paris" after "Paris Hilton", "Jordan's king" after "Michael Jordan"
                }
                if (surnames.contains(k) || givenNames.contains(k)) {
                    c.accepted = true;
                    c.propagated = true;
                }
            }
        }
    }

    private List<Mention> mentions(String text, List<Token> tokens, List<Candidate> candidates) {
        // fullest form of each name: by surname key, the multi-word form with most words
        Map<String, String> fullBySurname = new HashMap<>();
        Map<String, String> fullByGiven = new HashMap<>();
        Set<String> ambiguousGiven = new HashSet<>();
        // inner parts of longer names, which news uses alone too ("Lula" of "Luiz Inacio Lula da Silva")
        Map<String, String> fullByInner = new HashMap<>();
        Set<String> ambiguousInner = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.accepted || c.nameTokens < 2) {
                continue;
            }
            String full = spaced(text.substring(tokens.get(c.first).begin(), tokens.get(c.last).end()));
            fullBySurname.merge(key(tokens.get(c.last).text()), full, PersonRecognizer::fuller);
            String given = key(tokens.get(c.first).text());
            String prev = fullByGiven.putIfAbsent(given, full);
            if (prev != null && !key(lastWord(prev)).equals(key(lastWord(full)))) {
                ambiguousGiven.add(given);
            }
            for (int t = c.first + 1; t < c.last; t++) {
                String part = tokens.get(t).text();
                if (part.length() < 3 || !Character.isUpperCase(part.charAt(0))) {
                    continue; // particles (da, von, al-) and initials name nobody on their own
                }
                String before = fullByInner.putIfAbsent(key(part), full);
                if (before != null && !before.equals(full)) {
                    ambiguousInner.add(key(part));
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        Candidate previous = null;
        for (Candidate c : candidates) {
            if (!c.accepted) {
                continue;
            }
            Token first = tokens.get(c.first);
            Token last = tokens.get(c.last);
            String surface = spaced(text.substring(first.begin(), last.end()));
            String canonical = fullBySurname.get(key(last.text()));
            if (canonical == null && c.nameTokens == 1 && !ambiguousGiven.contains(key(first.text()))) {
                canonical = fullByGiven.get(key(first.text()));
            }
            if (canonical == null && c.nameTokens == 1 && !ambiguousInner.contains(key(first.text()))) {
                canonical = fullByInner.get(key(first.text()));
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
            out.add(new Mention(particlesBefore(text, tokens, c.first), last.end(), unifySpelling(canonical), role,
                    confidence));
            previous = c;
        }
        return out;
    }

    /** Start of a surname used alone with its lower-case particles: {@code von der Leyen}, {@code de la Fuente}. */
    private static int particlesBefore(String text, List<Token> tokens, int first) {
        int k = first - 1;
        while (k >= 0 && k >= first - 3 && PARTICLES.contains(tokens.get(k).text())
                && Character.isLowerCase(tokens.get(k).text().charAt(0)) && adjacent(text, tokens.get(k), tokens.get(k + 1))) {
            k--;
        }
        int start = k + 1;
        while (start < first && !SURNAME_OPENERS.contains(tokens.get(start).text())) {
            start++;
        }
        return tokens.get(start).begin();
    }

    private static boolean between(List<Token> tokens, int after, int before, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (int k = after + 1; k < before; k++) {
            if (!ok.contains(tokens.get(k).text())) {
                return false;
            }
        }
        return before - after <= 2;
    }

    private static String fuller(String a, String b) {
        int wa = a.split(" ").length;
        int wb = b.split(" ").length;
        return wb > wa || wb == wa && b.length() > a.length() ? b : a;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Comparison key of a name word: case, accents and -sky transliteration variants ignored. */
    static String key(String word) {
        return SKY_VARIANTS.matcher(TextKeys.key(word)).replaceFirst("$1y");
    }

    /**
     * One spelling for transliteration variants of Slavic {@code -sky} surnames ({@code Zelenskyy},
     * {@code Zelenskiy} -> {@code Zelensky}), the form most English-language news uses.
     */
    static String unifySpelling(String canonical) {
        int space = canonical.lastIndexOf(' ');
        String last = canonical.substring(space + 1);
        String unified = SKY_VARIANTS.matcher(last).replaceFirst("$1y");
        return canonical.substring(0, space + 1) + unified;
    }

    private static String spaced(String s) {
        return s.indexOf("  ") < 0 ? s : s.replaceAll(" +", " ");
    }

    /** Whether each token stands in a title-case line (a headline), where capitalisation says nothing. */
    private static boolean[] headlineTokens(Segmentation segmentation, List<Token> tokens) {
        boolean[] byWord = TitleCaseLines.of(segmentation);
        boolean[] out = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            int w = segmentation.wordAt(tokens.get(i).begin());
            out[i] = w < byWord.length && byWord[w];
        }
        return out;
    }

    /** Neighbouring words of one name: separated by spaces only. */
    private static boolean adjacent(String text, Token a, Token b) {
        if (a == null || b == null || b.begin() - a.end() > 3) {
            return false;
        }
        for (int k = a.end(); k < b.begin(); k++) {
            char ch = text.charAt(k);
            if (ch != ' ' && ch != '\u00a0') {
                return false;
            }
        }
        return a.kind() != Kind.PUNCT && b.kind() != Kind.PUNCT;
    }
}
