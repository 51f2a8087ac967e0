package io.concord.conflicts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;

import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import io.concord.conflicts.TwoReports;
import org.junit.jupiter.api.Test;

/**
 * A number of years ago against a year when no report states the story's year: the weekdays the story gives its
 * dates ("Friday, March 14"; a dateline's day by "said on Wednesday" or by its lead's weekday) leave only some
 * years possible, and a year plus the years ago that is none of them is another year. Invented sentences.
 */
class StoryYearsTest {
    private final DateRule rule = new DateRule(Configs.defaults(DateRule.Config.class), TestViews.views());

    /** Sept 17 a Wednesday, Thursday or Friday (told on Wednesday, filed that day or up to two days later). */
    private static TestDocs pierDateline(String sentence, String year, String value) {
        TestDocs d = TestDocs.doc("a", "HAMAR, Sept 17 (Reuters) - Divers began searching the lake off Selvik for "
                + "the sunken ferry, the county said on Wednesday.\n\n" + sentence)
                .date("Sept 17", "XXXX-09-17").date("Wednesday", "XXXX-WXX-3");
        return value == null ? d.figure(year, "duration", Long.parseLong(year.split(" ")[0]), "year", "exact")
                : d.date(year, value);
    }

    /** March 14 a Friday, so the story is of 2014, 2025, 2031, 2036 ... */
    private static TestDocs cableFriday() {
        return TestDocs.doc("b", "The cable car above Rinvik stopped on Friday, March 14, leaving 40 skiers in "
                + "mid-air.\n\nThe cable car above Rinvik last failed 12 years ago, in a storm.")
                .date("Friday", "XXXX-WXX-5").date("March 14", "XXXX-03-14")
                .figure("12 years", "duration", 12L, "year", "exact");
    }

    private static TestDocs cableYear(String year, String value) {
        return TestDocs.doc("a", "Skiers were stranded on the cable car above Rinvik. The cable car last failed in "
                + year + ", in a storm.").date(year, value);
    }

    /** Nov 4 a Sunday, Monday or Tuesday (the lead's Sunday, told that day or up to two days later). */
    private static TestDocs cycloneLead(String sentence, UnaryOperator<TestDocs> extra) {
        return extra.apply(TestDocs.doc("a", "NADI, Nov 4 (AFP) - A cyclone flattened the sugar mill at Vunavou on "
                + "Sunday, cutting power to the whole district.\n\n" + sentence)
                .date("Nov 4", "XXXX-11-04").date("Sunday", "XXXX-WXX-7"));
    }

    private static final List<TwoReports> ROWS = List.of(
            new TwoReports("years ago against a year the dateline's weekday rules out",
                    pierDateline("The ferry last sank 9 years ago, in a gale.", "9 years", null),
                    TestDocs.doc("b", "The ferry that sank off Selvik last sank in 2019, in a gale.")
                            .date("2019", "2019"), true),
            new TwoReports("years ago against a year the dateline's weekday allows",
                    pierDateline("The ferry last sank 9 years ago, in a gale.", "9 years", null),
                    TestDocs.doc("b", "The ferry that sank off Selvik last sank in 2016, in a gale.")
                            .date("2016", "2016"), false),
            new TwoReports("an adverb before a comma ('once before, in 2019,') brings in no other event",
                    pierDateline("The ferry had sunk once before, 9 years ago, in a gale.", "9 years", null),
                    TestDocs.doc("b", "Officials said the ferry that sank off Selvik had sunk once before, in 2019, "
                            + "after a gale, and was raised.").date("2019", "2019"), true),
            new TwoReports("years ago against a year a weekday told with its date rules out",
                    cableYear("2018", "2018"), cableFriday(), true),
            new TwoReports("years ago against a year a weekday told with its date allows",
                    cableYear("2019", "2019"), cableFriday(), false),
            new TwoReports("years ago against a month and year a weekday told with its date rules out",
                    cableYear("June 2018", "2018-06"), cableFriday(), true),
            new TwoReports("years ago against a month and year a weekday told with its date allows",
                    cableYear("June 2019", "2019-06"), cableFriday(), false),
            new TwoReports("years ago against a year the lead's weekday rules out",
                    cycloneLead("The mill was last flattened by a cyclone 6 years ago.",
                            d -> d.figure("6 years", "duration", 6L, "year", "exact")),
                    TestDocs.doc("b", "The sugar mill at Vunavou was last flattened by a cyclone in 2021.")
                            .date("2021", "2021"), true),
            new TwoReports("years ago against a year the lead's weekday allows",
                    cycloneLead("The mill was last flattened by a cyclone 6 years ago.",
                            d -> d.figure("6 years", "duration", 6L, "year", "exact")),
                    TestDocs.doc("b", "The sugar mill at Vunavou was last flattened by a cyclone in 2024.")
                            .date("2024", "2024"), false),
            new TwoReports("years ago against a year, no weekday given: any year may be the story's",
                    TestDocs.doc("a", "A cyclone flattened the sugar mill at Vunavou. It was last flattened by a "
                            + "cyclone 6 years ago.").figure("6 years", "duration", 6L, "year", "exact"),
                    TestDocs.doc("b", "The sugar mill at Vunavou was last flattened by a cyclone in 2021.")
                            .date("2021", "2021"), false),
            new TwoReports("years ago of one event against the year of another",
                    pierDateline("The ferry was built 9 years ago at a yard in Bergen.", "9 years", null),
                    TestDocs.doc("b", "The ferry that sank off Selvik had passed a safety check in 2019.")
                            .date("2019", "2019"), false));

    @Test
    void readsYearsAgoAgainstTheYearsTheStorysWeekdaysAllow() {
        assertEquals(List.of(), TwoReports.wrong(rule, ROWS));
    }
}
