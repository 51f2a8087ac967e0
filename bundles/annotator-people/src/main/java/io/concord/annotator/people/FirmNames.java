package io.concord.annotator.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.concord.annotator.people.Tokens.Kind;
import io.concord.annotator.people.Tokens.Token;
import io.concord.api.Interruption;

/**
 * The document-level pass for company names: a name written once as a firm's ({@code X Minerals Inc.},
 * {@code X Y Holdings}, {@code X, a family-owned brewer}) is the firm's wherever it stands alone in the same
 * document ({@code X said}, {@code X reported}), where a verb of speech would otherwise make it a person.
 * A name with a role or honorific keeps its verdict.
 */
final class FirmNames {

    /**
     * Words that end a company's name after its own name: legal forms and the business nouns companies are
     * named with. Facilities and public bodies are left out: they are named after people.
     */
    private static final Set<String> CORPORATE = Set.of("Inc.", "Inc", "Corp.", "Corp", "Ltd", "Ltd.", "Co.",
            "LLC", "Plc", "PLC", "plc", "GmbH", "AG", "N.V.", "S.A.", "Limited", "Holdings", "Group", "Minerals",
            "Metals", "Mining", "Resources", "Shipping", "Ports", "Properties", "Airlines", "Airways", "Motors",
            "Energy", "Capital", "Partners", "Industries", "Technologies", "Systems", "Pharmaceuticals", "Logistics",
            "Telecom", "Ventures", "Insurance", "Petroleum", "Bancorp", "Therapeutics", "Pharma", "Biotech",
            "Electronics", "Semiconductor", "Semiconductors", "Foods", "Brands",
            // legal forms of other countries, as news leaves them after the name
            "BV", "B.V.", "NV", "SpA", "S.p.A.", "Oy", "Oyj", "AB", "ASA", "SE", "Bhd", "Bhd.", "Pte", "Pty", "Tbk",
            "KK", "K.K.", "SAS", "SARL", "Srl", "S.L.", "JSC", "PJSC", "Ltda", "Ltda.", "Kft", "Zrt", "ApS");

    /** How many capitalised words may stand between the name and the word that ends the firm's name. */
    private static final int BETWEEN = 2;

    private FirmNames() {}

    /** Rejects the candidates that the document names as a firm somewhere. */
    static void reject(String text, List<Token> tokens, List<Candidate> candidates) {
        Set<String> firms = new HashSet<>();
        for (Candidate c : candidates) {
            Interruption.check();
            if (CORPORATE.contains(tokens.get(c.last).text()) && c.last > c.first) {
                // "Kalvora Biotech said": the firm's word is inside the name read as a person's
                firms.add(key(text, tokens, c.first, c.last));
                firms.add(key(text, tokens, c.first, c.last - 1));
            }
            if (firmNameGoesOn(text, tokens, c.last) || Appositions.firm(tokens, c.last)) {
                firms.add(key(text, tokens, c.first, c.last));
                firms.add(key(text, tokens, c.last, c.last)); // "Vellacorte" after "Casa Vellacorte"
            }
        }
        if (firms.isEmpty()) {
            return;
        }
        for (Candidate c : candidates) {
            if (c.role == null && firms.contains(key(text, tokens, c.first, c.last))
                    && !(c.first > 0 && FormsOfAddress.is(tokens.get(c.first - 1).text()))) {
                c.accepted = false;
                c.score = -9;
            }
        }
    }

    /** {@code X Minerals Inc.}, {@code X Crescent Holdings}: capitalised words after the name end in a firm's word. */
    private static boolean firmNameGoesOn(String text, List<Token> tokens, int last) {
        for (int k = last + 1; k < tokens.size() && k <= last + 1 + BETWEEN; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Kind.PUNCT || t.kind() == Kind.NUMBER || !Character.isUpperCase(t.text().charAt(0))
                    || t.begin() - tokens.get(k - 1).end() != 1 || text.charAt(t.begin() - 1) != ' ') {
                return false;
            }
            if (CORPORATE.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static String key(String text, List<Token> tokens, int first, int last) {
        return NameKeys.spaced(text.substring(tokens.get(first).begin(), tokens.get(last).end()));
    }
}
