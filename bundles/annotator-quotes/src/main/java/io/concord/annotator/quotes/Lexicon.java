package io.concord.annotator.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.concord.language.Countries;
import io.concord.language.Abbreviations;
import io.concord.language.Honorifics;
import io.concord.language.ReportingVerbs;

/**
 * General English news vocabulary the quote rules need: reporting verbs, titles, body nouns, countries,
 * female given names (resource files next to this class), plus small closed word classes. Loaded once;
 * immutable and shared by all readers.
 */
final class Lexicon {
    static final Lexicon INSTANCE = new Lexicon();

    final Set<String> titles;
    final Set<String> bodyHeads;
    final Set<String> bodyMembers;
    /** Lower-cased multi-word institution names, split into tokens. */
    final List<String[]> institutions;
    /** Lower-cased country name or alias (as token sequence) -> display form as written in the list. */
    final Map<String, String> countries;
    final int longestCountry;
    final Set<String> demonyms;
    /** The first demonym of each country name and alias, lower-case key ("russia" -> "Russian"). */
    final Map<String, String> demonymOf;
    final Set<String> femaleNames;

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "some", "any", "another", "each", "every", "no");
    static final Set<String> PREPOSITIONS = Set.of("of", "to", "with", "by", "for", "from", "in", "on", "at", "about",
            "against", "between", "among", "amongst", "including", "like", "than", "into", "onto", "over", "under",
            "toward", "towards", "via", "per", "without", "within", "across", "through", "behind", "beside", "besides",
            "despite", "amid", "amidst", "upon", "alongside", "unlike", "regarding", "involving", "near", "beyond",
            "around", "during", "after", "before", "since", "until", "following", "concerning");
    /** Words after which a new clause (and so a subject) may start. */
    static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "or", "while", "whilst", "as", "when", "that",
            "because", "although", "though", "if", "so", "whereas", "where", "yet", "then", "once", "unless");
    /** Auxiliaries and adverbs that may sit between a subject and its reporting verb. */
    static final Set<String> VERB_FILLERS = Set.of("also", "already", "has", "have", "had", "was", "is", "were", "are",
            "been", "be", "will", "would", "could", "should", "may", "might", "must", "did", "does", "do", "later",
            "then", "previously", "repeatedly", "again", "once", "earlier", "recently", "reportedly", "further",
            "not", "never", "often", "since", "subsequently", "quickly", "promptly", "publicly", "openly",
            "privately", "simply", "still", "even", "only", "just", "first", "finally", "separately", "too",
            "initially", "originally", "flatly", "firmly", "bluntly", "angrily", "frequently", "always", "long");
    /** Nouns ending a time or medium phrase between subject and verb ("X on Wednesday said", "X in a post said"). */
    static final Set<String> TIME_OR_MEDIUM = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "week", "month", "year", "day", "night", "morning", "evening", "afternoon", "weekend", "today",
            "yesterday", "tonight", "statement", "interview", "post", "speech", "briefing", "conference", "tweet",
            "letter", "message", "video", "address", "broadcast", "session", "meeting", "forum", "call", "press",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "hours", "days", "weeks", "times", "x", "twitter", "telegram", "facebook");
    /** Name particles written in lower case inside a name ("Ursula von der Leyen"). */
    static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du", "la", "le",
            "al", "bin", "ibn", "el", "dos", "das", "del", "ter", "zu");
    static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess",
            "duchess", "baroness", "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "empress");
    static final Set<String> MALE_TITLES = Set.of("mr", "sir", "lord", "king", "prince", "duke", "baron", "spokesman",
            "chairman", "congressman", "councilman", "emperor", "sheikh", "emir");
    /** Plural nouns for unnamed groups of speakers ("Analysts said"): never a name, even when capitalised. */
    static final Set<String> GENERIC_SPEAKERS = Set.of("analysts", "experts", "critics", "residents", "witnesses",
            "protesters", "protestors", "economists", "scientists", "researchers", "doctors", "lawyers",
            "investigators", "observers", "commentators", "opponents", "supporters", "activists", "locals",
            "villagers", "survivors", "parents", "teachers", "students", "workers", "employees", "voters",
            "negotiators", "mediators", "insiders", "sources", "officials", "diplomats", "people",
            "others", "many", "some", "several", "both", "all", "neighbours", "neighbors", "fans", "traders",
            "investors", "executives", "leaders", "members", "lawmakers", "legislators", "senators", "ministers",
            "soldiers", "troops", "police", "medics", "nurses", "relatives", "families", "campaigners", "rescuers");
    /** Acronyms that are titles, not organisations. */
    static final Set<String> TITLE_ACRONYMS = Set.of("CEO", "CFO", "COO", "MP", "MEP", "MSP", "TV", "AM", "PM", "OK");

    private Lexicon() {
        titles = words("titles.txt");
        Set<String> heads = new HashSet<>();
        Set<String> members = new HashSet<>();
        for (String line : lines("bodies.txt")) {
            if (line.startsWith(">")) {
                members.add(line.substring(1).trim().toLowerCase(Locale.ROOT));
            } else {
                heads.add(line.toLowerCase(Locale.ROOT));
            }
        }
        bodyHeads = Set.copyOf(heads);
        bodyMembers = Set.copyOf(members);
        List<String[]> inst = new ArrayList<>();
        for (String line : lines("institutions.txt")) {
            inst.add(line.toLowerCase(Locale.ROOT).split("\\s+"));
        }
        institutions = List.copyOf(inst);
        Map<String, String> names = new HashMap<>();
        Set<String> adjectives = new HashSet<>();
        Map<String, String> adjectiveOf = new HashMap<>();
        int longest = 1;
        for (Countries.Country c : Countries.all()) {
            if (!c.sovereign()) {
                continue; // a nation of a country or a continent does not speak as a government
            }
            List<String> all = new ArrayList<>(List.of(c.name()));
            all.addAll(c.aliases());
            String demonym = c.demonyms().isEmpty() ? "" : c.demonyms().get(0);
            for (String alias : all) {
                String key = alias.toLowerCase(Locale.ROOT);
                names.put(key, alias);
                if (!demonym.isEmpty()) {
                    adjectiveOf.put(key, demonym);
                }
                longest = Math.max(longest, key.split("\\s+").length);
            }
            for (String d : c.demonyms()) {
                adjectives.add(d.toLowerCase(Locale.ROOT));
            }
        }
        countries = Map.copyOf(names);
        longestCountry = longest;
        demonyms = Set.copyOf(adjectives);
        demonymOf = Map.copyOf(adjectiveOf);
        Set<String> female = new HashSet<>();
        for (String line : lines("female-given-names.txt")) {
            for (String n : line.split("\\s+")) {
                female.add(n.toLowerCase(Locale.ROOT));
            }
        }
        femaleNames = Set.copyOf(female);
    }

    boolean isReportingVerb(String lower) {
        return ReportingVerbs.isReportingVerb(lower);
    }

    /** The titles and ranks the shared language data abbreviates before a name, lower case ("atty", "engr"). */
    private static final Set<String> ABBREVIATED_TITLES = Abbreviations.titles().stream()
            .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** A title word; hyphenated titles count when every part is one ("Secretary-General"). */
    boolean isTitle(String lower) {
        if (titles.contains(lower) || Honorifics.isKey(lower) || ABBREVIATED_TITLES.contains(lower)) {
            return true; // the shared forms of address and abbreviated titles too: Cllr, Señora, Atty
        }
        if (lower.length() > 1 && lower.endsWith(".") && lower.indexOf('.') == lower.length() - 1) {
            String bare = lower.substring(0, lower.length() - 1);
            return titles.contains(bare) || ABBREVIATED_TITLES.contains(bare); // "Dr.", "Rep.", "Engr."
        }
        if (lower.indexOf('-') > 0) {
            for (String part : lower.split("-")) {
                if (!titles.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
