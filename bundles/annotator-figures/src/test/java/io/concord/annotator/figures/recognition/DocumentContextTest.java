package io.concord.annotator.figures.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import io.concord.annotator.segmenter.NewsSegmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures whose reading depends on more than the words next to them: the dollar a document writes, the
 * temperature scale of bare {@code minus 12}, hedges, units written apart, and rate phrases. Invented sentences.
 */
class DocumentContextTest {
    private static final FigureRecognizer RECOGNIZER = new FigureRecognizer();
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    private static List<FigureMatch> find(String text) {
        return RECOGNIZER.find(SEGMENTER.tokensAndSentences(text));
    }

    private static FigureMatch figure(String text, String span) {
        List<FigureMatch> found = find(text);
        for (FigureMatch m : found) {
            if (text.substring(m.begin(), m.end()).equals(span)) {
                return m;
            }
        }
        return fail("no figure '" + span + "' in: " + text + " (found " + found.stream()
                .map(m -> "'" + text.substring(m.begin(), m.end()) + "'").collect(Collectors.joining(", ")) + ")");
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The Perth miner earned A$41 million. Its rival made $12 million and paid 3 cents a share. | $12 million | money | 1.2E7 | AUD | exact
            The Perth miner earned A$41 million. Its rival made $12 million and paid 3 cents a share. | 3 cents | money | 0.03 | AUD | exact
            A Toronto firm raised C$80 million; its shares rose $1.20 on Friday.               | $1.20 | money | 1.2 | CAD | exact
            The fund holds 9 million Singapore dollars. Fees cost it $300,000 last year.       | $300,000 | money | 300000 | SGD | exact
            The Sydney firm paid A$5 million and US$2 million, and then $1 million more.       | $1 million | money | 1.0E6 | USD | exact
            Auckland spent NZ$4 million while Hong Kong spent HK$9 million; a bridge cost $3 million. | $3 million | money | 3.0E6 | USD | exact
            Freight costs rose to $40 a tonne this spring.                                      | $40 | money | 40 | USD | exact
            Floods cut off towns in Queensland overnight. The state offered grants of up to $20,000. | $20,000 | money | 20000 | AUD | at-most
            Copper rose $50 a tonne on Monday, and Australia said its exports fell.              | $50 | money | 50 | USD | exact
            Melbourne fund managers bought US Treasuries; a 10-year note cost $98 on Friday.    | $98 | money | 98 | USD | exact
            Sydney traders watched the U.S. Federal Reserve; gold rose $12 on Friday.           | $12 | money | 12 | USD | exact
            Beijing set aside ¥300 billion. The renminbi weakened on the news.                | ¥300 billion | money | 3.0E11 | CNY | exact
            Tokyo set aside ¥300 billion, and the yuan and the yen both fell.                   | ¥300 billion | money | 3.0E11 | JPY | exact
            The Oslo ferry operator will spend 450 million kroner on two new ships.            | 450 million kroner | money | 4.5E8 | NOK | exact
            Copenhagen's harbour fund has 90 million kroner left, the Danish minister said.     | 90 million kroner | money | 9.0E7 | DKK | exact
            The Stockholm club was fined 2 million crowns by the Swedish league.               | 2 million crowns | money | 2.0E6 | SEK | exact
            The Santiago miner paid 40 million pesos in fines in Chile last year.              | 40 million pesos | money | 4.0E7 | CLP | exact
            A Kraków bakery was fined 15,000 złoty.                                             | 15,000 złoty | money | 15000 | PLN | exact
            The Lusaka council will pay 3,000 kwacha a month to each Zambian trader.           | 3,000 kwacha | money | 3000 | ZMW | exact
            Rooms at the new hotel cost from £90 a night.                                      | £90 | money | 90 | GBP | at-least
            Fares cost from £9 to £30 on the new route.                                         | £9 | money | 9 | GBP | exact
            Gold tops $3,000 for the first time.                                                | $3,000 | money | 3000 | USD | over
            The dose was raised to 7.5 milligrams after a month.                               | 7.5 milligrams | measure | 7.5 | mg | exact
            Children took 1.2 mg twice a day.                                                   | 1.2 mg | measure | 1.2 | mg | exact
            Peak demand hit 9,400 megawatts on Tuesday.                                         | 9,400 megawatts | measure | 9400 | MW | exact
            Farmers harvested 31.4m tonnes of barley.                                           | 31.4m tonnes | measure | 3.14E7 | t | exact
            The low of -30.5C (-22.9F) was a record.                                            | -22.9F | measure | -22.9 | °F | exact
            The low of -30.5C was a record, and by night the air fell to minus 34.              | minus 34 | measure | -34 | °C | exact
            Some houses stand barely 400 metres from the quarry.                                | 400 metres | measure | 400 | m | under
            The river is now within 20 centimetres of its record low.                          | 20 centimetres | measure | 20 | cm | at-most
            The firm expects to make a profit within three years.                              | three years | duration | 3 | year | exact
            Aftershocks usually follow within two or three days.                               | two | duration | 2 | d | exact
            The low of -30.5C (-22.9F) was a record; on Friday it may ease to minus 12.         | minus 12 | measure | -12 | °C | exact
            We get maybe 15 minutes of warning.                                                 | 15 minutes | duration | 15 | min | approx
            The wind made it feel closer to -40C.                                               | -40C | measure | -40 | °C | approx
            Patients lost 9% of their weight over 40 weeks in the study.                        | 40 weeks | duration | 40 | week | exact
            Objections must be filed within ten working days of the notice.                  | ten working days | duration | 10 | d | exact
            The bank pays out within three business days.                                       | three business days | duration | 3 | d | exact
            Temperatures fell to minus 27 degrees overnight in the valley.                      | minus 27 degrees | measure | -27 | °C | exact
            The company flies a 70-seat turboprop between the islands.                          | 70-seat | count | 70 | null | exact
            The largest stone weighed 3.1 kg, and all the pieces together some 15 pounds.      | 15 pounds | measure | 15 | lb | approx
            The crew lost weight on the crossing; the skipper lost about 30 pounds.            | 30 pounds | measure | 30 | lb | approx
            The carp was the heaviest ever landed on the lake, at 41 pounds.                   | 41 pounds | measure | 41 | lb | exact
            The trader lost 30,000 pounds on the deal, about a third of his savings.          | 30,000 pounds | money | 30000 | GBP | exact
            Shoppers paid 4 pounds for a kilogram of apples.                                   | 4 pounds | money | 4 | GBP | exact
            The clerk took cash from the charity over five years before she was caught.         | five years | duration | 5 | year | exact
            The project has run for over five years.                                            | five years | duration | 5 | year | over
            Two-thirds of a million people signed the petition.                                | Two-thirds of a million | count | 666667 | null | exact
            A flat in the centre costs 14 times the average salary.                            | 14 times | ratio | 14 | null | exact
            The share sale was oversubscribed by 6 times.                                       | 6 times | ratio | 6 | null | exact
            Lead in the well was nearly eight times the legal limit.                            | eight times | ratio | 8 | null | under
            The new chip is 40 times faster than the old one.                                   | 40 times | ratio | 40 | null | exact
            The repairs took a year and a half to finish.                                       | a year and a half | duration | 1.5 | year | exact
            The plant lost 40 to 60 jobs in the spring.                                         | 60 | count | 60 | null | exact
            Membership grew from 40 to 55 last year.                                            | 40 | count | 40 | null | exact
            Output fell to 3.1 million tonnes from 3.4 million a year earlier.                  | 3.4 million | measure | 3.4E6 | t | exact
            The index rose to 4.2% against 3.9 in May.                                         | 3.9 | percent | 3.9 | % | exact
            A loaf now costs 95p, up from 80 last spring.                                       | 80 | count | 80 | null | exact
            Sales rose to $5 million from 40 stores.                                            | 40 | count | 40 | null | exact
            Officials said one household in four had no heating.                               | one household in four | ratio | 0.25 | null | exact
            One man in 2019 was fined 3 times.                                                  | 3 | count | 3 | null | exact
            The drivers slept in their cabs for three nights.                                  | three nights | duration | 3 | d | exact
            Rent in the town is almost twice what it was in 2020.                              | twice | ratio | 2 | null | under
            Over 18 months, the team tracked 400 patients.                                      | 18 months | duration | 18 | month | exact
            Over 500 people took part.                                                          | 500 | count | 500 | null | over
            Doctors said body temperatures above 41 degrees can kill.                           | 41 degrees | measure | 41 | °C | over
            The low of 12F was a record; next week it may reach 30 degrees.                     | 30 degrees | measure | 30 | °F | exact
            It hit 104F in Dallas; a body temperature over 42 degrees is deadly.               | 42 degrees | measure | 42 | °C | over
            The ship turned 180 degrees and headed home.                                        | 180 | count | 180 | null | exact
            The new drug cut hunger by a fifth in trials.                                       | a fifth | ratio | 0.2 | null | exact
            Sales at the bakery have fallen by a third since May.                               | a third | ratio | 0.3333 | null | exact
            """)
    void readsTheFigureInItsContext(String text, String span, String kind, double value, String unit,
                                    String qualifier) {
        FigureMatch m = figure(text, span);
        assertEquals(kind, m.kind().label(), "kind of " + span);
        assertEquals(value, m.value(), Math.abs(value) * 2e-3 + 1e-9, "value of " + span);
        assertEquals(unit, m.unit(), "unit of " + span);
        assertEquals(qualifier, m.qualifier().label(), "qualifier of " + span);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            TARTU, June 3 (Reuters) - Stones from the meteorite go on show on the 24th.  | the 24th   | XXXX-06-24 | exact
            Fire destroyed a barn near Dauphin on Boxing Day, the county said.              | Boxing Day | XXXX-12-26 | exact
            Building could start in autumn 2028, the council said.   | autumn 2028 | 2028-FA     | exact
            The works ran late into the summer of 2026.              | 2026        | 2026        | exact
            The bridge stays shut until at least 14 May.             | 14 May      | XXXX-05-14  | at-least
            Talks could resume around 9 June, an aide said.          | 9 June      | XXXX-06-09  | exact
            Ferries ran all summer. June was the wettest month in Bergen. | June   | XXXX-06     | exact
            Cruise calls rose. May is usually the busiest month at the quay. | May | XXXX-05     | exact
            """)
    void readsDates(String text, String span, String timex, String qualifier) {
        assertEquals(timex, figure(text, span).timex(), "timex of " + span);
        assertEquals(qualifier, figure(text, span).qualifier().label(), "qualifier of " + span);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The council will run 14 ferries a day over the holiday.  | a day
            The scheme pays up to 20,000 shillings a month per family. | a month
            The doctor allows an hour of screen time a day.           | a day
            The king had lost 3 crowns in the war.                    | 3 crowns
            The bank has raised rates 9 times since May.              | 9 times
            She has won the race twice since 2020.                    | twice
            The data was sold by a third party to the insurer.        | a third
            The board voted five to four to approve the plan.         | five
            The board voted five to four to approve the plan.         | four
            The plan pays 5,000 kwacha a month to each Malawian family. | a month
            """)
    void ratePhrasesAreNoDurations(String text, String span) {
        List<FigureMatch> found = find(text);
        assertTrue(found.stream().noneMatch(m -> text.substring(m.begin(), m.end()).equals(span)),
                span + " read as a figure in: " + text);
    }

    /** A month name that is also a given name or a verb opens a sentence: only "... was the ... month" dates it. */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The choir sang at dusk. June was the first singer to arrive.  | June
            The team trained hard. May the best crew win, the coach said. | May
            The club met twice. April said the last month had been hard.  | April
            """)
    void namesThatOpenASentenceAreNoMonths(String text, String span) {
        List<FigureMatch> found = find(text);
        assertTrue(found.stream().noneMatch(m -> text.substring(m.begin(), m.end()).equals(span)),
                span + " read as a figure in: " + text);
    }
}
