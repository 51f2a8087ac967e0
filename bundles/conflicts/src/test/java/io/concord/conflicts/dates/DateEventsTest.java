package io.concord.conflicts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import io.concord.conflicts.TwoReports;
import org.junit.jupiter.api.Test;

/**
 * Whether two reports' dates are taken as the date of one event told in other words (a contradiction when the
 * days differ), or as dates of two events of one story (no contradiction). Invented sentences, one row each.
 */
class DateEventsTest {
    private final DateRule rule = new DateRule(Configs.defaults(DateRule.Config.class), TestViews.views());

    private static final List<TwoReports> ROWS = List.of(
            TwoReports.dated("a date whose clause says little is dated by the clause after ', when'",
                    "The order came on Friday evening, when the coast guard closed the harbour at Tromvik to all "
                            + "fishing boats.", "Friday", "XXXX-WXX-5",
                    "The coast guard closed the harbour at Tromvik to all fishing boats on Thursday.",
                    "Thursday", "XXXX-WXX-4", true),
            TwoReports.dated("a date whose own clause runs on is not dated by a clause after ', when'",
                    "The council voted on Friday to spend two million crowns on the old fish market by the quay, when "
                            + "the coast guard closed the harbour.", "Friday", "XXXX-WXX-5",
                    "The coast guard closed the harbour at Tromvik to all fishing boats on Thursday.",
                    "Thursday", "XXXX-WXX-4", false),
            TwoReports.dated("a word of a fixed expression read alone shares a sense with another verb",
                    "A grey foal was born on Monday at the old Lindvik stud near the fjord.", "Monday", "XXXX-WXX-1",
                    "The old mare gave birth to a foal in the barn on Sunday.",
                    "Sunday", "XXXX-WXX-7", true),
            TwoReports.dated("a plan and an event gone by share no sense through a word of a fixed expression",
                    "A grey foal will be born on Monday at the old Lindvik stud near the fjord.", "Monday",
                    "XXXX-WXX-1", "The old mare gave birth to a foal in the barn on Sunday.", "Sunday",
                    "XXXX-WXX-7", false),
            new TwoReports("a weekday of a report that says which day it reports on, against the date before it; a lead that lasts "
                    + "so many hours after its event is dated by it",
                    TestDocs.doc("a", "BERGEN, March 14 (Reuters) - A fault in the boiler room of a hospital run by the "
                            + "county on Tuesday left 300 patients in the cold for six hours, the county said on "
                            + "Wednesday.")
                            .date("March 14", "XXXX-03-14").date("Tuesday", "XXXX-WXX-2")
                            .date("Wednesday", "XXXX-WXX-3"),
                    TestDocs.doc("b", "BERGEN (AP) - Three hundred patients went without heating for 14 hours after "
                            + "old boilers broke down at a clinic near the fjord on March 12, officials said.")
                            .date("March 12", "XXXX-03-12"),
                    true),
            TwoReports.dated("a raid before dawn is the break-in early that day",
                    "Burglars broke into the Halvorsen gallery in Bergen early on Friday and took six paintings.",
                    "Friday", "XXXX-WXX-5",
                    "Police are looking for three men who took six paintings from the Halvorsen gallery in Bergen in a "
                            + "raid before dawn on Thursday.",
                    "Thursday", "XXXX-WXX-4", true),
            TwoReports.dated("ran aground and grounded are one event",
                    "OSLO, May 4 (Reuters) - A cargo ship that ran aground near the port of Narvik on Tuesday has "
                            + "spilled diesel into the fjord.",
                    "Tuesday", "XXXX-WXX-2",
                    "OSLO, May 4 - Diesel is seeping into the fjord from a cargo ship stuck on rocks near Narvik since it "
                            + "grounded early on Wednesday, the coastal authority said.",
                    "Wednesday", "XXXX-WXX-3", true),
            TwoReports.dated("contact with people trapped since an accident is another event than the accident",
                    "SANTIAGO, March 3 (Reuters) - Nine climbers were stranded on a glacier on Sunday when an avalanche "
                            + "blocked the pass.",
                    "Sunday", "XXXX-WXX-7",
                    "SANTIAGO, March 3 - Rescue teams reached on Monday the nine climbers who have been stranded on the "
                            + "glacier since an avalanche blocked the pass a day earlier.",
                    "Monday", "XXXX-WXX-1", false),
            TwoReports.dated("a second clause after a comma and 'and' dates another event",
                    "PERTH, June 9 (Reuters) - A bushfire destroyed 40 homes near Collie on Saturday, officials said.",
                    "Saturday", "XXXX-WXX-6",
                    "PERTH, June 9 (AFP) - Forty homes burned when a bushfire swept through farmland near Collie, and "
                            + "firefighters contained the blaze on Sunday.",
                    "Sunday", "XXXX-WXX-7", false),
            TwoReports.dated("the one deadline of each report, told at different grains",
                    "The regulator gave the airline until June 30, 2026 to replace the engines of its fleet.",
                    "June 30, 2026", "2026-06-30",
                    "The carrier now has until the end of October 2026 to fit new engines, the regulator said.",
                    "October 2026", "2026-10", true),
            new TwoReports("the one plan date of each report, one of them a weekday and a date",
                    TestDocs.doc("a", "OSLO, May 2 (Reuters) - Nurses at Vestby clinic voted to strike. The first "
                            + "two-day walkout is planned for Monday, March 9, with more to follow.")
                            .date("Monday", "XXXX-WXX-1").date("March 9", "XXXX-03-09"),
                    TestDocs.doc("b", "OSLO, May 2 - Nurses at the Vestby clinic will walk out for 48 hours from March "
                            + "16 unless managers improve their offer.").date("March 16", "XXXX-03-16"), true),
            new TwoReports("a report with two plan dates names no one plan",
                    TestDocs.doc("a", "The first walkout is planned for Monday, March 9, and the union will ballot "
                            + "again on March 20.").date("Monday", "XXXX-WXX-1").date("March 9", "XXXX-03-09")
                            .date("March 20", "XXXX-03-20"),
                    TestDocs.doc("b", "Staff will hold a vote on the offer on March 16, the clinic said.")
                            .date("March 16", "XXXX-03-16"), false),
            TwoReports.dated("a clause after the date that tells what happened then belongs to the date",
                    "Workers reported the bronze statue to the council in late May, when a digger struck its arm.",
                    "May", "XXXX-05",
                    "The statue surfaced in early June, when a digger hit a bronze arm on the site.",
                    "June", "XXXX-06", true),
            TwoReports.dated("the day on which something happened, told after the date, belongs to the date",
                    "The fine is backdated to May 4, 2026, when the mill was first shut.", "May 4, 2026", "2026-05-04",
                    "The penalty runs from May 14, 2026, the date on which the mill was first shut.",
                    "May 14, 2026", "2026-05-14", true),
            TwoReports.dated("one event told with other words of one sense and a shared word",
                    "The bridge over the Selva was first cracked in late March, when a heavy lorry hit a pier.",
                    "March", "XXXX-03",
                    "The bridge over the Selva was damaged in early April, when a truck struck a pier.",
                    "April", "XXXX-04", true),
            TwoReports.dated("two dates told as the day the same thing happened, in otherwise other words",
                    "Under the court's ruling the tannery's licence is withdrawn as of May 4, 2026, when inspectors "
                            + "first shut it, and it may reopen in 2030.", "May 4, 2026", "2026-05-04",
                    "Its exclusion runs from May 14, 2026, the day on which inspectors first shut it.",
                    "May 14, 2026", "2026-05-14", true),
            TwoReports.dated("one event told with the same verb and little else alike",
                    "VALLETTA, May 4 (Reuters) - Fuel from a barge that capsized off the island of Gozo on Monday has "
                            + "coated 12 km of rocky shore, threatening fish farms and a marine reserve.",
                    "Monday", "XXXX-WXX-1",
                    "The Stella Marina capsized on Saturday, some 6 km from the coast, with 300 tonnes of diesel aboard.",
                    "Saturday", "XXXX-WXX-6", true),
            TwoReports.dated("one event told with verbs of one sense and a shared word",
                    "Water from a burst main flooded the streets of old Ashby late on Wednesday, cutting power to "
                            + "300 homes.",
                    "Wednesday", "XXXX-WXX-3",
                    "Shops will stay shut for a week after the streets around the market were inundated on Tuesday.",
                    "Tuesday", "XXXX-WXX-2", true),
            TwoReports.dated("the same verb for a plan and for an event already past",
                    "The Stella Marina capsized on Saturday, some 6 km from the coast, with 300 tonnes of diesel aboard.",
                    "Saturday", "XXXX-WXX-6",
                    "Divers expect the barge that capsized to be raised on Monday.", "Monday", "XXXX-WXX-1", false),
            TwoReports.dated("a future in a clause before the date and a signing are no start of the plan",
                    "Ana Ruiz, whose firm will build the dam, signed the contract in Quito on March 3.",
                    "March 3", "XXXX-03-03",
                    "Work on the dam is due to start on June 1.", "June 1", "XXXX-06-01", false),
            TwoReports.dated("the next day of a story told is no plan",
                    "The next morning, on Tuesday, divers found the wreck of the ferry off Vela.",
                    "Tuesday", "XXXX-WXX-2",
                    "The navy will send a salvage crane from Friday, a spokesman said.",
                    "Friday", "XXXX-WXX-5", false),
            TwoReports.dated("two periods each told with what started it",
                    "Fishermen have blocked the harbour since May, when fuel prices rose.", "May", "XXXX-05",
                    "The ferry has not sailed since June, when its engine failed.", "June", "XXXX-06", false),
            new TwoReports("a lead told at a point and a lead told as a period since its start are two dates",
                    TestDocs.doc("a", "OSLO, May 4 (Reuters) - Commuters in Bergen queued for taxis on Tuesday as "
                            + "drivers stayed off work for a second day.")
                            .date("May 4", "XXXX-05-04").date("Tuesday", "XXXX-WXX-2"),
                    TestDocs.doc("b", "OSLO, May 4 - Some 900 municipal drivers in Bergen have been on strike since "
                            + "May 1, leaving the city without buses.")
                            .date("May 4", "XXXX-05-04").date("May 1", "XXXX-05-01"), false),
            new TwoReports("a start told in a relative clause dates the period, the rest of the lead dates its event",
                    TestDocs.doc("a", "OSLO, May 4 (Reuters) - A strike by 900 bus drivers in Bergen, which began on "
                            + "Friday, left commuters stranded on Tuesday.")
                            .date("May 4", "XXXX-05-04").date("Friday", "XXXX-WXX-5").date("Tuesday", "XXXX-WXX-2"),
                    TestDocs.doc("b", "OSLO, May 4 - Some 900 bus drivers in Bergen have been on strike since April "
                            + "27.").date("May 4", "XXXX-05-04").date("April 27", "XXXX-04-27"), true),
            new TwoReports("a feature without a dateline dates its event in its opening sentence, the lead",
                    TestDocs.doc("a", "Timber train derails in Norway\n\nHALDEN, March 9 (Reuters) - A freight train "
                            + "carrying timber derailed on a bridge near the town of Halden on Tuesday, rail officials "
                            + "said on Wednesday.")
                            .date("March 9", "XXXX-03-09").date("Tuesday", "XXXX-WXX-2").date("Wednesday", "XXXX-WXX-3"),
                    TestDocs.doc("b", "Logs in the river: a night on the Halden line\n\nWhen the wagons left the "
                            + "rails above the river on the night of March 6, the freight train had been running late "
                            + "for hours.").date("March 6", "XXXX-03-06"), true),
            new TwoReports("a feature's opening sentence with two dates in it names no one lead date",
                    TestDocs.doc("a", "Timber train derails in Norway\n\nHALDEN, March 9 (Reuters) - A freight train "
                            + "carrying timber derailed on a bridge near the town of Halden on Tuesday, rail officials "
                            + "said on Wednesday.")
                            .date("March 9", "XXXX-03-09").date("Tuesday", "XXXX-WXX-2").date("Wednesday", "XXXX-WXX-3"),
                    TestDocs.doc("b", "Logs in the river: a night on the Halden line\n\nThe freight train had been "
                            + "running late since March 2 when the wagons left the rails above the river on March 6.")
                            .date("March 2", "XXXX-03-02").date("March 6", "XXXX-03-06"), false),
            new TwoReports("two leads told in other words under headlines that name the event alike",
                    TestDocs.doc("a", "Coach plunges into gorge in Alps\n\nGRENOBLE, May 3 (Reuters) - A coach "
                            + "carrying 40 skiers plunged into a gorge in the French Alps before dawn on Sunday, killing "
                            + "six.").date("May 3", "XXXX-05-03").date("Sunday", "XXXX-WXX-7"),
                    TestDocs.doc("b", "Six dead as coach leaves icy road\n\nGRENOBLE (AP) - Survivors said the driver "
                            + "ignored pleas to slow down before the vehicle went over a barrier late on Friday.")
                            .date("Friday", "XXXX-WXX-5"), true),
            new TwoReports("two leads told in other words under headlines that share no word",
                    TestDocs.doc("a", "Coach plunges into gorge in Alps\n\nGRENOBLE, May 3 (Reuters) - A coach "
                            + "carrying 40 skiers plunged into a gorge in the French Alps before dawn on Sunday, killing "
                            + "six.").date("May 3", "XXXX-05-03").date("Sunday", "XXXX-WXX-7"),
                    TestDocs.doc("b", "Ski resort mourns its guides\n\nGRENOBLE (AP) - Survivors said the driver "
                            + "ignored pleas to slow down before the vehicle went over a barrier late on Friday.")
                            .date("Friday", "XXXX-WXX-5"), false),
            new TwoReports("a lead that dates what followed the other lead's event is its aftermath",
                    TestDocs.doc("a", "Freight rates slide as port pay deal agreed\n\nShipping rates fell on Monday "
                            + "after the port authority and the dockers' union agreed a new pay deal.")
                            .date("Monday", "XXXX-WXX-1"),
                    TestDocs.doc("b", "Port pay deal agreed\n\nVALENCIA (Reuters) - The port authority and the dockers' "
                            + "union agreed a new pay deal on Friday.").date("Friday", "XXXX-WXX-5"), false),
            new TwoReports("a start told in a relative clause is not the day of the lead's event",
                    TestDocs.doc("a", "OSLO, May 4 (Reuters) - A strike by 900 bus drivers in Bergen, which began on "
                            + "Friday, left commuters stranded on Tuesday.")
                            .date("May 4", "XXXX-05-04").date("Friday", "XXXX-WXX-5").date("Tuesday", "XXXX-WXX-2"),
                    TestDocs.doc("b", "OSLO, May 4 (AFP) - Commuters were stranded in Bergen on Tuesday as 900 bus "
                            + "drivers stayed on strike.").date("May 4", "XXXX-05-04").date("Tuesday", "XXXX-WXX-2"),
                    false));

