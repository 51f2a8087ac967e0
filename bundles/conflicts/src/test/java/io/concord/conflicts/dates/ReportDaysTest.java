package io.concord.conflicts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import io.concord.conflicts.TwoReports;
import org.junit.jupiter.api.Test;

/**
 * A bare weekday read as a calendar date against its report's own day (the dateline's date, whose weekday the
 * report tells by "said on Wednesday", or another report of the story by "Monday, March 29"), and dates that start
 * one period told with other verbs. Invented sentences, one row each.
 */
class ReportDaysTest {
    private final DateRule rule = new DateRule(Configs.defaults(DateRule.Config.class), TestViews.views());


    private static TestDocs floodWeek() {
        return TestDocs.doc("a", "KAMPALA, May 12 (Reuters) - Flood waters have cut the main road to the border, "
                        + "officials said on Wednesday.\n\nThe river burst its banks near the town of Oruma on "
                        + "Saturday, the water ministry said.")
                .date("May 12", "XXXX-05-12").date("Wednesday", "XXXX-WXX-3").date("Saturday", "XXXX-WXX-6");
    }

    private static TestDocs fares() {
        return TestDocs.doc("a", "LOME, June 4 (Reuters) - The city council said on Friday it would raise bus fares "
                        + "by a fifth.\n\nThe new fares apply from Friday, the transport chief told reporters.")
                .date("June 4", "XXXX-06-04").date("Friday", "XXXX-WXX-5").date("Friday", "XXXX-WXX-5");
    }

    private static TestDocs strikeOf(String weekday, String value) {
        return TestDocs.doc("a", "Dockers at the port of Bodvik walked out on " + weekday + " in a dispute over night "
                + "shifts.").date(weekday, value);
    }

    private static TestDocs strikeIn(String yearSentence, String year) {
        return TestDocs.doc("b", "Dockers at the port of Bodvik walked out on June 12 in a dispute over night shifts. "
                + yearSentence).date("June 12", "XXXX-06-12").date(year, year);
    }

