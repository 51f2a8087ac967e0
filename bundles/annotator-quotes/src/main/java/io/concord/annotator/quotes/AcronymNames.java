package io.concord.annotator.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Gives a body written as an acronym the full name it abbreviates in the same document ("the NIB said" after
 * "The Nordic Investment Bank held …"), so that a body has one canonical name whichever form speaks.
 */
final class AcronymNames {
    /** Words an acronym usually skips ("Bank of England" = BoE, "Institute for the Study of War" = ISW). */
    private static final Set<String> SKIPPED = Set.of("of", "for", "the", "and", "&", "on", "in");

    private final Discourse d;

    AcronymNames(Discourse d) {
        this.d = d;
    }

    void expand() {
        Map<String, String> byInitials = new HashMap<>();
        for (Mention m : d.mentions) {
            if ((m.kind == Mention.Kind.BODY || m.kind == Mention.Kind.NAME) && m.last > m.first) {
                String initials = initials(m);
                if (initials != null) {
                    byInitials.putIfAbsent(initials, m.canonical);
                }
            }
        }
        if (byInitials.isEmpty()) {
            return;
        }
        for (Mention m : d.mentions) {
            if (m.kind == Mention.Kind.BODY && m.first == m.last && d.token(m.first).isAcronym()) {
                String full = byInitials.get(d.token(m.first).text.replace(".", ""));
                if (full != null) {
                    m.canonical = full;
                }
            }
        }
    }

    /** The capitals of a name whose every other word is capitalised: "Nordic Investment Bank" -> NIB. */
    private String initials(Mention m) {
        StringBuilder sb = new StringBuilder();
        for (int i = m.first; i <= m.last; i++) {
            Token t = d.token(i);
            if (!t.isWord()) {
                return null;
            }
            if (SKIPPED.contains(t.lower) && !t.capitalised) {
                continue;
            }
            if (!t.capitalised) {
                return null;
            }
            sb.append(t.text.charAt(0));
        }
        return sb.length() >= 2 ? sb.toString() : null;
    }
}
