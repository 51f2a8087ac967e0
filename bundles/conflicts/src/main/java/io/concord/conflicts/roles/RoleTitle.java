package io.concord.conflicts.roles;

import static io.concord.conflicts.roles.RoleOffices.OFFICES;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.conflicts.text.Places;
import io.concord.conflicts.text.Stemmer;
import io.concord.conflicts.text.StopWords;
import io.concord.conflicts.text.Tokens;

/**
 * A role as written ({@code former US President}, {@code Putin’s foreign policy aide}) read as its office
 * ({@code president}, {@code adviser}), its status ({@code former}, {@code deputy}, {@code elect}) and its
 * portfolio ({@code foreign}, {@code energy}, or any word that qualifies a minister: {@code planning minister},
 * {@code Minister of Mines}). Spelling variants meet ({@code Secretary-General} = {@code Secretary General},
 * {@code adviser} = {@code aide}); institutions are ignored, since reports name them differently
 * ({@code Commission President}, {@code European Commission President}). The countries a role names
 * ({@code Brazilian}, {@code Brazil’s}) are kept: two roles that both name one, but not the same, contradict.
 * Its {@code posts} are the offices among them that run an organisation ({@code chairman}, {@code chief executive},
 * {@code chief financial officer}). Its {@code ordinal} ranks deputies among themselves ({@code first deputy
 * governor} is 1, {@code second deputy governor} 2; 0 when the title gives none). Its {@code level} is where the
 * office is held ({@code regional}, {@code district}: {@link RoleLevels}), null when the title gives none. The
 * office lexicon is {@link RoleOffices}.
 */