    private static final List<TwoReports> ROWS = List.of(
            new TwoReports("a month and day of the year the story states falls on another weekday",
                    strikeOf("Wednesday", "XXXX-WXX-3"),
                    strikeIn("It is the third strike at the port in 2029.", "2029"), true),
            new TwoReports("a month and day of the year the story states falls on that weekday",
                    strikeOf("Tuesday", "XXXX-WXX-2"),
                    strikeIn("It is the third strike at the port in 2029.", "2029"), false),
            new TwoReports("a year told of the next event is not the story's year",
                    strikeOf("Wednesday", "XXXX-WXX-3"),
                    strikeIn("The next strike ballot is in 2029.", "2029"), false),
            new TwoReports("a year told with a participle is not the story's year",
                    strikeOf("Wednesday", "XXXX-WXX-3"),
                    strikeIn("The union, founded in 2029, is the largest at the port.", "2029"), false),
            new TwoReports("a number of years ago against a year, in the year the story states",
                    TestDocs.doc("a", "The old bridge at Selvik was rebuilt in 2009 after a flood. It is the busiest "
                            + "crossing in the county in 2027.").date("2009", "2009").date("2027", "2027"),
                    TestDocs.doc("b", "The old bridge at Selvik was rebuilt 12 years ago after a flood.")
                            .figure("12 years", "duration", 12L, "year", "exact"), true),
            new TwoReports("a number of years ago that is the year, in the year the story states",
                    TestDocs.doc("a", "The old bridge at Selvik was rebuilt in 2009 after a flood. It is the busiest "
                            + "crossing in the county in 2027.").date("2009", "2009").date("2027", "2027"),
                    TestDocs.doc("b", "The old bridge at Selvik was rebuilt 18 years ago after a flood.")
                            .figure("18 years", "duration", 18L, "year", "exact"), false),
            new TwoReports("a past weekday read against the dateline's day is not the other report's date", floodWeek(),
                    TestDocs.doc("b", "The river burst its banks near the town of Oruma on May 1, flooding the road "
                            + "to the border.").date("May 1", "XXXX-05-01"), true),
            new TwoReports("a past weekday read against the dateline's day is the other report's date", floodWeek(),
                    TestDocs.doc("b", "The river burst its banks near the town of Oruma on May 8, flooding the road "
                            + "to the border.").date("May 8", "XXXX-05-08"), false),
            new TwoReports("the report's own weekday is its dateline's date, not a week later", fares(),
                    TestDocs.doc("b", "New bus fares apply from June 11, the transport chief told reporters.")
                            .date("June 11", "XXXX-06-11"), true),
            new TwoReports("the report's own weekday is its dateline's date", fares(),
                    TestDocs.doc("b", "New bus fares apply from June 4, the transport chief told reporters.")
                            .date("June 4", "XXXX-06-04"), false),
            new TwoReports("next Monday is the first Monday after the report's day",
                    TestDocs.doc("a", "LIMA, March 3 (Reuters) - Nurses walked out at 40 hospitals, the union said on "
                                    + "Wednesday.\n\nThe nurses will put their pay claim to the cabinet at a session "
                                    + "in the capital on Monday, the government said.")
                            .date("March 3", "XXXX-03-03").date("Wednesday", "XXXX-WXX-3").date("Monday", "XXXX-WXX-1"),
                    TestDocs.doc("b", "Nurses have stopped work at 40 hospitals. The cabinet is expected to weigh "
                            + "their pay claim on March 15.").date("March 15", "XXXX-03-15"), true),
            new TwoReports("a report without a date of its own is not given its story's day: its weekdays stay unread",
                    TestDocs.doc("a", "LIMA, March 3 (Reuters) - Nurses walked out at 40 hospitals, the union said on "
                                    + "Wednesday.\n\nThe cabinet is expected to weigh their pay claim on March 15.")
                            .date("March 3", "XXXX-03-03").date("Wednesday", "XXXX-WXX-3").date("March 15", "XXXX-03-15"),
                    TestDocs.doc("b", "Nurses stopped work at 40 hospitals on Wednesday. The cabinet takes up their "
                            + "pay claim next Monday.").date("Wednesday", "XXXX-WXX-3")
                            .date("Monday", "XXXX-WXX-1"), false),
            new TwoReports("a lead's weekday may be the day before the dateline's",
                    TestDocs.doc("a", "OSLO, May 12 (Reuters) - A landslide buried the coast road north of Bodvik on "
                                    + "Sunday, cutting off three villages.")
                            .date("May 12", "XXXX-05-12").date("Sunday", "XXXX-WXX-7"),
                    TestDocs.doc("b", "A landslide buried the coast road north of Bodvik on May 11, cutting off three "
                            + "villages.").date("May 11", "XXXX-05-11"), false),
            new TwoReports("the start of one plan told with other verbs",
                    TestDocs.doc("a", "Vans must be parked outdoors. The workshop expects to begin refits on June "
                            + "14.").date("June 14", "XXXX-06-14"),
                    TestDocs.doc("b", "Drivers should leave their vans in the open until refits start on Monday, June "
                            + "21.").date("Monday", "XXXX-WXX-1").date("June 21", "XXXX-06-21"),
                    true),
            new TwoReports("the start of one period told in other words",
                    TestDocs.doc("a", "Smugglers have used the tunnel since March 2023, when a border post closed.")
                            .date("March 2023", "2023-03"),
                    TestDocs.doc("b", "The coast guard says the tunnel has carried contraband since March 2022.")
                            .date("March 2022", "2022-03"), true),
            new TwoReports("the starts of two periods that share no word of their events",
                    TestDocs.doc("a", "Fishermen have blocked the harbour since May, police said.")
                            .date("May", "XXXX-05"),
                    TestDocs.doc("b", "Their demands for fuel subsidies have been on the table since June.")
                            .date("June", "XXXX-06"), false));

    @Test
    void readsWeekdaysAgainstTheReportsDayAndPairsTheStartsOfOnePeriod() {
        assertEquals(List.of(), TwoReports.wrong(rule, ROWS));
    }
}
