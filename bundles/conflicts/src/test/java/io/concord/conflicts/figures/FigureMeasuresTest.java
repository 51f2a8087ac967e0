package io.concord.conflicts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import org.junit.jupiter.api.Test;

/**
 * Which figures of two reports are taken as one quantity told differently: the same thing under other nouns,
 * a figure restated in a headline, a figure set beside another of the same value. Invented sentences, one row
 * each; a row lists the claims ("doc:offset") of the disagreement it expects, or none.
 */
class FigureMeasuresTest {
    private final FigureRule rule = new FigureRule(Configs.defaults(FigureRule.Config.class), TestViews.views());

    record Row(String name, TestDocs a, TestDocs b, List<String> disagreement) {}

    private static final String STAFF_A = "The carmaker employs about 2,600 staff at its plant near Brno, the union said.";
    private static final String STAFF_B = "Around 2,900 workers are employed at the carmaker's Brno plant, the union said.";
    private static final String JOBS_A = "The toolmaker will shut its factory in Tampere next year, cutting 640 jobs.";
    private static final String JOBS_B = "The Tampere factory, which has employed 460 people since 1991, will close next year.";
    private static final String SEATS_A = "Leeds approves 52,000-seat arena\n\nLEEDS - The council on Tuesday approved an "
            + "arena with 52,000 seats for concerts and sport.";
    private static final String SEATS_B = "LEEDS - The city will build a 49,000-seat arena for concerts and sport after "
            + "councillors backed the plan.";
    private static final String GDP_A = "The treasury promised to bring the budget deficit down to 3.1% of GDP in the "
            + "coming fiscal year.";
    private static final String GDP_B = "The cabinet now forecasts a shortfall of 3.6 percent of gross "
            + "domestic product.";
    private static final String GAUGE_A = "The river reached 3.7 metres at a gauge near Tulcea on Sunday night, well above "
            + "the warning level of 2.9 metres.";
    private static final String GAUGE_B = "The Danube peaked at 3.7 feet near Tulcea on Sunday evening, forecasters said, "
            + "above the warning level of 2.9 metres.";
    private static final String HOMES_A = "The bushfire near Albany destroyed 38 houses before crews held it, officials said.";
    private static final String HOMES_B = "Fifty-three homes were lost to the bushfire near Albany, officials said.";
    private static final String RETURN_A = "Profit jumped 18% in the quarter, the bank said. It still targets a return on "
            + "equity above 13%.";
    private static final String RETURN_B = "Quarterly earnings rose 13 percent, the lender said. It still targets a return "
            + "on equity above 13 percent.";

    private static final String CREW_A = "The ferry operator employs about 2,400 staff across seven ports.";
    private static final String CREW_B = "Harbourline, which has around 2,700 workers at seven terminals, made a new offer.";
    private static final String TOLL_A = "The number of people killed by the floods in the province has reached 31, with "
            + "9 others missing.";
    private static final String TOLL_B = "The confirmed death toll from the floods rose to 26 on Friday.";
    private static final String CHANGE_A = "In the main study, which enrolled some 900 patients, the inhaler slowed the "
            + "decline in breathing by 22% over two years compared with a placebo.";
    private static final String CHANGE_B = "Pulmira's inhaler cut the rate of decline by 35 percent in a trial of 900 "
            + "people with early fibrosis, and it was approved for sale on Monday.";

    private static final String ARREARS_A = "The province owes its teachers 380 million rand in unpaid salaries, the union said.";
    private static final String ARREARS_B = "Teachers are owed 350 million rand in wages by the province, their union said.";
    private static final String CROWD_A = "About 12,600 supporters watched the cup final at the stadium in Braga.";
    private static final String CROWD_B = "The cup final at the Braga stadium drew 16,200 spectators, organisers said.";
    private static final String ROOMS_A = "The stadium in Braga has 12 boxes and a museum.";
    private static final String ROOMS_B = "Some 21 buses brought spectators to the Braga stadium for the cup final.";
    private static final String BURNS_A = "The fire at the market in Braga killed 130 people, the fire service said.";
    private static final String BURNS_B = "The fire at the Braga market injured 310 people, the fire service said.";