public record RoleTitle(String written, Set<String> offices, String status, Set<String> portfolios,
                        boolean institutional, Set<String> countries, Set<String> posts, int ordinal,
                        String level) {
    /** Offices that a person holds alone in a country: two of them for one person contradict. */
    static final Set<String> TOP_OFFICES = Set.of("president", "prime minister", "chancellor", "king", "queen",
            "emperor", "pope");
    /** The civil servants who run a ministry for its minister: never the minister. */
    static final Set<String> CIVIL_SERVICE = Set.of("permanent secretary");
    /**
     * Posts that run an organisation, one holder each: two of them for one person contradict (chief executive vs
     * chairman) unless one title names both ("chairman and chief executive").
     */
    static final Set<String> ORGANISATION_POSTS = Set.of("chief executive", "chair", "general manager",
            "managing director", "director", "secretary general");
    /** Words after "president of" that name a country, whose president is a head of state, not a body's chair. */
    private static final Set<String> STATES = Set.of("republic", "united", "country", "nation", "state", "states");

    private static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("former", "former"), Map.entry("ex", "former"), Map.entry("late", "former"),
            Map.entry("previous", "former"), Map.entry("erstwhile", "former"), Map.entry("onetime", "former"),
            Map.entry("retired", "former"), Map.entry("ousted", "former"), Map.entry("deposed", "former"),
            Map.entry("deputy", "deputy"), Map.entry("vice", "deputy"),
            // a rank of its own below a deputy: an assistant governor is not a deputy governor
            Map.entry("assistant", "assistant"),
            Map.entry("elect", "elect"), Map.entry("designate", "elect"),
            Map.entry("incoming", "elect"), Map.entry("future", "elect"),
            Map.entry("acting", "acting"), Map.entry("interim", "acting"), Map.entry("caretaker", "acting"));
    /** Titles that name an office at a rank of its own: a minister of state serves under the minister. */
    private static final Map<String, String> RANKED_OFFICES = Map.of("minister of state", "junior", "state minister",
            "junior");
    /** Offices whose portfolio any qualifying word names ({@code planning minister}, {@code Minister of Mines}). */
    private static final Set<String> OPEN_PORTFOLIO_OFFICES = Set.of("minister", "secretary", "commissioner");
    /** Words before a minister that are not a portfolio ({@code senior minister}, {@code the country's minister}). */
    static final Set<String> NOT_PORTFOLIOS = Set.of("senior", "junior", "cabinet", "state", "chief", "first",
            "second", "new", "then", "top", "outgoing", "shadow", "country", "nation", "government", "federal",
            "regional", "provincial", "national", "affairs", "general", "permanent", "principal", "lead", "s",
            "minister", "ministers", "party", "opposition", "powerful", "longtime", "veteran", "popular");
    private static final Set<String> PORTFOLIOS = Set.of("foreign", "defence", "defense", "finance", "interior",
            "home", "justice", "health", "education", "energy", "trade", "economy", "economic", "agriculture",
            "environment", "transport", "culture", "labour", "labor", "digital", "climate", "treasury", "army",
            "navy", "intelligence", "communications", "industry", "infrastructure", "tourism", "sport", "housing",
            "migration", "immigration", "enlargement", "competition", "budget", "fisheries", "science");
    private static final Map<String, String> PORTFOLIO_VARIANTS = Map.of("defense", "defence", "economic", "economy",
            "labor", "labour", "immigration", "migration", "treasury", "finance");
    private static final Set<String> INSTITUTIONS = Set.of("commission", "council", "parliament", "party", "bank",
            "company", "court", "committee", "union", "assembly", "senate", "board", "federation", "association",
            "league", "fund", "agency", "organisation", "organization", "group", "corporation", "university",
            "foundation", "institute", "authority", "office", "ministry", "department", "campaign", "club", "house");

    public static RoleTitle parse(String written) {
        List<String> words = new ArrayList<>();
        for (String w : Tokens.words(written == null ? "" : written)) {
            words.add(w);
        }
        Set<String> offices = new LinkedHashSet<>();
        Set<String> portfolios = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> posts = new LinkedHashSet<>();
        String status = "current";
        boolean institutional = false;
        boolean generic = false;
        int ordinal = 0;
        // "Justice" is a judge's title unless a minister, secretary or commissioner holds it as a portfolio
        boolean judicial = words.stream().noneMatch(OPEN_PORTFOLIO_OFFICES::contains);
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).equals("head") && i + 1 < words.size() && !List.of("of", "for", "at", "to").contains(words.get(i + 1))
                    && OFFICES.get(words.get(i + 1)) == null) {
                i++; // "head coach", "head teacher": the one who holds the post, not the head of something
                continue;
            }
            String hit = null;
            int len = 0;
            for (Map.Entry<String, String> e : OFFICES.entrySet()) {
                String[] parts = e.getKey().split(" ");
                if (matches(words, i, parts)) {
                    hit = e.getValue();
                    len = parts.length;
                    status = strongest(status, RANKED_OFFICES.getOrDefault(e.getKey(), "current"));
                    break;
                }
            }
            if ("*".equals(hit) && words.get(i).equals("chief")) {
                // "chief financial officer", "chief operating officer": a post of its own, not the chief executive
                for (int j = i + 2; j < Math.min(words.size(), i + 4); j++) {
                    if (words.get(j).equals("officer")) {
                        hit = String.join(" ", words.subList(i, j + 1));
                        len = j - i + 1;
                        break;
                    }
                }
            }
            if (hit != null) {
                if (!hit.equals("*")) {
                    offices.add(hit);
                    if (isPost(hit, words, i, len)) {
                        posts.add(hit);
                    } else if (hit.equals("president") && presides(words, i + len)) {
                        posts.add("chair"); // the president of a union or a forum presides over it as a chair does
                    }
                    if (len == 2 && words.get(i).equals("chief") && hit.equals("judge")) {
                        status = strongest(status, "chief");
                    }
                } else {
                    generic = true;
                }
                if (OPEN_PORTFOLIO_OFFICES.contains(hit)) {
                    // "planning minister", "Minister of Mines", "Secretary for the Environment"
                    openPortfolio(words, i - 1, portfolios);
                    int k = i + len;
                    if (k < words.size() && (words.get(k).equals("of") || words.get(k).equals("for"))) {
                        k++;
                        if (k < words.size() && words.get(k).equals("the")) {
                            k++;
                        }
                        if (k < words.size() && OFFICES.get(words.get(k)) == null) {
                            openPortfolio(words, k, portfolios);
                            // "Minister of Fisheries and Forestry": each ministry joined by "and" is a portfolio
                            for (; k + 2 < words.size() && words.get(k + 1).equals("and"); k += 2) {
                                openPortfolio(words, k + 2, portfolios);
                            }
                        }
                    }
                }
                i += len;
                continue;
            }
            String w = words.get(i);
            if ((w.equals("of") || w.equals("to") || w.equals("for")) && !offices.isEmpty()
                    && mentionsOffice(words, i + 1)) {
                break; // "envoy of Russian President Putin": the rest is someone else's title
            }
            if (w.equals("justice") && judicial) {
                offices.add("judge"); // the title of a judge ("Justice Ana Ruiz"), not a ministry's portfolio
            } else if (w.equals("associate") && i + 1 < words.size() && !StopWords.contains(words.get(i + 1))) {
                // a rank below the office: an associate professor below a professor, an associate minister below
                // the minister of the portfolio ("an associate of the minister" is no rank at all)
                status = strongest(status, "associate");
            } else if (STATUS.containsKey(w)) {
                // "vice president" and "deputy minister" are other offices; "former" a past one
                status = strongest(status, STATUS.get(w));
                if (i > 0 && (STATUS.get(w).equals("deputy") || STATUS.get(w).equals("assistant"))) {
                    ordinal = Math.max(ordinal, ordinal(words.get(i - 1)));
                }
            } else if (PORTFOLIOS.contains(w)) {
                portfolios.add(PORTFOLIO_VARIANTS.getOrDefault(w, w));
            } else if (INSTITUTIONS.contains(w)) {
                institutional = true;
            } else if (Places.feature(w) != null) {
                countries.add(Places.feature(w));
            }
            i++;
        }
        if (words.contains("policy") && portfolios.isEmpty() && words.contains("foreign")) {
            portfolios.add("foreign");
        }
        if (offices.isEmpty() && !generic) {
            // "prosecutor", "deputy prosecutor": an office the lexicon lacks is named by the role's head noun
            String head = headNoun(words);
            if (head != null) {
                offices.add("~" + head);
            }
        }
        if (offices.isEmpty() && generic) {
            // "union leader", "former union leader": no office of the lexicon, but the same words all the same
            List<String> rest = new ArrayList<>();
            for (String w : words) {
                if (!STATUS.containsKey(w) && !StopWords.contains(w)) {
                    rest.add(w);
                }
            }
            offices.add("~" + String.join(" ", rest));
        }
        return new RoleTitle(written, offices, status, portfolios, institutional, countries, posts, ordinal,
                RoleLevels.of(words));
    }

    /**
     * The last word of a role before any "of" phrase that is neither a status, a function word, a place nor an
     * institution ({@code Lyon prosecutor} gives {@code prosecutor}); null when there is none.
     */
    private static String headNoun(List<String> words) {
        int end = words.size();
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (k > 0 && (w.equals("of") || w.equals("at") || w.equals("for") || w.equals("to") || w.equals("with"))) {
                end = k;
                break;
            }
        }
        for (int k = end - 1; k >= 0; k--) {
            String w = words.get(k);
            if (!STATUS.containsKey(w) && !StopWords.contains(w) && Places.feature(w) == null
                    && !INSTITUTIONS.contains(w) && !PORTFOLIOS.contains(w) && w.length() > 2
                    && !Character.isDigit(w.charAt(0))) {
                return w;
            }
        }
        return null;
    }

    /** Word {@code k}, when it is a portfolio no lexicon lists: as its stem, so {@code mines} = {@code mining}. */
    private static void openPortfolio(List<String> words, int k, Set<String> portfolios) {
        if (k < 0 || k >= words.size()) {
            return;
        }
        String w = words.get(k);
        if (PORTFOLIOS.contains(w) || STATUS.containsKey(w) || INSTITUTIONS.contains(w) || NOT_PORTFOLIOS.contains(w)
                || StopWords.contains(w) || OFFICES.containsKey(w) || Places.feature(w) != null || w.length() < 3
                || Character.isDigit(w.charAt(0))) {
            return;
        }
        portfolios.add(Stemmer.stem(w));
    }

    private static boolean mentionsOffice(List<String> words, int from) {
        for (int i = from; i < words.size(); i++) {
            String office = OFFICES.get(words.get(i));
            if (office != null && !office.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> words, int i, String[] parts) {
        if (i + parts.length > words.size()) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            if (!words.get(i + k).equals(parts[k])) {
                return false;
            }
        }
        return true;
    }

    /** Words that rank one of several deputies ("first deputy", "2nd vice president"); 0 for any other word. */
    private static int ordinal(String w) {
        int k = List.of("first", "second", "third", "fourth", "fifth", "sixth").indexOf(w);
        return k >= 0 ? k + 1 : w.matches("[1-9](st|nd|rd|th)") ? w.charAt(0) - '0' : 0;
    }

    private static String strongest(String a, String b) {
        return a.equals("current") ? b : a;
    }

    /** What makes two titles of one person contradict, or null when they can both be true. */
    public String conflictWith(RoleTitle other) {
        for (String office : offices) {
            if (!other.offices.contains(office)) {
                continue;
            }
            if (!status.equals(other.status)) {
                return "status";
            }
            if (ordinal > 0 && other.ordinal > 0 && ordinal != other.ordinal) {
                return "rank";
            }
            if (!portfolios.isEmpty() && !other.portfolios.isEmpty() && Collections.disjoint(portfolios, other.portfolios)
                    && Set.of("minister", "secretary", "commissioner", "adviser", "spokesperson").contains(office)) {
                return "portfolio";
            }
            if (!countries.isEmpty() && !other.countries.isEmpty() && Collections.disjoint(countries, other.countries)) {
                return "country";
            }
            if (level != null && other.level != null && !level.equals(other.level)) {
                return "level";
            }
        }
        if (service(offices) != null && service(other.offices) != null
                && !service(offices).equals(service(other.offices))) {
            return "service";
        }
        if (status.equals("current") && other.status.equals("current")) {
            Set<String> mine = posts;
            Set<String> theirs = other.posts;
            if (!mine.isEmpty() && !theirs.isEmpty() && Collections.disjoint(mine, theirs)) {
                return "post";
            }
        }
        if (status.equals("current") && other.status.equals("current") && !institutional && !other.institutional) {
            Set<String> mine = top(offices);
            Set<String> theirs = top(other.offices);
            if (!mine.isEmpty() && !theirs.isEmpty() && Collections.disjoint(mine, theirs)) {
                return "office";
            }
        }
        return null;
    }

    /** Whether a title is a ministry's civil service post ("civil"), its minister's ("political"), or neither (null). */
    static String service(Set<String> offices) {
        if (offices.stream().anyMatch(CIVIL_SERVICE::contains)) {
            return "civil";
        }
        return offices.contains("minister") ? "political" : null;
    }

    /**
     * Whether the office at word {@code i} is a post that runs an organisation. A bare "director" is one only with
     * a word of its field before it ("technical director") or as "director general": "a director of the firm" may
     * sit on its board beside its chairman.
     */
    private static boolean isPost(String office, List<String> words, int i, int len) {
        if (office.startsWith("chief ") && office.endsWith(" officer")) {
            return true;
        }
        if (!ORGANISATION_POSTS.contains(office)) {
            return false;
        }
        if (!office.equals("director") || len > 1) {
            return true;
        }
        String w = i > 0 ? words.get(i - 1) : null;
        return w != null && !StopWords.contains(w) && !STATUS.containsKey(w) && !INSTITUTIONS.contains(w)
                && !NOT_PORTFOLIOS.contains(w) && Places.feature(w) == null;
    }

    /**
     * Whether "president" followed by the words from {@code k} presides over a body ({@code president of the
     * Dockers' Union}) rather than a country ({@code President of the Republic}, {@code President of France}).
     */
    private static boolean presides(List<String> words, int k) {
        if (k >= words.size() || !words.get(k).equals("of")) {
            return false;
        }
        int n = k + 1 < words.size() && words.get(k + 1).equals("the") ? k + 2 : k + 1;
        return n < words.size() && !STATES.contains(words.get(n)) && Places.feature(words.get(n)) == null
                && !StopWords.contains(words.get(n));
    }

    private static Set<String> top(Set<String> offices) {
        Set<String> out = new LinkedHashSet<>();
        for (String o : offices) {
            if (TOP_OFFICES.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }
}
