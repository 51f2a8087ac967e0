package io.concord.annotator.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.concord.annotator.people.Tokens.Kind;
import io.concord.annotator.people.Tokens.Token;

/**
 * Reads the title or function a text gives a person around a name: before it ({@code US special envoy
 * Ana Ruiz}, {@code his son-in-law, Tom Hale}) or as an appositive after it ({@code Ana Ruiz,
 * the head of the national security council,}). The role is returned as written, without its article.
 */
final class Roles {

    /** Nouns that name a title or function: a role must contain one. */
    static final Set<String> HEADS = Set.of("president", "vice-president", "president-elect", "premier", "minister",
            "chancellor", "secretary", "secretary-general", "envoy", "envoys", "ambassador", "adviser", "advisor",
            "aide", "spokesperson", "spokesman", "spokeswoman", "commissioner", "senator", "congressman",
            "congresswoman", "representative", "governor", "mayor", "king", "queen", "prince", "princess", "emperor",
            "pope", "cardinal", "archbishop", "bishop", "sheikh", "emir", "sultan", "leader", "head", "chief",
            "chairman", "chairwoman", "chair", "chairperson", "director", "director-general", "ceo", "founder",
            "co-founder", "owner", "executive", "officer", "commander", "commander-in-chief", "colonel", "lieutenant",
            "captain", "sergeant", "admiral", "marshal", "general", "lawmaker", "legislator", "mp", "speaker", "judge",
            "justice", "prosecutor", "attorney", "lawyer", "negotiator", "negotiators", "diplomat", "official",
            "analyst", "economist", "professor", "researcher", "scientist", "expert", "correspondent", "reporter",
            "journalist", "editor", "columnist", "author", "writer", "historian", "coach", "manager", "striker",
            "midfielder", "defender", "goalkeeper", "actor", "actress", "singer", "musician", "rapper", "artist",
            "activist", "campaigner", "candidate", "nominee", "challenger", "incumbent", "governor-general",
            "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law", "brother-in-law", "son", "daughter",
            "wife", "husband", "brother", "sister", "father", "mother", "widow", "cousin", "nephew", "niece",
            "grandson", "granddaughter", "successor", "predecessor", "counterpart", "tycoon", "billionaire",
            "oligarch", "businessman", "businesswoman", "entrepreneur", "investor", "banker", "dictator", "monarch",
            "ruler", "warlord", "ombudsman", "inspector", "administrator", "presenter", "host", "anchor", "delegate",
            "emissary", "mediator", "czar", "tsar", "deputy", "deputies", "dean", "rector", "principal",
            "superintendent", "commissar", "militant", "soldier", "pilot", "fighter", "commentator", "pundit",
            "strategist", "pollster", "veteran", "survivor", "witness", "victim", "suspect", "defendant", "ministers",
            "officials", "leaders", "secretary-generals", "chiefs", "advisers", "advisors", "aides",
            // elected offices of towns and states
            "councilman", "councilwoman", "councillor", "councilor", "alderman", "alderwoman", "assemblyman",
            "assemblywoman", "selectman", "selectwoman", "co-author");

    /** Words that qualify a head: {@code former}, {@code special}, {@code foreign policy}, {@code security council}. */
    static final Set<String> MODIFIERS = Set.of("erster", "erste", "former", "late", "then", "acting", "interim", "vice", "special",
            "senior", "top", "first", "second", "prime", "foreign", "defence", "defense", "interior", "finance",
            "economy", "economic", "energy", "health", "justice", "home", "trade", "treasury", "education", "culture",
            "environment", "agriculture", "transport", "infrastructure", "digital", "labour", "labor", "security",
            "national", "international", "state", "general", "policy", "affairs", "military", "political",
            "presidential", "provincial", "municipal", "managing", "assistant", "associate", "lead", "regional", "local", "federal", "outgoing",
            "incoming", "newly", "elected", "exiled", "opposition", "longtime", "long-time", "de", "facto",
            "self-proclaimed", "supreme", "high", "grand", "royal", "crown", "junior", "ex", "joint", "permanent",
            "human", "rights", "climate", "peace", "intelligence", "army", "navy", "air", "force", "armed", "forces",
            "police", "border", "nuclear", "arms", "cabinet", "government", "party", "union", "commission",
            "council", "committee", "parliamentary", "ruling", "chief", "press", "communications", "campaign",
            "sanctions", "ministry", "department", "agency", "bank", "parliament", "office", "service", "court",
            "company", "group", "board", "fund", "alliance", "institute", "university", "organisation",
            "organization", "association", "federation", "league", "movement", "front", "team", "club", "central",
            "public", "private", "civil", "chief-of-staff", "staff", "operations", "naval", "deputy", "vice-premier",
            "defence-policy", "war", "emergency", "emergencies", "development", "industry", "industrial", "science",
            "technology", "media", "information", "social", "communist", "democratic", "republican", "conservative",
            "liberal", "labour-party", "majority", "minority", "house", "senate", "white", "news", "spy", "space",
            "economics", "investigative", "chief-executive",
            // the officers of a firm: chief financial (operating, medical, marketing...) officer
            "financial", "operating", "medical", "marketing", "scientific", "legal", "commercial", "investment",
            "risk", "strategy", "product", "research", "executive", "technical", "nursing");

