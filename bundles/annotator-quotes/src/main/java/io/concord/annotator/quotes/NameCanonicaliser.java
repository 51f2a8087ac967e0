package io.concord.annotator.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every name read from capitalised words its canonical form (the given person's name, else the fullest
 * form in the document), the given person it points to, the roles and gender of all its mentions, and
 * whether it speaks anywhere (evidence that it names a person).
 */
final class NameCanonicaliser {
    private final Discourse d;
    private final List<Mention> mentions;

    NameCanonicaliser(Discourse d) {
        this.d = d;
        this.mentions = d.mentions;
    }

    /**
     * A name read from capitalised words takes the given person's canonical name when the surname matches
     * (spelling variants one letter apart count), else the fullest form in the document with that surname,
     * else (for a single word) the fullest short name containing it. Maps keyed by surname keep this linear.
     */
    void canonicalise() {
        List<Mention> names = new ArrayList<>();
        SurnameIndex given = new SurnameIndex();
        Map<String, String> givenByFirstName = new HashMap<>();
        Map<String, Integer> givenIndex = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.NAME) {
                names.add(m);
            } else if (m.kind == Mention.Kind.PERSON) {
                given.add(m.canonical);
                givenIndex.putIfAbsent(m.canonical, m.person);
                givenByFirstName.merge(Names.firstName(m.canonical), m.canonical, Names::fuller);
            }
        }
        SurnameIndex read = new SurnameIndex();
        Map<String, String> containing = new HashMap<>();
        for (Mention m : names) {
            read.add(m.canonical);
            if (Names.words(m.canonical) <= 3) {
                for (String w : Names.fold(m.canonical).split(" ")) {
                    containing.merge(w, m.canonical, Names::fuller);
                }
            }
        }
        Map<String, String> roles = new HashMap<>();
        for (Mention m : names) {
            String key = Names.surname(m.canonical);
            boolean single = m.canonical.indexOf(' ') < 0;
            String full = given.fullest(key);
            if (full == null && single) {
                full = givenByFirstName.get(key);
            }
            if (full == null) {
                full = read.fullest(key);
                if (single && full != null && full.equals(m.canonical) && containing.containsKey(key)) {
                    full = Names.fuller(full, containing.get(key));
                }
            }
            m.canonical = full == null ? m.canonical : full;
            // a name the people annotator missed still points to that person's first given mention
            m.person = givenIndex.getOrDefault(m.canonical, -1);
            if (!m.role.isEmpty()) {
                roles.merge(m.canonical, m.role, (a, b) -> a + " " + b);
            }
        }
        Set<String> speakers = new HashSet<>();
        for (Mention m : names) {
            if (d.nextIsReportingVerb(m.last)) {
                speakers.add(m.canonical);
            }
        }
        Map<String, Mention.Gender> genders = new HashMap<>();
        for (Mention m : names) {
            m.speaks = speakers.contains(m.canonical);
            String r = roles.get(m.canonical);
            if (r != null) {
                m.role = r;
            }
            m.gender = genders.computeIfAbsent(m.canonical + '|' + m.role, k -> Names.gender(m.canonical, m.role));
        }
    }
}