    private static final String HALL_A = "The old market hall covers 900 square metres and will reopen in spring.";
    private static final String HALL_B = "Restored at a cost of $4 million, the market hall covers 900 square feet.";

    private static final String FARE_A = "LIMA - The city will raise bus fares by 12% from May, the transport office said.";
    private static final String FARE_B = "Bus fares in the capital go up in May, a 15% increase that unions oppose.";

    private static final String SPLIT_A = "The tribunal ruled by a majority of six to three that the ban was lawful.";
    private static final String SPLIT_B = "Five of the nine judges upheld the ban, which its critics call arbitrary.";
    private static final String SPLIT_C = "The council backed the plan by 31 votes to 20 after a long debate.";
    private static final String SPLIT_D = "Thirty-one of the 51 councillors backed the plan after a long debate.";

    private static final String POWER_A = "The new turbine hall, finished by a Korean builder, gives the plant a capacity "
            + "of 1,380 megawatts.";
    private static final String POWER_B = "Once complete the scheme should supply 1,830 megawatts to the national grid.";
    private static final String PRICES_A = "Food inflation stood at 18.6% in March, far above the target.";
    private static final String PRICES_B = "Prices in Kenya climbed 16.8 percent in the year to March. The bank lifted its key "
            + "rate to 20 percent to fight inflation.";

    private static final String ADRIFT_A = "The tanker was finally refloated at high tide, ending 152 days aground off the cape.";
    private static final String ADRIFT_B = "Relatives had kept vigil at the port for 125 days before the sailors came home.";
    private static final String ADRIFT_C = "Relatives had kept vigil at the port for 125 days; the salvage itself took 40 days.";
    private static final String ROUND_A = "The new motorway runs 120 km from the coast to the capital.";
    private static final String ROUND_B = "Lorries on the old road face a climb of 210 km through the hills.";
    private static final String PUMPS_A = "The dam will hold back 1,470 megawatts of power once its pumps are all running.";
    private static final String PUMPS_B = "The plant should eventually deliver 1,740 megawatts, mostly sold abroad.";
    private static final String BLACKOUT_A = "A substation fire left the northern suburbs without electricity for seven "
            + "hours, the grid operator said.";
    private static final String BLACKOUT_B = "Thousands of homes lost their electricity for 17 hours after the substation "
            + "burned down.";
    private static final String DELAY_A = "The strike at the ferry terminal held up sailings for seven hours.";
    private static final String DELAY_B = "Passengers at the airport waited up to 17 hours for flights after a storm.";
    private static final String RACE_A = "Okafor took the title by the river in 2:31:09 after breaking away at halfway.";
    private static final String RACE_B = "The champion's time of 2:13:09 was the fastest ever run in the city.";
    private static final String RIVALS_A = "Okafor won by the river in 2:08:15, ahead of the defending champion.";
    private static final String RIVALS_B = "Mensah, second in 2:09:44, said the heat had slowed everyone.";
    private static final String GRANT_A = "The board now gives research 40% instead of 35% of the total grant money.";
    private static final String GRANT_B = "Under the new rules, research receives 40 percent of the total grant money.";
    private static final String LOCKS_A = "Barges will pass once all nine locks are open. Three locks on the canal started working "
            + "this week, the minister said.";
    private static final String LOCKS_B = "The minister said all nine locks on the canal would be working by next spring.";

    private static final String QUAKE_A = "The tremor killed 14 people in the hill villages and injured 41, officials said.";
    private static final String QUAKE_B = "The tremor killed 41 people in the hill villages, officials said.";