    /** Short words allowed inside a role: {@code Secretary of State}, {@code aide to Putin}. */
    private static final Set<String> LINKS = Set.of("of", "to", "for", "on", "at", "in");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "His", "Her", "Their", "Its");

    private final NameLexicon lexicon;

    Roles(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    static boolean isHead(Token t) {
        return t.kind() == Kind.WORD && isHeadWord(t.text().toLowerCase(Locale.ROOT));
    }

    /** A head of the list, or a profession named by its ending ("hydrologist", "photographer", "psychiatrist"). */
    private static boolean isHeadWord(String w) {
        return HEADS.contains(w) || w.length() > 8 && (w.endsWith("ologist") || w.endsWith("ographer")
                || w.endsWith("iatrist")) || rankedHead(w);
    }

    /** Ranks written with a hyphen before a head: {@code vice-minister}, {@code under-secretary}, {@code co-chair}. */
    private static final Set<String> RANK_PREFIXES = Set.of("vice", "deputy", "under", "co", "ex", "assistant",
            "associate", "acting", "sub");

    /** A head with a rank joined to it by a hyphen ({@code Vice-Minister}), which the list does not hold. */
    private static boolean rankedHead(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash < w.length() - 1 && RANK_PREFIXES.contains(w.substring(0, dash))
                && HEADS.contains(w.substring(dash + 1));
    }

    /** Head or modifier. */
    static boolean isRoleWord(Token t) {
        if (t.kind() != Kind.WORD) {
            return false;
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        return isHeadWord(w) || MODIFIERS.contains(w);
    }

    /**
     * The role written right before token {@code first} ({@code Russian President}), or null. A comma or
     * "including" just before the name is skipped ({@code his son-in-law, Tom Hale}, {@code envoys including X}).
     * {@code closedApposition}: a comma follows the name too, so {@code the Home Secretary, X,} names the
     * holder of the title (unlike {@code After meeting the president, Trump said}).
     */
    String before(String text, List<Token> tokens, int first, boolean closedApposition) {
        int end = first - 1;
        boolean afterComma = false;
        if (end >= 0 && (tokens.get(end).is("including") || tokens.get(end).is("like"))) {
            end--;
        } else if (end >= 1 && tokens.get(end).is("as") && tokens.get(end - 1).is("such")) {
            end -= 2;
        } else if (end >= 0 && tokens.get(end).is(",")) {
            end--;
            afterComma = true;
        }
        if (end < 0 || LINKS.contains(tokens.get(end).text())) {
            return null; // "aide to Putin" is a role of someone else
        }
        int start = -1;
        boolean headSeen = false;
        int portfolio = portfolioOf(tokens, end);
        for (int k = end; k >= 0 && k > end - 10; k--) {
            Token t = tokens.get(k);
            if (k < end && !sameLine(text, t, tokens.get(k + 1))) {
                break;
            }
            boolean take;
            if (portfolio >= 0 && k > portfolio || isRoleWord(t) || hyphenHead(t)) {
                take = true;
            } else if (possessive(t) && k > 0 && tokens.get(k - 1).capitalised()) {
                k--; // "Putin’s adviser": the owner's name belongs to the role
                take = true;
            } else if (possessive(t) && definiteOwnerStart(tokens, k - 1) >= 0) {
                // "the city's mayor, X,", "the electoral commission's chairman, X,": a definite owner of the
                // office, as "the mayor, X," is
                k = definiteOwnerStart(tokens, k - 1);
                take = true;
            } else if (t.capitalised() && t.kind() != Kind.NUMBER && qualifier(t)) {
                take = true;
            } else if (LINKS.contains(t.text()) && !headSeen && k > 0 && isRoleWord(tokens.get(k - 1))) {
                take = true;
            } else {
                break;
            }
            if (isHead(t) || hyphenHead(t)) {
                headSeen = true;
            }
            start = k;
            if (t.sentenceStart()) {
                break;
            }
        }
        if (start < 0 || !headSeen) {
            return null;
        }
        boolean definite = start > 0 && (tokens.get(start - 1).is("the") || tokens.get(start - 1).is("The"))
                || tokens.get(start).is("The");
        if (afterComma && !(closedApposition && definite)
                && (start == 0 || !POSSESSIVE_PRONOUNS.contains(tokens.get(start - 1).text())) && !hasPossessive(tokens, start, end)) {
            return null; // "his son-in-law, Tom Hale", "Iran's president, X", not "After meeting the president, Trump"
        }
        while (start <= end && LINKS.contains(tokens.get(start).text())) {
            start++;
        }
        // the role ends with its last role word, not with the possessive of the next name
        int last = end;
        while (portfolio < 0 && last > start && !isRoleWord(tokens.get(last)) && !hyphenHead(tokens.get(last))
                && !tokens.get(last).capitalised()) {
            last--;
        }
        return text.substring(tokens.get(start).begin(), tokens.get(last).end());
    }

    /**
     * The appositive role after a name that ends at token {@code last}: {@code , the head of X,}. Null
     * unless a title or function comes within its first words.
     */
    String after(String text, List<Token> tokens, int last) {
        int k = last + 1;
        if (k >= tokens.size() || !tokens.get(k).is(",")) {
            return null;
        }
        k++;
        if (k < tokens.size() && ARTICLES.contains(tokens.get(k).text())) {
            k++;
        }
        int start = k;
        int end = -1;
        int headAt = -1;
        for (; k < tokens.size() && k < start + 14; k++) {
            Token t = tokens.get(k);
            if (k > start && !sameLine(text, tokens.get(k - 1), t)) {
                break;
            }
            boolean take = isRoleWord(t)
                    || (t.capitalised() && t.kind() != Kind.NUMBER)
                    || (possessive(t) && k > start)
                    || (LINKS.contains(t.text()) && k > start)
                    || (t.is("the") && k > start && LINKS.contains(tokens.get(k - 1).text()));
            if (!take) {
                break;
            }
            if (headAt < 0 && (isHead(t) || hyphenHead(t))) {
                headAt = k;
            }
            end = k;
        }
        if (end < start || headAt < 0 || headAt > start + 5) {
            return null;
        }
        Token first = tokens.get(start);
        if (!isRoleWord(first) && !first.capitalised()) {
            return null;
        }
        while (end > headAt && (LINKS.contains(tokens.get(end).text()) || tokens.get(end).is("the"))) {
            end--;
        }
        return text.substring(first.begin(), tokens.get(end).end());
    }

    /**
     * The {@code of} before the portfolio that ends at {@code end} ({@code Minister of Mineral Resources},
     * {@code Secretary of Energy and Mines}, {@code director of rugby}): capitalised everyday words joined by
     * {@code and}, or one lower-case noun, after a title word and {@code of}. -1 when there is none.
     */
    private int portfolioOf(List<Token> tokens, int end) {
        int k = end;
        if (k >= 0 && lowerCaseNoun(tokens.get(k))) {
            k--;
        } else {
            while (k >= 0 && end - k < 5 && (tokens.get(k).is("and") || tokens.get(k).is("&")
                    || tokens.get(k).kind() == Kind.WORD && tokens.get(k).capitalised() && !tokens.get(k).sentenceStart()
                    && lexicon.has(tokens.get(k).text(), NameLexicon.WORD)
                    && !lexicon.has(tokens.get(k).text(), NameLexicon.GIVEN))) {
                k--;
            }
        }
        return k >= 1 && k < end && tokens.get(k).is("of") && isRoleWord(tokens.get(k - 1))
                && (tokens.get(k - 1).capitalised() || isHead(tokens.get(k - 1))) ? k : -1;
    }

    /** A lower-case everyday word that is no article, pronoun or preposition: {@code rugby}, {@code research}. */
    private boolean lowerCaseNoun(Token t) {
        return t.kind() == Kind.WORD && Character.isLowerCase(t.text().charAt(0)) && t.text().length() > 3
                && lexicon.has(t.text(), NameLexicon.WORD) && !LINKS.contains(t.text()) && !ARTICLES.contains(t.text())
                && !POSSESSIVE_PRONOUNS.contains(t.text()) && !t.text().endsWith("ed");
    }

    /** Capitalised words that may stand in a role: places, demonyms, organisations, acronyms ({@code EU}). */
    private boolean qualifier(Token t) {
        if (t.acronym() || t.kind() == Kind.ABBREVIATION && t.text().length() > 3) {
            return true;
        }
        int tags = lexicon.tags(t.bare());
        return (tags & (NameLexicon.PLACE | NameLexicon.DEMONYM | NameLexicon.ORGANISATION)) != 0;
    }

    /** {@code Secretary-General}, {@code Vice-President}: a hyphenated word whose last part is a head. */
    /**
     * The first word of a lower-case owner ending at {@code k} right after "the" ("the city", "the electoral
     * commission", at most three words), or -1.
     */
    private static int definiteOwnerStart(List<Token> tokens, int k) {
        int j = k;
        while (j >= 1 && k - j < 3 && tokens.get(j).kind() == Kind.WORD && !tokens.get(j).capitalised()
                && !LINKS.contains(tokens.get(j).text()) && !ARTICLES.contains(tokens.get(j).text())) {
            if (tokens.get(j - 1).is("the") || tokens.get(j - 1).is("The")) {
                return j;
            }
            j--;
        }
        return -1;
    }

    private static boolean hyphenHead(Token t) {
        int dash = t.text().lastIndexOf('-');
        return dash > 0 && t.kind() == Kind.WORD && HEADS.contains(t.text().substring(dash + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean hasPossessive(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (possessive(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean possessive(Token t) {
        return t.is("’s") || t.is("'s");
    }

    private static boolean sameLine(String text, Token a, Token b) {
        for (int k = a.end(); k < b.begin(); k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }
}
