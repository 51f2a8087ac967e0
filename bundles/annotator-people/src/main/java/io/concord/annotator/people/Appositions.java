package io.concord.annotator.people;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.concord.annotator.people.Tokens.Kind;
import io.concord.annotator.people.Tokens.Token;

/**
 * What an apposition set off by a comma right after a name says about it: an age ({@code X, 31,}) or a clause
 * that only a person takes ({@code X, who ...}, {@code X, the engineer who ...}) make it a person; a noun of
 * settlement ({@code X, a town of 4,000}) makes it a place. Each test reads the tokens after the name's last one.
 */
final class Appositions {

    /** Nouns of settlements and divisions in an apposition: {@code Bauan, a municipality on the coast}. */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("town", "village", "city", "hamlet", "municipality",
            "township", "suburb", "port", "district", "province", "county", "region", "island");

    private static final Set<String> AFTER_SETTLEMENT = Set.of("of", "in", "on", "near", "outside", "at", "by", "off",
            "along", "close", "about", "some", "where", "which", "that", "with", "known", "north", "south", "east",
            "west", "from", "based", "founded", "listed", ",", ".", ";");

    /**
     * Nouns of businesses in an apposition: {@code X, a family-owned brewer from ...}. Only nouns that name a
     * firm, never its people ({@code trader}, {@code developer} and {@code miner} can be either).
     */
    private static final Set<String> FIRM_NOUNS = Set.of("company", "firm", "maker", "manufacturer", "producer",
            "roaster", "brewer", "retailer", "lender", "insurer", "carrier", "conglomerate", "startup", "start-up",
            "bank", "exporter", "importer", "distributor", "supplier", "chain", "brand", "subsidiary",
            // bodies that are no firm but, like one, are never a person: "X, a group that monitors markets"
            "group", "organisation", "organization", "charity", "cooperative", "co-operative", "association",
            "network", "coalition", "consortium", "nonprofit", "non-profit", "agency");

    /** Relative pronouns English uses for people only; places and firms take {@code which} or {@code where}. */
    private static final Set<String> PERSONAL_RELATIVES = Set.of("who", "whose", "whom");

    /** How many lower-case words a description may run before its relative pronoun: {@code the young engineer who}. */
    private static final int DESCRIPTION_WORDS = 4;

    /** An age written as one compound adjective: {@code 41-year-old}. */
    private static final Pattern YEARS_OLD = Pattern.compile("\\d{1,3}[-‑]year[-‑]old");

    private Appositions() {}

    /** {@code X, 31,}, {@code X (31)} or {@code X, a 31-year-old ...}: an age right after the name. */
    static boolean age(List<Token> tokens, int last) {
        return bareAge(tokens, last) || yearsOld(tokens, last);
    }

    /**
     * {@code X, a 41-year-old mother}: the compound age after an article, however the segmenter splits it
     * ({@code 41-year-old} or {@code 41}, {@code -}, {@code year-old}).
     */
    private static boolean yearsOld(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 2 >= tokens.size() || !tokens.get(k).is(",") || !(tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an"))) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (int j = k + 2; j < tokens.size() && j <= k + 6; j++) {
            joined.append(tokens.get(j).text());
            if (YEARS_OLD.matcher(joined).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean bareAge(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 2 >= tokens.size() || !(tokens.get(k).is(",") || tokens.get(k).is("("))) {
            return false;
        }
        Token n = tokens.get(k + 1);
        String close = tokens.get(k).is("(") ? ")" : ",";
        return n.kind() == Kind.NUMBER && n.text().length() <= 3 && n.text().chars().allMatch(Character::isDigit)
                && Integer.parseInt(n.text()) <= 120 && (tokens.get(k + 2).is(close) || tokens.get(k + 2).is("."));
    }

    /**
     * {@code X, who ...}, {@code X, whose ...}, {@code X, the engineer who ...}: a relative clause for people,
     * right after the comma or after a short description opened by an article.
     */
    static boolean personalClause(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 1 >= tokens.size() || !tokens.get(k).is(",")) {
            return false;
        }
        k++;
        if (PERSONAL_RELATIVES.contains(tokens.get(k).text())) {
            return true;
        }
        if (!NameWords.ARTICLES.contains(tokens.get(k).text())) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 1 + DESCRIPTION_WORDS; j++) {
            Token t = tokens.get(j);
            if (PERSONAL_RELATIVES.contains(t.text())) {
                return j > k + 1;
            }
            if (t.kind() != Kind.WORD || !Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Possessive pronouns that open a personal apposition: {@code X, his wife}. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");

    /**
     * {@code X, his wife of 61 years}, {@code X, her former coach}: a kin word or role that a possessive pronoun
     * ties to another person, which only a person takes.
     */
    static boolean possessiveRole(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 2 >= tokens.size() || !tokens.get(k).is(",") || !POSSESSIVES.contains(tokens.get(k + 1).text())) {
            return false;
        }
        for (int j = k + 2; j < tokens.size() && j <= k + 4; j++) {
            Token t = tokens.get(j);
            if (Roles.isHead(t)) {
                return true;
            }
            if (!Roles.isRoleWord(t)) {
                return false;
            }
        }
        return false;
    }

    /** {@code , a (small) town}, {@code , the municipality}: the name is a place. */
    static boolean settlement(List<Token> tokens, int last) {
        return describedBy(tokens, last, SETTLEMENT_NOUNS);
    }

    /** {@code X, a family-owned roaster from ...}, {@code X, a company that ...}: the name is a firm's. */
    static boolean firm(List<Token> tokens, int last) {
        return describedBy(tokens, last, FIRM_NOUNS);
    }

    /** An apposition of an article, up to two lower-case words and one of {@code nouns} as its head. */
    private static boolean describedBy(List<Token> tokens, int last, Set<String> nouns) {
        int k = last + 1;
        if (k + 2 >= tokens.size() || !tokens.get(k).is(",") || !NameWords.ARTICLES.contains(tokens.get(k + 1).text())) {
            return false;
        }
        for (int j = k + 2; j < tokens.size() && j <= k + 4; j++) {
            Token t = tokens.get(j);
            if (nouns.contains(t.text())) {
                // "a town of 4,000", "a village near": not "a town councillor"
                return j + 1 < tokens.size() && (AFTER_SETTLEMENT.contains(tokens.get(j + 1).text())
                        || tokens.get(j + 1).kind() == Kind.NUMBER);
            }
            if (t.kind() != Kind.WORD || !Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
        }
        return false;
    }
}