    @Test
    void pairsTheDatesOfOneEventAndKeepsTwoEventsApart() {
        assertEquals(List.of(), TwoReports.wrong(rule, ROWS));
    }

    @Test
    void aLeadWhoseWordsNameAnotherDateOfTheOtherReportIsNotPairedByPosition() {
        // the second report's lead dates a later step (passengers let off); its second paragraph dates the arrival
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "NAPLES, June 9 (Reuters) - A ferry carrying about 900 passengers docked at the "
                                + "port of Naples on Tuesday after a fire in its engine room, the coast guard said on "
                                + "Wednesday.")
                        .date("June 9", "XXXX-06-09").date("Tuesday", "XXXX-WXX-2").date("Wednesday", "XXXX-WXX-3")
                        .build(),
                TestDocs.doc("b", "NAPLES (AP) - Harbour officials on Wednesday let travellers begin leaving a ferry "
                                + "damaged by an engine-room blaze.\n\nThe ferry docked at the port of Naples, the "
                                + "largest in the south, on June 7 with some 900 passengers aboard.")
                        .date("Wednesday", "XXXX-WXX-3").date("June 7", "XXXX-06-07").build()));
        List<String> claims = rule.apply(story).stream().filter(c -> !c.consistent())
                .flatMap(c -> c.claims().stream().map(cl -> cl.document() + ":" + cl.text())).sorted().toList();
        assertEquals(List.of("a:Tuesday", "b:June 7"), claims);
    }

    @Test
    void takesTheLeadEventsOfReportsSetInOtherCitiesAsTwoEvents() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Rival parties meet in Nairobi\n\nNAIROBI - Negotiators of the two parties held their first "
                                + "talks in a year on Tuesday, under pressure to agree a truce.")
                        .add("place", "Nairobi", "canonical", "Nairobi", "kind", "city").date("Tuesday", "XXXX-WXX-2")
                        .build(),
                TestDocs.doc("b", "Rival parties back at the table in Kampala\n\nKAMPALA - The mediator brought the two "
                                + "parties together again in Kampala on March 3, 2025, for a new round of talks on aid.")
                        .add("place", "Kampala", "canonical", "Kampala", "kind", "city")
                        .add("place", "Kampala", "canonical", "Kampala", "kind", "city")
                        .date("March 3, 2025", "2025-03-03").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(List.of(), out.stream().filter(c -> !c.consistent()).toList());
    }

    @Test
    void takesTheLeadEventsOfReportsFiledFromOtherCitiesAsOneEvent() {
        // a dateline says where a report was filed (the capital's bureau, or the scene), not where its event was
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Bus plunges into river in Kenya\n\nNAIROBI, May 9 (Reuters) - A crowded bus plunged "
                                + "off a bridge in western Kenya on Sunday night, killing 14 passengers, police said on Monday.")
                        .add("place", "Kenya", "canonical", "Kenya", "kind", "country")
                        .add("place", "NAIROBI", "canonical", "Nairobi", "kind", "city")
                        .add("place", "Kenya", "canonical", "Kenya", "kind", "country")
                        .date("May 9", "XXXX-05-09").date("Sunday", "XXXX-WXX-7").date("Monday", "XXXX-WXX-1").build(),
                TestDocs.doc("b", "Fourteen die as coach sinks in Kenyan river\n\nKERICHO, Kenya (AP) - Fourteen people "
                                + "died when their overloaded coach left the road and sank late on Saturday, police said.")
                        .add("place", "KERICHO", "canonical", "Kericho", "kind", "city")
                        .add("place", "Kenya", "canonical", "Kenya", "kind", "country")
                        .date("Saturday", "XXXX-WXX-6").build()));
        List<Conflict> out = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, out.size(), out.toString());
        assertEquals(List.of("Sunday", "Saturday"), out.get(0).claims().stream().map(c -> c.text()).sorted(
                java.util.Comparator.reverseOrder()).toList(), out.toString());
    }

    @Test
    void leavesAnAppealADayLaterOutOfTheDisagreementAboutTheAct() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "GENOA, May 9 (Reuters) - Vandals toppled three statues in the Ferri gardens in Genoa "
                                + "late on Sunday and smashed a fountain, city police said.")
                        .add("place", "GENOA", "canonical", "Genoa", "kind", "city")
                        .add("place", "Genoa", "canonical", "Genoa", "kind", "city").date("Sunday", "XXXX-WXX-7").build(),
                TestDocs.doc("b", "GENOA, May 9 (AFP) - Genoa city police on Monday appealed for witnesses after vandals "
                                + "toppled three statues in the Ferri gardens late on Saturday.")
                        .add("place", "GENOA", "canonical", "Genoa", "kind", "city")
                        .add("place", "Genoa", "canonical", "Genoa", "kind", "city").date("Monday", "XXXX-WXX-1")
                        .date("Saturday", "XXXX-WXX-6").build()));
        List<Conflict> out = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, out.size(), out.toString());
        assertEquals(List.of("Sunday", "Saturday"), out.get(0).claims().stream().map(c -> c.text()).sorted(
                java.util.Comparator.reverseOrder()).toList(), out.toString());
    }
}
