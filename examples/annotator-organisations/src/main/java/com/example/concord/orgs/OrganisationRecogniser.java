package com.example.concord.orgs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * Finds organisations by how news names them, in plain Java: a run of capitalised words that ends in the word
 * for a kind of body ("Ministry of Health", "International Monetary Fund", "Northwind Shipping Ltd") or holds
 * one, and the acronym given after such a name in brackets, wherever it is used later ("World Health
 * Organization (WHO)" ... "WHO said").
 */
public final class OrganisationRecogniser {
    /** One organisation found: its span, full name and kind. */
    public record Organisation(int begin, int end, String canonical, String kind) {}

    private static final Set<String> COMPANY_ENDINGS = Set.of("Inc", "Inc.", "Ltd", "Ltd.", "plc", "PLC", "Corp",
            "Corp.", "Corporation", "LLC", "GmbH", "AG", "SA", "S.A.", "NV", "N.V.", "Co", "Co.", "Group", "Holdings",
            "Airlines", "Airways", "Motors", "Energy", "Telecom", "Pharmaceuticals", "Industries");
    private static final Set<String> GOVERNMENT_HEADS = Set.of("Ministry", "Department", "Agency", "Office",
            "Commission", "Council", "Parliament", "Senate", "Authority", "Service", "Directorate", "Bureau",
            "Inspectorate", "Police", "Army", "Navy", "Treasury", "Cabinet", "Assembly", "Court", "Tribunal");
    private static final Set<String> OTHER_HEADS = Set.of("Organization", "Organisation", "Union", "Fund",
            "Association", "Federation", "Institute", "Foundation", "Committee", "Party", "University", "College",
            "Society", "Bank", "Alliance", "Coalition", "League", "Board", "Centre", "Center", "Network", "Trust", "Forum");
    /** Marks of a body of several states. */
    private static final Set<String> INTERNATIONAL = Set.of("International", "World", "United", "European",
            "African", "Asian", "Global");
    /** Lower-case words that may stand inside a name between capitalised ones ("Ministry of Health"). */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "&");
    /** Titles after a name that end it ("Bank of England Governor ..."). */
    private static final Set<String> TITLES = Set.of("Governor", "Minister", "President", "Chairman", "Chairwoman",
            "Chair", "Chief", "Director", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "Head", "CEO");
    /** Words that open a sentence or a name without being part of it. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "At", "On", "By", "From", "For",
            "But", "And", "Its", "Their", "His", "Her");

    private OrganisationRecogniser() {}

    public static List<Organisation> find(Segmentation s) {
        List<Word> words = s.words();
        List<Organisation> found = new ArrayList<>();
        Map<String, Organisation> acronyms = new HashMap<>();
        int i = 0;
        while (i < words.size()) {
            int end = runEnd(s, words, i);
            int begin = i;
            while (begin < end && OPENERS.contains(words.get(begin).text())) {
                begin++;
            }
            Organisation named = begin < words.size() ? acronyms.get(words.get(begin).text()) : null;
            if (named != null) {
                Word w = words.get(begin);
                found.add(new Organisation(w.begin(), w.end(), named.canonical(), named.kind()));
                i = begin + 1;
                continue;
            }
            if (end == i) {
                i++;
                continue;
            }
            Organisation org = organisation(s, words, begin, end);
            if (org != null) {
                found.add(org);
                String acronym = bracketedAcronym(words, end);
                if (acronym != null) {
                    acronyms.put(acronym, org);
                    end += 3;
                }
            }
            i = end;
        }
        return found;
    }

    /** The end (exclusive) of the run of name words from {@code i}; {@code i} when none starts there. */
    private static int runEnd(Segmentation s, List<Word> words, int i) {
        int end = i;
        int j = i;
        while (j < words.size() && s.sentenceOf(j) == s.sentenceOf(i)) {
            Word w = words.get(j);
            boolean touching = j > i && words.get(j - 1).end() == w.begin();
            if (TITLES.contains(w.text()) && j > i) {
                break;
            }
            if (w.capitalised() || COMPANY_ENDINGS.contains(w.text())) {
                end = ++j;
            } else if (j > i && (CONNECTORS.contains(w.text()) || (w.text().equals("-") && touching))
                    && j + 1 < words.size() && words.get(j + 1).capitalised()) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    private static Organisation organisation(Segmentation s, List<Word> words, int begin, int end) {
        if (end - begin < 2) {
            return null; // "Police said", "Parliament voted": a body named by one word is left to the reader
        }
        String kind = null;
        for (int k = begin; k < end; k++) {
            String w = words.get(k).text();
            if (GOVERNMENT_HEADS.contains(w)) {
                kind = "government";
            } else if (OTHER_HEADS.contains(w) && kind == null) {
                kind = "other";
            }
        }
        String last = words.get(end - 1).text();
        boolean company = COMPANY_ENDINGS.contains(last) && end - begin >= 2;
        if (kind == null && !company) {
            return null;
        }
        if (company && kind == null) {
            kind = "company";
        }
        for (int k = begin; k < end; k++) {
            if (INTERNATIONAL.contains(words.get(k).text()) && !"company".equals(kind)) {
                kind = "international";
            }
        }
        String text = s.text().substring(words.get(begin).begin(), words.get(end - 1).end());
        return new Organisation(words.get(begin).begin(), words.get(end - 1).end(), text.replaceAll("\\s+", " "), kind);
    }

    /** The acronym in brackets right after a name, as in "World Health Organization (WHO)"; null if none. */
    private static String bracketedAcronym(List<Word> words, int end) {
        if (end + 2 < words.size() && words.get(end).text().equals("(") && words.get(end + 2).text().equals(")")
                && words.get(end + 1).acronym()) {
            return words.get(end + 1).text();
        }
        return null;
    }
}
