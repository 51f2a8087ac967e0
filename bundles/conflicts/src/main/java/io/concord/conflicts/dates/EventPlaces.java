package io.concord.conflicts.dates;

import java.util.HashSet;
import java.util.Set;

/** Where two dates' events are told to be: two places of one kind that neither sentence shares are two events. */
final class EventPlaces {
    private EventPlaces() {}

    /**
     * Whether two dates are located in different places near them, neither of which the other date's sentence
     * names further off ("swept into Ocros in the wet uplands of the Huaylas range ... on Thursday").
     */
    static boolean different(DateRule.Item a, DateRule.Item b) {
        return differentPlaces(a.places(), b.places()) && !namedBoth(a.places(), b.sentencePlaces())
                && !namedBoth(b.places(), a.sentencePlaces());
    }

    /**
     * Whether two dates are located in different places: both name places of one kind (two cities, two
     * countries) and share none. A country and a city in it are no contradiction, and which city lies in which
     * country is not known here.
     */
    private static boolean differentPlaces(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty() || !disjoint(a, b)) {
            return false;
        }
        Set<String> kindsOfA = new HashSet<>();
        a.forEach(p -> kindsOfA.add(p.substring(p.indexOf('\u0000') + 1)));
        return b.stream().anyMatch(p -> kindsOfA.contains(p.substring(p.indexOf('\u0000') + 1)));
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a place near one date is named anywhere in the other date's sentence: the same place told further off. */
    private static boolean namedBoth(Set<String> places, Set<String> sentence) {
        for (String p : places) {
            if (sentence.contains(p.substring(0, p.indexOf('\u0000')))) {
                return true;
            }
        }
        return false;
    }
}
