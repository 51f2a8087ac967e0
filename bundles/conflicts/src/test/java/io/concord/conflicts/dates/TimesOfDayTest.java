package io.concord.conflicts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import io.concord.conflicts.TwoReports;
import org.junit.jupiter.api.Test;

/**
 * Times of day told with a date, compared as spans of the day they fall on; days told as ordinals or holidays ("on
 * the 24th", "on Boxing Day", as the figures annotator reads them); and which places and deadlines set two dates
 * apart. Invented sentences, one row each.
 */
class TimesOfDayTest {
    private final DateRule rule = new DateRule(Configs.defaults(DateRule.Config.class), TestViews.views());

    private static final List<TwoReports> ROWS = List.of(
            TwoReports.dated("an afternoon hour and a late morning of one day",
                    "A rockfall struck shortly after 3 p.m. on Sunday, burying two climbers on the north face of Mount "
                            + "Kazbek.",
                    "Sunday", "XXXX-WXX-7",
                    "A rockfall struck late on Sunday morning, burying two climbers on the north face of Mount Kazbek.",
                    "Sunday", "XXXX-WXX-7", true),
            TwoReports.dated("shortly before midnight is late that day",
                    "A grain barge sank in the river port of Vukovar shortly before midnight on Friday.",
                    "Friday", "XXXX-WXX-5",
                    "A grain barge sank in the river port of Vukovar late on Friday.",
                    "Friday", "XXXX-WXX-5", false),
            TwoReports.dated("two clock times of one morning, an hour apart",
                    "The water supply of the whole city of Tartu failed at 6:15 a.m. on Thursday.",
                    "Thursday", "XXXX-WXX-4",
                    "Shortly after 8 a.m. on Thursday, the water supply of the whole city of Tartu failed.",
                    "Thursday", "XXXX-WXX-4", true),
            TwoReports.dated("a clock time within the morning it is said to fall in",
                    "The water supply of the whole city of Tartu failed at 6:15 a.m. on Thursday.",
                    "Thursday", "XXXX-WXX-4",
                    "Early on Thursday, the water supply of the whole city of Tartu failed.",
                    "Thursday", "XXXX-WXX-4", false),
            TwoReports.dated("the small hours of a day and the evening before it",
                    "A mudslide swept into the hill town of Ocros in the small hours of Friday, burying 30 houses.",
                    "Friday", "XXXX-WXX-5",
                    "A mudslide swept into the hill town of Ocros late on Thursday, burying 30 houses.",
                    "Thursday", "XXXX-WXX-4", true),
            TwoReports.dated("the night of a day and the small hours after it",
                    "A mudslide swept into the hill town of Ocros on the night of Thursday, burying 30 houses.",
                    "Thursday", "XXXX-WXX-4",
                    "A mudslide swept into the hill town of Ocros in the small hours of Friday, burying 30 houses.",
                    "Friday", "XXXX-WXX-5", false),
            new TwoReports("a place named further from the date is still the other report's place",
                    TestDocs.doc("a", "A mudslide swept into the hill town of Ocros at 4 a.m. on Friday, burying 30 "
                                    + "houses.").add("place", "Ocros", "canonical", "Ocros", "kind", "city")
                            .date("Friday", "XXXX-WXX-5"),
                    TestDocs.doc("b", "A mudslide swept into Ocros in the wet uplands of the Huaylas range shortly "
                                    + "before midnight on Thursday, burying 30 houses.")
                            .add("place", "Ocros", "canonical", "Ocros", "kind", "city")
                            .add("place", "Huaylas", "canonical", "Huaylas", "kind", "city")
                            .date("Thursday", "XXXX-WXX-4"), true),
            TwoReports.dated("a state by a day is not an event of that day",
                    "Lisbon had still not responded to the expulsion of its consul publicly by Wednesday.",
                    "Wednesday", "XXXX-WXX-3",
                    "Lisbon responded to the expulsion of its consul on Monday, recalling an envoy.",
                    "Monday", "XXXX-WXX-1", false),
            new TwoReports("a day of the month told as an ordinal takes the month of the report's dateline",
                    TestDocs.doc("a", "TARTU, June 3 (Reuters) - Stones from the meteorite will go on show at the "
                            + "city museum in Tartu on the 24th.").date("June 3", "XXXX-06-03")
                            .date("the 24th", "XXXX-06-24"),
                    TestDocs.doc("b", "Stones from the meteorite will go on show at the city museum in Tartu from June "
                            + "14.").date("June 14", "XXXX-06-14"), true),
            new TwoReports("a day of the month told as an ordinal that is the other report's date",
                    TestDocs.doc("a", "TARTU, June 3 (Reuters) - Stones from the meteorite will go on show at the "
                            + "city museum in Tartu on the 14th.").date("June 3", "XXXX-06-03")
                            .date("the 14th", "XXXX-06-14"),
                    TestDocs.doc("b", "Stones from the meteorite will go on show at the city museum in Tartu from June "
                            + "14.").date("June 14", "XXXX-06-14"), false),
            new TwoReports("a holiday of a fixed date against another date",
                    TestDocs.doc("a", "Fire destroyed a barn and 40 cattle at the Kessler farm near Dauphin on Boxing "
                            + "Day.").date("Boxing Day", "XXXX-12-26"),
                    TestDocs.doc("b", "Fire destroyed a barn and 40 cattle at the Kessler farm near Dauphin on "
                            + "December 28.").date("December 28", "XXXX-12-28"), true));

    @Test
    void comparesTimesOfDayOrdinalDaysAndHolidays() {
        assertEquals(List.of(), TwoReports.wrong(rule, ROWS));
    }
}