    private static final List<Row> ROWS = List.of(
            new Row("the other report's value told in the same sentence of another outcome: still a disagreement",
                    TestDocs.doc("a", QUAKE_A).add("figure", "14", "kind", "count", "value", 14L, "qualifier", "exact",
                            "measured", "people").add("figure", "41", "kind", "count", "value", 41L, "qualifier",
                            "exact"),
                    TestDocs.doc("b", QUAKE_B).add("figure", "41", "kind", "count", "value", 41L, "qualifier", "exact",
                            "measured", "people"),
                    List.of("a:" + QUAKE_A.indexOf("14"), "b:" + QUAKE_B.indexOf("41"))),
            new Row("the one duration in days of each report, its three digits in another order, no words alike",
                    TestDocs.doc("a", ADRIFT_A).add("figure", "152 days", "kind", "duration", "value", 152L, "unit", "d",
                            "qualifier", "exact", "normalizedValue", 3648L, "normalizedUnit", "h"),
                    TestDocs.doc("b", ADRIFT_B).add("figure", "125 days", "kind", "duration", "value", 125L, "unit", "d",
                            "qualifier", "exact", "normalizedValue", 3000L, "normalizedUnit", "h"),
                    List.of("a:" + ADRIFT_A.indexOf("152 days"), "b:" + ADRIFT_B.indexOf("125 days"))),
            new Row("rearranged days, but a report with two durations in days: its words must choose",
                    TestDocs.doc("a", ADRIFT_A).add("figure", "152 days", "kind", "duration", "value", 152L, "unit", "d",
                            "qualifier", "exact", "normalizedValue", 3648L, "normalizedUnit", "h"),
                    TestDocs.doc("b", ADRIFT_C).add("figure", "125 days", "kind", "duration", "value", 125L, "unit", "d",
                            "qualifier", "exact", "normalizedValue", 3000L, "normalizedUnit", "h").add("figure",
                            "40 days", "kind", "duration", "value", 40L, "unit", "d", "qualifier", "exact",
                            "normalizedValue", 960L, "normalizedUnit", "h"),
                    List.of()),
            new Row("round lengths whose digits swap (120 / 210 km) recur by chance: two quantities",
                    TestDocs.doc("a", ROUND_A).add("figure", "120 km", "kind", "measure", "value", 120L, "unit", "km",
                            "qualifier", "exact", "normalizedValue", 120L, "normalizedUnit", "km"),
                    TestDocs.doc("b", ROUND_B).add("figure", "210 km", "kind", "measure", "value", 210L, "unit", "km",
                            "qualifier", "exact", "normalizedValue", 210L, "normalizedUnit", "km"),
                    List.of()),
            new Row("the one power figure of each report, rearranged, one said to be a capacity, in no words alike",
                    TestDocs.doc("a", PUMPS_A).add("figure", "1,470 megawatts", "kind", "measure", "value", 1470L,
                            "unit", "MW", "qualifier", "exact", "measured", "capacity"),
                    TestDocs.doc("b", PUMPS_B).add("figure", "1,740 megawatts", "kind", "measure", "value", 1740L,
                            "unit", "MW", "qualifier", "exact"),
                    List.of("a:" + PUMPS_A.indexOf("1,470"), "b:" + PUMPS_B.indexOf("1,740"))),
            new Row("seven hours and 17 hours without power, in words alike: a digit added",
                    TestDocs.doc("a", BLACKOUT_A).add("figure", "seven hours", "kind", "duration", "value", 7L, "unit",
                            "h", "qualifier", "exact", "normalizedValue", 7L, "normalizedUnit", "h"),
                    TestDocs.doc("b", BLACKOUT_B).add("figure", "17 hours", "kind", "duration", "value", 17L, "unit",
                            "h", "qualifier", "exact", "normalizedValue", 17L, "normalizedUnit", "h"),
                    List.of("a:" + BLACKOUT_A.indexOf("seven hours"), "b:" + BLACKOUT_B.indexOf("17 hours"))),
            new Row("seven hours and 17 hours of other delays, in other words: two quantities",
                    TestDocs.doc("a", DELAY_A).add("figure", "seven hours", "kind", "duration", "value", 7L, "unit",
                            "h", "qualifier", "exact", "normalizedValue", 7L, "normalizedUnit", "h"),
                    TestDocs.doc("b", DELAY_B).add("figure", "17 hours", "kind", "duration", "value", 17L, "unit",
                            "h", "qualifier", "at-most", "normalizedValue", 17L, "normalizedUnit", "h"),
                    List.of()),
            new Row("a race time read as a clock reads it, its digits in another order: one winning time",
                    TestDocs.doc("a", RACE_A).add("figure", "2:31:09", "kind", "duration", "value", 2.5191666666666666, "unit", "h",
                            "qualifier", "exact", "normalizedValue", 2.5191666666666666, "normalizedUnit", "h"),
                    TestDocs.doc("b", RACE_B).add("figure", "2:13:09", "kind", "duration", "value", 2.2191666666666667, "unit", "h",
                            "qualifier", "exact", "normalizedValue", 2.2191666666666667, "normalizedUnit", "h"),
                    List.of("a:" + RACE_A.indexOf("2:31:09"), "b:" + RACE_B.indexOf("2:13:09"))),
            new Row("two runners' times, in no words alike: two quantities",
                    TestDocs.doc("a", RIVALS_A).add("figure", "2:08:15", "kind", "duration", "value", 2.1375, "unit", "h",
                            "qualifier", "exact", "normalizedValue", 2.1375, "normalizedUnit", "h"),
                    TestDocs.doc("b", RIVALS_B).add("figure", "2:09:44", "kind", "duration", "value", 2.1622222222222223, "unit", "h",
                            "qualifier", "exact", "normalizedValue", 2.1622222222222223, "normalizedUnit", "h"), List.of()),
            new Row("a share and the one it replaced, the other report giving the new one: no disagreement",
                    TestDocs.doc("a", GRANT_A).add("figure", "40%", "kind", "percent", "value", 40L, "unit", "%",
                            "qualifier", "exact", "measured", "instead").add("figure", "35%", "kind", "percent", "value",
                            35L, "unit", "%", "qualifier", "exact", "measured", "instead"),
                    TestDocs.doc("b", GRANT_B).add("figure", "40 percent", "kind", "percent", "value", 40L, "unit", "%",
                            "qualifier", "exact", "measured", "grant"),
                    List.of()),
            new Row("locks opened and all locks working: the other report's count of all is told too",
                    TestDocs.doc("a", LOCKS_A).add("figure", "nine", "kind", "count", "value", 9L, "qualifier", "exact",
                            "measured", "locks").add("figure", "Three", "kind", "count", "value", 3L, "qualifier",
                            "exact", "measured", "locks"),
                    TestDocs.doc("b", LOCKS_B).add("figure", "nine", "kind", "count", "value", 9L, "qualifier", "exact",
                            "measured", "locks"),
                    List.of()),
            new Row("the one power figure of each report, its digits in another order, in no words alike",
                    TestDocs.doc("a", POWER_A).add("figure", "1,380 megawatts", "kind", "quantity", "value", 1380L,
                            "unit", "MW", "qualifier", "exact", "measured", "capacity"),
                    TestDocs.doc("b", POWER_B).add("figure", "1,830 megawatts", "kind", "quantity", "value", 1830L,
                            "unit", "MW", "qualifier", "exact"),
                    List.of("a:" + POWER_A.indexOf("1,380"), "b:" + POWER_B.indexOf("1,830"))),
            new Row("a percentage retyped is paired before another one in words more alike",
                    TestDocs.doc("a", PRICES_A).add("figure", "18.6%", "kind", "percent", "value", 18.6, "unit", "%",
                            "qualifier", "exact", "measured", "inflation"),
                    TestDocs.doc("b", PRICES_B).add("figure", "16.8 percent", "kind", "percent", "value", 16.8,
                            "unit", "%", "qualifier", "exact", "measured", "kenya").add("figure", "20 percent", "kind", "percent",
                            "value", 20L, "unit", "%", "qualifier", "exact"),
                    List.of("a:" + PRICES_A.indexOf("18.6%"), "b:" + PRICES_B.indexOf("16.8 percent"))),
            new Row("a majority of six to three and five of the nine: the larger side of one vote",
                    TestDocs.doc("a", SPLIT_A).add("figure", "six", "kind", "count", "value", 6L, "qualifier", "exact",
                            "measured", "majority").add("figure", "three", "kind", "count", "value", 3L, "qualifier",
                            "exact"),
                    TestDocs.doc("b", SPLIT_B).add("figure", "Five", "kind", "count", "value", 5L, "qualifier", "exact")
                            .add("figure", "nine", "kind", "count", "value", 9L, "qualifier", "exact", "measured",
                                    "judges"),
                    List.of("a:" + SPLIT_A.indexOf("six"), "b:" + SPLIT_B.indexOf("Five"))),
            new Row("31 votes to 20 and 31 of the 51: one vote told alike",
                    TestDocs.doc("a", SPLIT_C).add("figure", "31", "kind", "count", "value", 31L, "qualifier", "exact",
                            "measured", "votes").add("figure", "20", "kind", "count", "value", 20L, "qualifier", "exact"),
                    TestDocs.doc("b", SPLIT_D).add("figure", "Thirty-one", "kind", "count", "value", 31L, "qualifier",
                            "exact").add("figure", "51", "kind", "count", "value", 51L, "qualifier", "exact", "measured",
                            "councillors"),
                    List.of()),
            new Row("the one workforce figure of each report, though its words are cut off by another count",
                    TestDocs.doc("a", CREW_A).add("figure", "2,400", "kind", "count", "value", 2400L, "qualifier",
                            "approx", "measured", "staff").add("figure", "seven", "kind", "count", "value", 7L,
                            "qualifier", "exact", "measured", "ports"),
                    TestDocs.doc("b", CREW_B).add("figure", "2,700", "kind", "count", "value", 2700L, "qualifier",
                            "approx", "measured", "workers").add("figure", "seven", "kind", "count", "value", 7L,
                            "qualifier", "exact", "measured", "terminals"),
                    List.of("a:" + CREW_A.indexOf("2,400"), "b:" + CREW_B.indexOf("2,700"))),
            new Row("the number of people killed has reached 31, with others missing: a death toll",
                    TestDocs.doc("a", TOLL_A).add("figure", "31", "kind", "count", "value", 31L, "qualifier", "exact",
                            "measured", "people").add("figure", "9", "kind", "count", "value", 9L, "qualifier", "exact"),
                    TestDocs.doc("b", TOLL_B).add("figure", "26", "kind", "count", "value", 26L, "qualifier", "exact",
                            "measured", "toll"),
                    List.of("a:" + TOLL_A.indexOf("31"), "b:" + TOLL_B.indexOf("26"))),
            new Row("the one change 'by' a percentage of each report, with no noun after either",
                    TestDocs.doc("a", CHANGE_A).add("figure", "900", "kind", "count", "value", 900L, "qualifier",
                            "approx", "measured", "patients").add("figure", "22%", "kind", "percent", "value", 22L,
                            "unit", "%", "qualifier", "exact"),
                    TestDocs.doc("b", CHANGE_B).add("figure", "35 percent", "kind", "percent", "value", 35L, "unit", "%",
                            "qualifier", "exact").add("figure", "900", "kind", "count", "value", 900L, "qualifier",
                            "exact", "measured", "people"),
                    List.of("a:" + CHANGE_A.indexOf("22%"), "b:" + CHANGE_B.indexOf("35 percent"))),
            new Row("staff and workers are one workforce",
                    TestDocs.doc("a", STAFF_A).add("figure", "2,600", "kind", "count", "value", 2600L, "qualifier",
                            "approx", "measured", "staff"),
                    TestDocs.doc("b", STAFF_B).add("figure", "2,900", "kind", "count", "value", 2900L, "qualifier",
                            "approx", "measured", "workers"),
                    List.of("a:" + STAFF_A.indexOf("2,600"), "b:" + STAFF_B.indexOf("2,900"))),
            new Row("jobs cut at a closing plant and the people it employs are one workforce",
                    TestDocs.doc("a", JOBS_A).add("figure", "640", "kind", "count", "value", 640L, "qualifier", "exact",
                            "measured", "jobs"),
                    TestDocs.doc("b", JOBS_B).add("figure", "460", "kind", "count", "value", 460L, "qualifier", "exact",
                            "measured", "people"),
                    List.of("a:" + JOBS_A.indexOf("640"), "b:" + JOBS_B.indexOf("460"))),
            new Row("a headline's 52,000-seat and the body's 52,000 seats are one statement, claimed by the body",
                    TestDocs.doc("a", SEATS_A).add("figure", "52,000", "kind", "count", "value", 52000L, "qualifier",
                            "exact", "measured", "seat").add("figure", "52,000", "kind", "count", "value", 52000L,
                            "qualifier", "exact", "measured", "seats"),
                    TestDocs.doc("b", SEATS_B).add("figure", "49,000", "kind", "count", "value", 49000L, "qualifier",
                            "exact", "measured", "seat"),
                    List.of("a:" + SEATS_A.lastIndexOf("52,000"),
                            "b:" + SEATS_B.indexOf("49,000"))),
            new Row("a share of GDP and of gross domestic product, whatever the annotator named",
                    TestDocs.doc("a", GDP_A).add("figure", "3.1%", "kind", "percent", "value", 3.1, "unit", "%",
                            "qualifier", "exact", "measured", "gdp"),
                    TestDocs.doc("b", GDP_B).add("figure", "3.6 percent", "kind", "percent", "value", 3.6, "unit", "%",
                            "qualifier", "exact", "measured", "product"),
                    List.of("a:" + GDP_A.indexOf("3.1%"), "b:" + GDP_B.indexOf("3.6 percent"))),
            new Row("a rise of 13 percent and a target above 13 percent are two statements",
                    TestDocs.doc("a", RETURN_A).add("figure", "18%", "kind", "percent", "value", 18L, "unit", "%",
                            "qualifier", "exact", "measured", "profit").add("figure", "13%", "kind", "percent", "value",
                            13L, "unit", "%", "qualifier", "over"),
                    TestDocs.doc("b", RETURN_B).add("figure", "13 percent", "kind", "percent", "value", 13L, "unit", "%",
                            "qualifier", "exact", "measured", "earnings").add("figure", "13 percent", "kind", "percent",
                            "value", 13L, "unit", "%", "qualifier", "over"),
                    List.of("a:" + RETURN_A.indexOf("18%"), "b:" + RETURN_B.indexOf("13 percent"))),
            new Row("the same number in another unit: 900 square metres and 900 square feet are not one area",
                    TestDocs.doc("a", HALL_A).add("figure", "900 square metres", "kind", "measure", "value", 900L,
                            "unit", "m2", "qualifier", "exact", "normalizedValue", 0.0009, "normalizedUnit", "km2"),
                    TestDocs.doc("b", HALL_B).add("figure", "$4 million", "kind", "money", "value", 4000000L, "unit",
                            "USD", "qualifier", "exact").add("figure", "900 square feet", "kind", "measure", "value",
                            900L, "unit", "ft2", "qualifier", "exact", "normalizedValue", 0.0000836127, "normalizedUnit",
                            "km2"),
                    List.of("a:" + HALL_A.indexOf("900 square metres"), "b:" + HALL_B.indexOf("900 square feet"))),
            new Row("the same number in another unit, the river named in one report and its name in the other",
                    TestDocs.doc("a", GAUGE_A).place("Tulcea", "Tulcea").add("figure", "3.7 metres", "kind", "measure", "value", 3.7, "unit", "m",
                            "qualifier", "exact", "normalizedValue", 0.0037, "normalizedUnit", "km", "measured", "river")
                            .add("figure", "2.9 metres", "kind", "measure", "value", 2.9, "unit", "m", "qualifier", "exact",
                                    "normalizedValue", 0.0029, "normalizedUnit", "km", "measured", "level"),
                    TestDocs.doc("b", GAUGE_B).place("Danube", "Danube").place("Tulcea", "Tulcea").add("figure", "3.7 feet", "kind", "measure", "value", 3.7, "unit", "ft",
                            "qualifier", "exact", "normalizedValue", 0.00112776, "normalizedUnit", "km", "measured", "danube")
                            .add("figure", "2.9 metres", "kind", "measure", "value", 2.9, "unit", "m", "qualifier", "exact",
                                    "normalizedValue", 0.0029, "normalizedUnit", "km", "measured", "level"),
                    List.of("a:" + GAUGE_A.indexOf("3.7 metres"), "b:" + GAUGE_B.indexOf("3.7 feet"))),
            new Row("a count of houses against a count of homes: one kind under its broader noun",
                    TestDocs.doc("a", HOMES_A).place("Albany", "Albany").add("figure", "38", "kind", "count", "value", 38L,
                            "unit", null, "qualifier", "exact", "measured", "houses"),
                    TestDocs.doc("b", HOMES_B).place("Albany", "Albany").add("figure", "Fifty-three", "kind", "count",
                            "value", 53L, "unit", null, "qualifier", "exact", "measured", "homes"),
                    List.of("a:" + HOMES_A.indexOf("38"), "b:0")),
            new Row("salaries and wages are one sum, though WordNet has the plural wages as a word of its own",
                    TestDocs.doc("a", ARREARS_A).add("figure", "380 million rand", "kind", "money", "value", 380000000L,
                            "unit", "ZAR", "qualifier", "exact", "measured", "salaries"),
                    TestDocs.doc("b", ARREARS_B).add("figure", "350 million rand", "kind", "money", "value", 350000000L,
                            "unit", "ZAR", "qualifier", "exact", "measured", "wages"),
                    List.of("a:" + ARREARS_A.indexOf("380"), "b:" + ARREARS_B.indexOf("350"))),
            new Row("the same digits in another order, the crowd named with other nouns: one count mistyped",
                    TestDocs.doc("a", CROWD_A).place("Braga", "Braga").add("figure", "12,600", "kind", "count",
                            "value", 12600L, "qualifier", "approx", "measured", "supporters"),
                    TestDocs.doc("b", CROWD_B).place("Braga", "Braga").add("figure", "16,200", "kind", "count",
                            "value", 16200L, "qualifier", "exact", "measured", "spectators"),
                    List.of("a:" + CROWD_A.indexOf("12,600"), "b:" + CROWD_B.indexOf("16,200"))),
            new Row("two digits swapped, counting boxes and buses: small counts recur, two quantities",
                    TestDocs.doc("a", ROOMS_A).place("Braga", "Braga").add("figure", "12", "kind", "count",
                            "value", 12L, "qualifier", "exact", "measured", "boxes"),
                    TestDocs.doc("b", ROOMS_B).place("Braga", "Braga").add("figure", "21", "kind", "count",
                            "value", 21L, "qualifier", "approx", "measured", "buses"),
                    List.of()),
            new Row("the same digits in another order, the dead and the injured: two outcomes, two quantities",
                    TestDocs.doc("a", BURNS_A).place("Braga", "Braga").add("figure", "130", "kind", "count",
                            "value", 130L, "qualifier", "exact", "measured", "people"),
                    TestDocs.doc("b", BURNS_B).place("Braga", "Braga").add("figure", "310", "kind", "count",
                            "value", 310L, "qualifier", "exact", "measured", "people"),
                    List.of()),
            new Row("a rise by 12% and a 15% increase: the one change of each report",
                    TestDocs.doc("a", FARE_A).add("figure", "12%", "kind", "percent", "value", 12L, "unit", "%",
                            "qualifier", "exact"),
                    TestDocs.doc("b", FARE_B).add("figure", "15%", "kind", "percent", "value", 15L, "unit", "%",
                            "qualifier", "exact", "measured", "increase"),
                    List.of("a:" + FARE_A.indexOf("12%"), "b:" + FARE_B.indexOf("15%"))));

    @Test
    void pairsOneQuantityUnderOtherWordsAndKeepsOtherStatementsApart() {
        assertEquals(List.of(), mismatches(rule, ROWS));
    }

    /** The rows whose two reports the rule does not set against each other as the row says, with what it found. */
    static List<String> mismatches(FigureRule rule, List<Row> rows) {
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            List<Conflict> out = rule.apply(new Story("s", List.of(r.a().build(), r.b().build())));
            List<String> claims = out.stream().filter(c -> !c.consistent())
                    .flatMap(c -> c.claims().stream().map(cl -> cl.document() + ":" + cl.begin())).sorted().toList();
            if (!claims.equals(r.disagreement())) {
                wrong.add(r.name() + ": " + claims + " " + out);
            }
        }
        return wrong;
    }
}
