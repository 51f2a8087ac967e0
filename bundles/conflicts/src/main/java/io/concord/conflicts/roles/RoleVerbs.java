package io.concord.conflicts.roles;

import static io.concord.conflicts.roles.RolePhrases.hasPunctuation;
import static io.concord.conflicts.roles.RolePhrases.phrase;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.conflicts.roles.RolePhrases.Found;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Token;

/**
 * Roles that a verb after a person's name states, for {@link RoleStatements}: a linking verb before a title ({@code
 * is the prime minister}, {@code was sacked as defence minister}: a past office), and a verb that makes the person
 * the head, the owner or the manager of a body ({@code who led the survey mission}, {@code owns a bakery}).
 */
final class RoleVerbs {
    private static final String ADVERB = "(?:(?:now|also|currently|still|then|previously|formerly|once|briefly|later)\\s+)?";
    /** Verbs linking a person to a past office: sacked as, resigned as, was (elected or appointed is current). */
    private static final Pattern FORMER = Pattern.compile("^\\s*" + ADVERB + "(?:(?:was|had been|has been)\\s+"
            + ADVERB + "(?:sacked|fired|dismissed|ousted|removed|replaced|forced out|pushed out|voted out)\\s+as"
            + "|(?:resigned|stepped down|quit|retired|left office)\\s+as|served as|used to be|had been|was)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Verbs linking a person to a present office: is, became, was appointed. */
    private static final Pattern CURRENT = Pattern.compile("^\\s*" + ADVERB + "(?:(?:was|has been|had been)\\s+"
            + "(?:appointed|named|elected|re-elected|made|sworn in as|promoted to|confirmed as|chosen as)"
            + "|is|remains|became|has become|serves as|holds the post of)\\s+", Pattern.CASE_INSENSITIVE);
    /** Verbs that make a person the head, the owner or the manager of a body. */
    private static final Pattern ACTS = Pattern.compile("^\\s*(?:now\\s+|also\\s+|still\\s+)?(led|leads|heads|headed"
            + "|owns|owned|manages|managed)\\s+(?:the|a|an|its|his|her|their)\\s+", Pattern.CASE_INSENSITIVE);
    /** Most words of the body a verb ties a person to ("the Coastal Rescue Agency in Bodø"). */
    private static final int MAX_BODY_WORDS = 6;
    /** Function words inside a body's name or place ("a bakery in Sousse", "the Bank of Tarvos"). */
    private static final Set<String> OBJECT_JOINERS = Set.of("in", "of", "and");
    /** What one leads without heading a body ("led the way", "led the charge", "leads the race"). */
    private static final Set<String> NO_BODIES = Set.of("way", "charge", "fight", "push", "effort", "calls", "race",
            "field", "pack", "vote", "polls", "league", "table", "standings");

    private RoleVerbs() {}

    /** {@code is the prime minister}, {@code was sacked as defence minister}: the role after a linking verb. */
    static Found linked(DocumentView view, int from) {
        String rest = view.text().substring(from, Math.min(view.text().length(), from + 60));
        Matcher current = CURRENT.matcher(rest);
        if (current.find()) {
            return phrase(view, from + current.end(), "", false);
        }
        Matcher former = FORMER.matcher(rest);
        if (former.find()) {
            return phrase(view, from + former.end(), "former ", false);
        }
        return null;
    }

    /**
     * {@code who led the survey mission}, {@code owns a bakery in Sousse}, {@code manages the bakery for its owners}:
     * a verb that makes the person the head, the owner or the manager of what follows, as a role of that body. The
     * body runs over words that are no function word, through "in", "of" or "and" before a capitalised word.
     */
    static Found acted(DocumentView view, int from) {
        String text = view.text();
        if (from < 0) {
            return null;
        }
        Matcher m = ACTS.matcher(text.substring(from, Math.min(text.length(), from + 40)));
        if (!m.find()) {
            return null;
        }
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        String head = verb.startsWith("own") ? "owner" : verb.startsWith("manag") ? "manager" : "head";
        List<Token> tokens = view.tokens();
        int first = view.tokenAt(from + m.end());
        int last = -1;
        for (int k = first; k < tokens.size() && k < first + MAX_BODY_WORDS; k++) {
            Token t = tokens.get(k);
            if (k > first && hasPunctuation(text, tokens.get(k - 1).end(), t.begin()) || t.isNumber()) {
                break;
            }
            boolean joins = OBJECT_JOINERS.contains(t.norm()) && k > first && k + 1 < tokens.size()
                    && Character.isUpperCase(text.charAt(tokens.get(k + 1).begin()))
                    && !hasPunctuation(text, t.end(), tokens.get(k + 1).begin());
            if (t.stop() && !joins) {
                break;
            }
            last = t.stop() ? last : k;
        }
        if (last < first || NO_BODIES.contains(tokens.get(last).norm())) {
            return null;
        }
        String body = text.substring(tokens.get(first).begin(), tokens.get(last).end());
        return new Found(head + " of the " + body, from + m.start(1), tokens.get(last).end(), head);
    }
}
