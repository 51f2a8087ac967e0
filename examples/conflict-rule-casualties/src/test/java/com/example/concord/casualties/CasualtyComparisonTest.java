package com.example.concord.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented sentences only. */
class CasualtyComparisonTest {
    private static final CasualtyComparison DEFAULT = new CasualtyComparison(CasualtyComparison.Settings.DEFAULT);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The storm killed [40] people in the hills.                         | DEAD
            [40] people were killed when the ferry capsized.                   | DEAD
            The blast left [40] dead and 12 injured.                           | DEAD
            The blast left 40 dead and [12] injured.                           | INJURED
            The fire killed 40 and injured [12] others.                        | INJURED
            The fire killed [40] and injured 12 others.                        | DEAD
            The landslide, killing [9] villagers, blocked the road.            | DEAD
            The death toll rose to [45] on Sunday.                             | DEAD
            [30] miners died underground.                                      | DEAD
            Officials counted [7] deaths overnight.                            | DEAD
            At least [18] people were wounded by the shelling.                 | INJURED
            [5] passengers were hurt when the train braked.                    | INJURED
            Rescuers evacuated [300] people from the valley.                   | NONE
            [300] homes were destroyed. Two people died.                       | NONE
            The council hired [40] staff after the strike killed the project.  | NONE
            """)
    void readsWhatACountCountsFromTheNearestCasualtyWord(String marked, String expected) {
        DocumentRecord d = doc("d", marked, null, null);
        AnnotationRecord f = d.annotations("figure").stream().filter(a -> a.begin() == marked.indexOf('[')).findFirst().orElseThrow();
        CasualtyComparison.Toll toll = CasualtyComparison.toll(f, d.text(), d.annotations("figure"));
        assertEquals(expected, toll == null ? "NONE" : toll.name(), d.text());
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The quake killed [40] people.              | The quake killed [45] people.              | CONFLICT
            The quake killed [40] people.              | [40] people died in the quake.             | NONE
            The quake killed at least [40] people.     | The quake killed [45] people.              | CONSISTENT
            The quake killed at least [40] people.     | The quake killed [35] people.              | CONFLICT
            The quake killed more than [40] people.    | The quake killed [40] people.              | CONFLICT
            The quake killed more than [40] people.    | The quake killed [41] people.              | CONSISTENT
            The quake killed at least [40] people.     | The quake killed [300] people.             | CONFLICT
            The quake killed about [40] people.        | The quake killed [43] people.              | CONSISTENT
            The quake killed nearly [40] people.       | The quake killed [38] people.              | CONSISTENT
            The quake killed nearly [40] people.       | The quake killed [40] people.              | CONFLICT
            The quake killed [40] people.              | The quake injured [45] people.             | NONE
            The quake injured [60] people.             | [85] people were hurt in the quake.        | CONFLICT
            The quake destroyed [40] houses.           | The quake destroyed [45] houses.           | NONE
            """)
    void comparesTheTollsOfTwoReports(String a, String b, String expected) {
        List<Conflict> found = DEFAULT.compare(new Story("s", List.of(doc("a", a, null, null), doc("b", b, null, null))));
        assertEquals(expected, outcome(found), found.toString());
    }

    @ParameterizedTest(name = "tolerance {0}: 40 vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0  | 44 | CONFLICT
            0.05 | 44 | CONSISTENT
            0.05 | 48 | CONFLICT
            0.1  | 48 | CONSISTENT
            """)
    void widensTollsByTheConfiguredTolerance(double tolerance, int other, String expected) {
        CasualtyComparison c = new CasualtyComparison(new CasualtyComparison.Settings(tolerance, 0.1, 0.5, true));
        List<Conflict> found = c.compare(new Story("s", List.of(doc("a", "The flood killed [40] people.", null, null),
                doc("b", "The flood killed [" + other + "] people.", null, null))));
        assertEquals(expected, outcome(found), found.toString());
    }

    @Test
    void reportsDifferentDeathTollsAsAFigureConflictWithVersionedClaims() {
        Story story = new Story("s", List.of(
                doc("one", "Fire at a depot\nThe fire killed [12] workers and injured 30.", null, null),
                doc("two", "Depot fire\n[19] workers died in the fire, officials said.", null, null),
                doc("three", "A fire at the depot killed [12] workers.", null, null)));
        List<Conflict> found = DEFAULT.compare(story);
        assertEquals(1, found.size(), found.toString());
        Conflict c = found.get(0);
        assertEquals("figure", c.kind());
        assertEquals("high", c.severity());
        assertFalse(c.consistent());
        assertEquals("deaths", c.details().get("measure"));
        Map<String, String> versions = new HashMap<>();
        for (Claim claim : c.claims()) {
            versions.put(claim.document() + ":" + claim.text(), claim.version());
        }
        assertEquals(Map.of("one:12", "A", "three:12", "A", "two:19", "B"), versions);
        assertTrue(c.summary().contains("12 (one)") && c.summary().contains("19 (two)"), c.summary());
    }

    @Test
    void measuredAttributeAndQualifierAttributeWinOverTheText() {
        // the annotator says what the figure measures and how it is hedged; the sentence says neither
        Story story = new Story("s", List.of(doc("a", "The toll stood at [40] on Monday.", "people killed", "at-least"),
                doc("b", "The toll stood at [44] on Monday.", "deaths", null)));
        assertEquals("CONSISTENT", outcome(DEFAULT.compare(story)));
    }

    @Test
    void takesTheLargestTollOfAReport() {
        Story story = new Story("s", List.of(
                doc("a", "The toll rose from 20 killed on Friday to [34] killed by Sunday.", null, null),
                doc("b", "The storm killed [34] people.", null, null)));
        assertEquals("NONE", outcome(DEFAULT.compare(story)));
    }

    @Test
    void leavesInjuryCountsAloneWhenToldTo() {
        CasualtyComparison deathsOnly = new CasualtyComparison(new CasualtyComparison.Settings(0, 0.1, 0.5, false));
        Story story = new Story("s", List.of(doc("a", "The crash injured [60] people.", null, null),
                doc("b", "The crash injured [85] people.", null, null)));
        assertEquals("NONE", outcome(deathsOnly.compare(story)));
        assertEquals("CONFLICT", outcome(DEFAULT.compare(story)));
    }

    private static String outcome(List<Conflict> found) {
        if (found.isEmpty()) {
            return "NONE";
        }
        assertEquals(1, found.size(), found.toString());
        return found.get(0).consistent() ? "CONSISTENT" : "CONFLICT";
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /**
     * A document whose every number is a figure of kind count, as the figures annotator would give it; the
     * bracketed one takes {@code measured} and {@code qualifier} when given.
     */
    private static DocumentRecord doc(String id, String marked, String measured, String qualifier) {
        int open = marked.indexOf('[');
        String text = marked.replace("[", "").replace("]", "");
        List<AnnotationRecord> figures = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("kind", "count");
            attributes.put("value", Double.parseDouble(m.group()));
            if (m.start() == open) {
                attributes.put("measured", measured);
                attributes.put("qualifier", qualifier);
            }
            figures.add(new AnnotationRecord("figure", m.start(), m.end(), m.group(), attributes));
        }
        return new DocumentRecord(id, text, figures, List.of());
    }
}
