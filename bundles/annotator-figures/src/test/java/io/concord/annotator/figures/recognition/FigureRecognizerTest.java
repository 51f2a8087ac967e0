package io.concord.annotator.figures.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import io.concord.annotator.segmenter.NewsSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureRecognizerTest {
    private static final FigureRecognizer RECOGNIZER = new FigureRecognizer();
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    /** What {@code recognizer} finds in {@code text}, segmented as the pipeline does. */
    private static List<FigureMatch> find(FigureRecognizer recognizer, String text) {
        return recognizer.find(SEGMENTER.tokensAndSentences(text));
    }

    /** The figure whose covered text is {@code span}; fails listing what was found otherwise. */
    private static FigureMatch figure(String sentence, String span) {
        List<FigureMatch> found = find(RECOGNIZER, sentence);
        for (FigureMatch m : found) {
            if (sentence.substring(m.begin(), m.end()).equals(span)) {
                return m;
            }
        }
        return fail("no figure '" + span + "' in: " + sentence + " (found "
                + found.stream().map(m -> "'" + sentence.substring(m.begin(), m.end()) + "'")
                        .collect(Collectors.joining(", ")) + ")");
    }

    private static void assertFigure(String sentence, String span, String kind, double value, String unit,
                                     String qualifier) {
        FigureMatch m = figure(sentence, span);
        assertEquals(kind, m.kind().label(), "kind of " + span);
        assertEquals(value, m.value(), Math.abs(value) * 1e-9 + 1e-9, "value of " + span);
        assertEquals(unit, m.unit(), "unit of " + span);
        assertEquals(qualifier, m.qualifier().label(), "qualifier of " + span);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The ministry pledged €2.5bn in new aid on Monday.              | €2.5bn                | 2.5E9    | EUR
            Brussels proposed raising sixty billion euros for the fund.    | sixty billion euros   | 6.0E10   | EUR
            The club paid £1.2m for the striker.                            | £1.2m                 | 1.2E6    | GBP
            Congress approved $61 billion in military aid.                  | $61 billion           | 6.1E10   | USD
            Canberra spent A$3.4 billion on submarines.                     | A$3.4 billion         | 3.4E9    | AUD
            Washington sent US$500 million to Kyiv.                         | US$500 million        | 5.0E8    | USD
            The budget rose to 10.8 trillion roubles this year.             | 10.8 trillion roubles | 1.08E13  | RUB
            The fine was 250,000 Swiss francs.                              | 250,000 Swiss francs  | 250000   | CHF
            The contract is worth USD 40 million.                           | USD 40 million        | 4.0E7    | USD
            A loaf now costs 85p in most shops.                             | 85p                   | 0.85     | GBP
            India will invest Rs 5,000 crore in rail.                       | Rs 5,000 crore        | 5.0E10   | INR
            The state raised 2 billion dollars from the bond sale.          | 2 billion dollars     | 2.0E9    | USD
            Nairobi set aside Sh4.2 billion for roads.                      | Sh4.2 billion         | 4.2E9    | KES
            The levy raises KSh 300 million a year.                         | KSh 300 million       | 3.0E8    | KES
            Eskom needs R25 billion more this year.                         | R25 billion           | 2.5E10   | ZAR
            Jakarta pledged Rp 12 trillion for the smelter.                 | Rp 12 trillion        | 1.2E13   | IDR
            The plant will cost RM1.8 billion.                              | RM1.8 billion         | 1.8E9    | MYR
            The Cusco council set aside S/ 40,000 for the market roof.       | S/ 40,000             | 40000    | PEN
            Entry to the ruins costs S/.25 for residents.                   | S/.25                 | 25       | PEN
            The Lagos start-up raised N450 million from local investors.    | N450 million          | 4.5E8    | NGN
            Abuja doubled the levy to N1,200 a litre.                       | N1,200                | 1200     | NGN
            """)
    void readsMoneyWithCurrencyAndMultiplier(String sentence, String span, double value, String currency) {
        assertFigure(sentence, span, "money", value, currency, "exact");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Turnout reached 67.3% on Sunday.                               | 67.3%                | 67.3
            Prices rose by nineteen per cent over the period.              | nineteen per cent    | 19
            Unemployment fell to 4.2 percent in April.                     | 4.2 percent          | 4.2
            Shares closed 3.5pc lower in London.                           | 3.5pc                | 3.5
            The party won 20-25% of the vote in polls.                     | 20-25%               | 22.5
            """)
    void readsPercentages(String sentence, String span, double value) {
        FigureMatch m = figure(sentence, span);
        assertEquals("percent", m.kind().label());
        assertEquals("%", m.unit());
        assertEquals(value, m.value(), 1e-9);
    }

    @Test
    void keepsPercentagePointsApartFromPercent() {
        FigureMatch m = figure("The bank raised rates by a quarter of a percentage point.",
                "a quarter of a percentage point");
        assertEquals("percent", m.kind().label());
        assertEquals("pp", m.unit());
        assertEquals(0.25, m.value(), 1e-9);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Officials said 1,200 people were evacuated.                    | 1,200          | 1200
            Two ministers resigned on the same day.                        | Two            | 2
            The blast killed eight soldiers and wounded dozens.            | eight          | 8
            There are twenty-five candidates on the ballot.                | twenty-five    | 25
            Voters elected one hundred and twenty deputies.                | one hundred and twenty | 120
            A dozen protesters were detained.                              | A dozen        | 12
            The camp now holds about half a million refugees.              | half a million | 500000
            The app has 1.5m users in Germany.                             | 1.5m           | 1500000
            Around two million people fled the region.                     | two million    | 2000000
            Only one person was injured in the crash.                      | one            | 1
            The hosts finished one point behind the leaders.               | one            | 1
            """)
    void readsCountsInDigitsAndWords(String sentence, String span, double value) {
        FigureMatch m = figure(sentence, span);
        assertEquals("count", m.kind().label());
        assertNull(m.unit());
        assertEquals(value, m.value(), 1e-9);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The plan would cover two-thirds of the deficit.                | two-thirds     | 0.6667
            Roughly a third of the harvest was lost.                       | a third        | 0.3333
            Almost half of the households lack power.                      | half           | 0.5
            One in five children lives in poverty.                         | One in five    | 0.2
            Three out of four voters backed the change.                    | Three out of four | 0.75
            Three quarters of the staff went on strike.                    | Three quarters | 0.75
            One household in four has no car.                              | One household in four | 0.25
            Players now earn double the fees paid a decade ago.            | double         | 2
            She said one dollar in every five goes on rent.                | one dollar in every five | 0.2
            """)
    void readsFractionsAndRatios(String sentence, String span, double value) {
        FigureMatch m = figure(sentence, span);
        assertEquals("ratio", m.kind().label());
        assertNull(m.unit());
        assertEquals(value, m.value(), 1e-9);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The rebels seized 701 sq km of land.                           | 701 sq km                | 701    | km2  | 701       | km2
            Troops gained around 270 square miles in a month.              | 270 square miles         | 270    | mi2  | 699.2968  | km2
            The fire burned 5,000 hectares of forest.                      | 5,000 hectares           | 5000   | ha   | 50        | km2
            The missile has a range of 300km.                              | 300km                    | 300    | km   | 300       | km
            The convoy travelled 40 miles overnight.                       | 40 miles                 | 40     | mi   | 64.37376  | km
            The drone carried a 500kg warhead.                             | 500kg                    | 500    | kg   | 500       | kg
            The ship was loaded with 2,500 tonnes of grain.                | 2,500 tonnes             | 2500   | t    | 2500000   | kg
            A 12-mile stretch of road was closed.                          | 12-mile                  | 12     | mi   | 19.31213  | km
            The jet was cruising at 35,000 feet.                           | 35,000 feet              | 35000  | ft   | 10.668    | km
            The shelter stands a mile from the river bank.                 | a mile                   | 1      | mi   | 1.609344  | km
            The flood crest rose nearly a metre overnight.                 | a metre                  | 1      | m    | 0.001     | km
            """)
    void readsMeasuresAndNormalisesThem(String sentence, String span, double value, String unit, double normalized,
                                        String base) {
        FigureMatch m = figure(sentence, span);
        assertEquals("measure", m.kind().label());
        assertEquals(value, m.value(), 1e-9);
        assertEquals(unit, m.unit());
        assertEquals(normalized, m.normalizedValue(), normalized * 1e-6);
        assertEquals(base, m.normalizedUnit());
    }

    @Test
    void readsTemperaturesBelowZero() {
        FigureMatch m = figure("Temperatures dropped to minus 15 degrees Celsius overnight.",
                "minus 15 degrees Celsius");
        assertEquals(-15, m.value(), 1e-9);
        assertEquals("°C", m.unit());
        FigureMatch f = figure("It was 104F in Phoenix.", "104F");
        assertEquals(40, f.normalizedValue(), 1e-6);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The envoy spent five hours with the president.                 | five hours          | 5    | h     | 5
            After a five-hour meeting the sides parted.                    | five-hour           | 5    | h     | 5
            The loan covers needs for the next two years.                  | two years           | 2    | year  | 17532
            He was jailed for two and a half years.                        | two and a half years | 2.5 | year  | 21915
            The talks lasted 90 minutes.                                   | 90 minutes          | 90   | min   | 1.5
            The truce held for ten days.                                   | ten days            | 10   | d     | 240
            The meeting lasted three-quarters of an hour.                  | three-quarters of an hour | 0.75 | h | 0.75
            Ministers will meet again in six months.                       | six months          | 6    | month | 4383
            A 45-year-old man was arrested.                                | 45-year-old         | 45   | year  | 394470
            """)
    void readsDurationsAndNormalisesToHours(String sentence, String span, double value, String unit, double hours) {
        FigureMatch m = figure(sentence, span);
        assertEquals("duration", m.kind().label());
        assertEquals(value, m.value(), 1e-9);
        assertEquals(unit, m.unit());
        assertEquals(hours, m.normalizedValue(), hours * 1e-6);
        assertEquals("h", m.normalizedUnit());
    }

    @Test
    void readsIndefiniteDurationButNotRates() {
        FigureMatch m = figure("The deal was signed only a day after the vote.", "a day");
        assertEquals("duration", m.kind().label());
        assertEquals(1, m.value(), 1e-9);
        assertEquals(24, m.normalizedValue(), 1e-9);
        assertNoFigure("Output fell by 2 million barrels a day.", "a day");
        assertNoFigure("Patients take the pill twice a day.", "a day");
    }

    @Test
    void leavesIndefiniteDurationsOutWhenSwitchedOff() {
        FigureRecognizer strict = new FigureRecognizer(new FigureRecognizer.Options(true, false));
        assertTrue(find(strict, "The deal was signed only a day after the vote.").isEmpty());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Talks will resume in Geneva on Thursday.                       | Thursday        | XXXX-WXX-4
            The summit ended on Sunday evening.                            | Sunday          | XXXX-WXX-7
            The vote is set for March 15, 2024, officials said.            | March 15, 2024  | 2024-03-15
            The report was published on 3 April 2023.                      | 3 April 2023    | 2023-04-03
            Leaders met on Jan. 5 in Davos.                                | Jan. 5          | XXXX-01-05
            Contracts end from September 2027.                             | September 2027  | 2027-09
            Russia gained ground in November.                              | November        | XXXX-11
            Elections are due in May.                                      | May             | XXXX-05
            The court ruled in 2023 that the ban was lawful.               | 2023            | 2023
            Growth slowed in the 1990s.                                    | 1990s           | 199
            Rates should fall by mid-2025.                                 | mid-2025        | 2025
            Wheat exports rose in the 2024/25 marketing year.              | 2024/25         | 2024
            Budgets were frozen in the 2022-23 financial year.             | 2022-23         | 2022
            The ceasefire began on 2024-03-15 at noon.                     | 2024-03-15      | 2024-03-15
            The G7 met in Hiroshima on May 19-21.                          | May 19-21       | XXXX-05-19
            Imports stop in 2027 and pipeline deals end from January the same year. | January | 2027-01
            """)
    void readsDatesAsTimex(String sentence, String span, String timex) {
        FigureMatch m = figure(sentence, span);
        assertEquals("date", m.kind().label());
        assertEquals(timex, m.timex());
        assertNull(m.unit());
    }

    @Test
    void leavesYearsAloneOutWhenSwitchedOff() {
        FigureRecognizer fullDatesOnly = new FigureRecognizer(new FigureRecognizer.Options(false, true));
        List<FigureMatch> found = find(fullDatesOnly, "The court ruled in 2023; the vote is on March 15, 2024.");
        assertEquals(1, found.size());
        assertEquals("2024-03-15", found.get(0).timex());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Some 40,000 troops remain deployed.                            | 40,000    | approx
            Officials estimate roughly 300 were hurt.                      | 300       | approx
            An estimated 6,000 homes were damaged.                         | 6,000     | approx
            More than 19,000 children were deported.                       | 19,000    | over
            Russia now holds just over 19% of the territory.               | 19%       | over
            Rescuers said well over 500 people were trapped.               | 500       | over
            The envoy spent close to five hours in talks.                  | five hours | under
            Nearly 70 people died in the fire.                             | 70        | under
            The bill was backed by fewer than 200 MPs.                     | 200       | under
            At least 35 people were killed.                                | 35        | at-least
            The fine could reach up to €10m.                               | €10m      | at-most
            No more than 12 boats may enter.                               | 12        | at-most
            The force has 500 or more drones.                              | 500       | at-least
            The army fielded 200-odd tanks.                                | 200-odd   | approx
            The country has 500-plus drones.                               | 500-plus  | over
            The repairs will cost between $2 billion and $3 billion.       | $2 billion | exact
            The repairs will cost between $2 billion and $3 billion.       | $3 billion | exact
            The two sides agreed on a 10-point plan.                       | 10-point  | exact
            Prices may fall by roughly 10% to 15% next year.               | 15%       | approx
            The keeper leapt above two attackers to punch clear.           | two       | exact
            Over four summers, the divers mapped the reef.                 | four      | exact
            Over 40 people were hurt in the crush.                         | 40        | over
            Repairs will take about six to eight weeks.                    | eight weeks | approx
            Sales rose from 10% to 15% of the total.                       | 15%       | exact
            The ash cloud drifted as far as 40 km from the crater.         | 40 km     | at-most
            Rents will stay flat for at least another three months.        | three months | at-least
            """)
    void readsTheHedgeIntoTheQualifierNotTheSpan(String sentence, String span, String qualifier) {
        assertEquals(qualifier, figure(sentence, span).qualifier().label());
    }

    @Test
    void theBoundsOfBetweenAndAreTwoFiguresCarryingTheRange() {
        String sentence = "The repairs will cost between $2 billion and $3 billion.";
        for (String span : List.of("$2 billion", "$3 billion")) {
            FigureMatch m = figure(sentence, span);
            assertEquals(new FigureMatch.Range(2e9, 3e9), m.range(), span);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The G7 leaders met in Hiroshima.                               | 7
            Covid-19 cases rose again.                                     | 19
            The Boeing 737 Max was grounded.                               | 737
            Resolution 2231 remains in force.                              | 2231
            NATO invoked Article 5 for the first time.                     | 5
            The update ships with iOS 17.                                  | 17
            The meeting started at 10:30 in Brussels.                      | 10
            Police were called at 2am.                                     | 2
            The Senate voted 68-32 to pass the bill.                       | 68
            The home side won 3-1 on Saturday.                             | 3
            Call 0800 123 4567 for help.                                   | 123
            Read more at www.example.com/2024/report for details.          | 2024
            No one was injured in the blast.                               | one
            One of the suspects fled the scene.                            | One
            It is one thing to promise and another to deliver.             | one
            The Group of Seven met in Italy.                               | Seven
            A two-state solution remains the goal.                         | two
            In June the clinic opened on the 12th floor of the tower.      | the 12th
            The chapel was built before the 19th century.                  | the 19th
            She came first in the race and won a second term.              | first
            Growth in the first half of the year was weak.                 | half
            He is now in his third term.                                   | third
            Many of the 21st century's wars are civil.                     | 21
            The 5G network covers the city.                                | 5
            The jet crashed after take-off from runway 27.                 | 27
            The scrum-half, who is from Leeds, kicked the penalty.         | half
            Taxis charge $3 a mile in the city.                            | a mile
            At one point the crowd fell silent.                            | one
            The council plans to double the parking fee.                   | double
            In New York the S&P 500 ended the day flat.                    | 500
            The amendment fell by 31 votes to 12 in the chamber.           | 31
            The amendment fell by 31 votes to 12 in the chamber.           | 12
            The visitors were 270 for six at tea on the second day.        | 270
            The visitors were 270 for six at tea on the second day.        | six
            The left-armer took six for 52 before the rain came.           | 52
            """)
    void skipsNumbersThatAreNotFigures(String sentence, String number) {
        assertNoFigure(sentence, number);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nurses asked for more N95 masks.
            Traffic backed up on the N7 near the border.
            """)
    void readsNoNairaInMaskOrRoadNames(String sentence) {
        assertTrue(find(RECOGNIZER, sentence).stream().noneMatch(m -> m.kind() == FigureKind.MONEY),
                () -> "money in: " + sentence);
    }

    private static void assertNoFigure(String sentence, String text) {
        for (FigureMatch m : find(RECOGNIZER, sentence)) {
            String covered = sentence.substring(m.begin(), m.end());
            assertFalse(covered.contains(text), "unexpected figure '" + covered + "' in: " + sentence);
        }
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            More than 19,000 Ukrainian children have been deported.        | 19,000           | children
            The US joined 90 other countries at the vote.                  | 90               | countries
            The army destroyed two Russian fighter jets.                   | two              | jets
            Rebels seized 701 sq km of new territory in May.               | 701 sq km        | territory
            Russia now holds 19.3% of Ukrainian territory.                 | 19.3%            | territory
            The loan would cover two-thirds of the country's funding needs. | two-thirds      | needs
            After a five-hour meeting the sides parted.                    | five-hour        | meeting
            The firm reported revenue of $4.5 billion.                     | $4.5 billion     | revenue
            Inflation fell to 2.1% in May.                                 | 2.1%             | inflation
            The death toll rose to 35 on Thursday.                         | 35               | toll
            A magnitude 6.1 earthquake struck the east.                    | 6.1              | magnitude
            The EU agreed a €50bn loan for Kyiv.                           | €50bn            | loan
            Kyiv says 19,000 children were taken; the UK says at least 6,000 have been placed in camps. | 6,000 | children
            One in five children lives in poverty.                         | One in five      | children
            The number of migrants crossing in small boats rose to 36,816. | 36,816           | migrants
            The UN says 3.7 million people are displaced and 6.3 million have fled. | 6.3 million | people
            The bakery chain posted a 9% rise in annual sales.             | 9%               | sales
            Ministers approved a 4.5% increase in the minimum wage.        | 4.5%             | wage
            The mill reported a 30% drop in timber exports last year.      | 30%              | exports
            The council voted for a 12% cut.                               | 12%              | cut
            A magnitude 6.4 earthquake killed 11 people in the hills.      | 6.4              | magnitude
            Storms flattened 300 homes and killed 12 people.               | 300              | homes
            Villagers slept outdoors after a magnitude 5.8 quake killed seven people near the coast. | 5.8 | magnitude
            """)
    void findsWhatTheFigureMeasures(String sentence, String span, String measured) {
        assertEquals(measured, figure(sentence, span).measured());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Inflation rose from 5 to 10 per cent last year.                | 5         | percent  | 5       | %
            Between 5 and 6 million people left the country.               | 5         | count    | 5.0E6   | null
            The trip takes two or three days by road.                      | two       | duration | 2       | d
            The talks lasted 2 to 3 hours on Monday.                       | 2         | duration | 2       | h
            Repairs will cost $2 to $3 billion.                            | $2        | money    | 2.0E9   | USD
            They had farmed the valley for thirty, forty years.            | thirty    | duration | 30      | year
            """)
    void firstNumberOfARangeSharesTheUnitOfTheSecond(String sentence, String span, String kind, double value,
                                                     String unit) {
        FigureMatch m = figure(sentence, span);
        assertEquals(kind, m.kind().label());
        assertEquals(value, m.value(), 1e-9);
        assertEquals(unit, m.unit());
    }

    /** A race's or a flight's time read as a clock reads it: hours, minutes and seconds. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            She won the marathon in 2:21:06, a course record.              | 2:21:06 | 2.351666667
            The winner crossed the line after 1:04:30 on the bike.         | 1:04:30 | 1.075
            """)
    void readsAClockReadDurationInHours(String sentence, String span, double hours) {
        FigureMatch m = figure(sentence, span);
        assertEquals("duration", m.kind().label());
        assertEquals(hours, m.value(), 1e-6);
        assertEquals("h", m.unit());
        assertEquals(hours, m.normalizedValue(), 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The meeting began at 10:30 on Monday.
            Read John 3:16:2 aloud.
            """)
    void readsNoDurationInATimeOfDayOrAReference(String sentence) {
        assertEquals(List.of(), find(RECOGNIZER, sentence).stream().filter(f -> f.kind().label().equals("duration")).toList());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The striker has scored seven goals in 12 matches.              | seven   | 7
            The striker has scored seven goals in 12 matches.              | 12      | 12
            The bowler took three wickets in 20 balls after tea.           | three   | 3
            The bowler took three wickets in 20 balls after tea.           | 20      | 20
            """)
    void aCountedNounOnEachSideOfInMakesTwoCountsNotARatio(String sentence, String span, double value) {
        FigureMatch m = figure(sentence, span);
        assertEquals("count", m.kind().label());
        assertEquals(value, m.value(), 1e-9);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Emissions must be cut by 43% compared with 2019 levels.        | 2019   | date
            Warming could reach 2.7C by 2100.                              | 2100   | date
            The army sent 2000 troops to the border.                       | 2000   | count
            Some 2020 delegates attended the congress.                     | 2020   | count
            2023 was the hottest year on record.                           | 2023   | date
            The 2024 Olympics drew 9.5 million spectators.                 | 2024   | date
            """)
    void tellsYearsFromCounts(String sentence, String span, String kind) {
        assertEquals(kind, figure(sentence, span).kind().label());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The 400m hurdles final was run in the rain.                    | 400m     | measure | 400    | m
            The app now has 5m users in Europe.                            | 5m       | count   | 5.0E6  | null
            The sea wall is 5m high.                                       | 5m       | measure | 5      | m
            It was 40C in Seville on Sunday.                               | 40C      | measure | 40     | °C
            The stake is worth £300m.                                      | £300m    | money   | 3.0E8  | GBP
            """)
    void readsTheAmbiguousMAndCFromContext(String sentence, String span, String kind, double value, String unit) {
        FigureMatch m = figure(sentence, span);
        assertEquals(kind, m.kind().label());
        assertEquals(value, m.value(), 1e-9);
        assertEquals(unit, m.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Arsenal 2-1 Chelsea was the match of the weekend.              | 2
            1. Twenty people died in the first attack.                     | 1
            The session ran from 9.30 to 11.00 and resumed at 14.15.       | 9.30
            The session ran from 9.30 to 11.00 and resumed at 14.15.       | 11.00
            The session ran from 9.30 to 11.00 and resumed at 14.15.       | 14.15
            The COP28 summit in Dubai and COP 29 in Baku were discussed.   | 28
            Published: 09:41 GMT, 4 March 2025                             | 09
            Leeds 3 Stoke 1 was the upset of the night.                    | 3
            """)
    void skipsScoresListMarkersAndClockTimes(String sentence, String number) {
        assertNoFigure(sentence, number);
    }

    @Test
    void aHeadlineScoreBetweenTwoTeamsIsNoFigure() {
        String text = "Wigan 27 Hull 20: Wigan stay top\n\nThe hosts scored late to win at home.";
        assertNoFigure(text, "27");
        assertNoFigure(text, "20");
    }

    @Test
    void countsOneBeforeANationality() {
        assertEquals("jet", figure("One Russian jet was shot down.", "One").measured());
    }

    @Test
    void ignoresRunsOfDigitsTooLongToBeQuantities() {
        assertTrue(find(RECOGNIZER, "Order ref 12345678901234567890123 was paid.").isEmpty());
    }

    @Test
    void restatedFigureInBracketsSharesHedgeAndMeasuredNoun() {
        String s = "They took about 701 square kilometers (270 square miles) of land.";
        FigureMatch restated = figure(s, "270 square miles");
        assertEquals("approx", restated.qualifier().label());
        assertEquals("land", restated.measured());
        assertEquals("land", figure(s, "701 square kilometers").measured());
    }

    @Test
    void offsetsAreJavaStringIndicesIntoTheText() {
        String s = "\u201cWe lost 😞 nearly €90bn,\u201d he said on Friday.";
        FigureMatch m = figure(s, "€90bn");
        assertEquals(s.indexOf("€90bn"), m.begin());
        assertEquals(s.indexOf("€90bn") + 5, m.end());
        assertNotNull(figure(s, "Friday").timex());
    }

    @Test
    void findsNothingInTextWithoutNumbers() {
        assertTrue(find(RECOGNIZER, "The minister said talks would continue.").isEmpty());
        assertTrue(find(RECOGNIZER, "").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They owe us $10 billion, the minister said.   | $10 billion
            Give us R25 now.                              | R25
            """)
    void aLowerCaseWordBeforeACurrencySignIsNotPartOfIt(String sentence, String span) {
        FigureMatch m = figure(sentence, span.trim());
        assertEquals(span.trim(), sentence.substring(m.begin(), m.end()));
    }
    @Test
    void stopsWhenItsThreadIsInterrupted() {
        String text = "Prices rose 3% and 4% in May. ".repeat(2_000);
        Thread.currentThread().interrupt();
        try {
            assertThrows(java.util.concurrent.CancellationException.class, () -> find(RECOGNIZER, text));
        } finally {
            Thread.interrupted(); // clear it for the tests that follow
        }
        assertEquals(6_000, find(RECOGNIZER, text).size()); // two shares and a month in each sentence
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HARARE, May 2 (Reuters) - Twelve workers were hurt in the blast. | Twelve | 12
            QUITO, Feb 9 (AFP) - Nine climbers were rescued on Sunday.       | Nine   | 9
            Fourteen people were missing on Monday after the ferry sank.    | Fourteen | 14
            Thirty-one schools were closed.                                  | Thirty-one | 31
            """)
    void readsANumberWordThatOpensASentenceOrFollowsADateline(String text, String span, long value) {
        FigureMatch m = figure(text, span);
        assertEquals(value, Math.round(m.value()));
    }
}
