package io.concord.annotator.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import io.concord.annotator.segmenter.NewsSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonRecognizerTest {
    private static PersonRecognizer recognizer;
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    @BeforeAll
    static void loadLexicon() {
        recognizer = new PersonRecognizer(NameLexicon.load());
    }

    /** Mentions as {@code text>canonical>role} (role {@code -} when none), joined by {@code |}. */
    private static String people(String text) {
        return recognizer.find(SEGMENTER.tokensAndSentences(text)).stream()
                .map(m -> text.substring(m.begin(), m.end()) + ">" + m.canonical() + ">" + (m.role() == null ? "-" : m.role()))
                .collect(Collectors.joining("|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "EU foreign policy chief Kaja Kallas met Romanian President Klaus Iohannis.;Kaja Kallas>Kaja Kallas>EU foreign policy chief|Klaus Iohannis>Klaus Iohannis>Romanian President",
        "Former US President Barack Obama campaigned in Ohio.;Barack Obama>Barack Obama>Former US President",
        "Mikhail Podolyak, an adviser to the presidential office, said talks had stalled.;Mikhail Podolyak>Mikhail Podolyak>adviser to the presidential office",
        "The prize went to Jean-Claude Juncker and Charles de Gaulle.;Jean-Claude Juncker>Jean-Claude Juncker>-|Charles de Gaulle>Charles de Gaulle>-",
        "Poland’s deputy prime minister Krzysztof Gawkowski spoke first.;Krzysztof Gawkowski>Krzysztof Gawkowski>Poland’s deputy prime minister",
        "She met Italy's president, Sergio Mattarella, in Rome.;Sergio Mattarella>Sergio Mattarella>Italy's president",
        "The city's mayor, Ewa Lindqvist-Borg, opened the bridge.;Ewa Lindqvist-Borg>Ewa Lindqvist-Borg>city's mayor",
        "The regional council's chairman, Tomasz Wierzbicki, opened the bridge.;Tomasz Wierzbicki>Tomasz Wierzbicki>regional council's chairman",
        "Nordvik's chief financial officer Ingrid Solberg told reporters.;Ingrid Solberg>Ingrid Solberg>Nordvik's chief financial officer",
        "Talks stalled, the union's leader, Tomas Ferreira, said.;Tomas Ferreira>Tomas Ferreira>union's leader",
        "European envoys including Anna Weber and Paul Grant attended.;Anna Weber>Anna Weber>European envoys|Paul Grant>Paul Grant>European envoys",
        "Secretary-General Jens Stoltenberg arrived.;Jens Stoltenberg>Jens Stoltenberg>Secretary-General",
        "By Priya Raman;Priya Raman>Priya Raman>-",
        "Paris Hilton flew to Paris on Monday.;Paris Hilton>Paris Hilton>-",
        "Mr Sunak said he would stay.;Sunak>Sunak>-",
        "Egyptian President Abdel Fattah al-Sisi hosted the summit.;Abdel Fattah al-Sisi>Abdel Fattah al-Sisi>Egyptian President",
        "Markets fell after Trump said he would act.;Trump>Trump>-",
        "Nigerian President Bola Tinubu spoke.;Bola Tinubu>Bola Tinubu>Nigerian President",
        "President Lee Jae-myung met envoys. Lee spoke later.;Lee Jae-myung>Lee Jae-myung>President|Lee>Lee Jae-myung>-",
        "President Ursula von der Leyen left. Critics said von der Leyen erred.;Ursula von der Leyen>Ursula von der Leyen>President|von der Leyen>Ursula von der Leyen>-",
        "Petro accused the Trump administration of lying.;Petro>Petro>-|Trump>Trump>-",
        "Later Maria Luisa dela Cruz-Santos spoke.;Maria Luisa dela Cruz-Santos>Maria Luisa dela Cruz-Santos>-",
        "A senator, Teodulo “Bong-Bong” Lacsamana, spoke. Lacsamana left.;Teodulo “Bong-Bong” Lacsamana>Teodulo Lacsamana>-|Lacsamana>Teodulo Lacsamana>-",
        "Obinna Adeyemo-Okafor built the mill. Today Chidi Adeyemo-Okafor runs it.;Obinna Adeyemo-Okafor>Obinna Adeyemo-Okafor>-|Chidi Adeyemo-Okafor>Chidi Adeyemo-Okafor>-",
        "Mayor Ximena Ruiz-Cortés said the vote was close.;Ximena Ruiz-Cortés>Ximena Ruiz-Cortés>Mayor",
        "Governor Shin Hyun-woo told reporters.;Shin Hyun-woo>Shin Hyun-woo>Governor",
        "Michael Jordan and Gordon Brown met in Tiwi.;Michael Jordan>Michael Jordan>-|Gordon Brown>Gordon Brown>-",
        "Volodymyr Zelensky spoke. Investors in Zelensky's plan agreed.;Volodymyr Zelensky>Volodymyr Zelensky>-|Zelensky>Volodymyr Zelensky>-",
        "The rally was led by Moon Jae-in.;Moon Jae-in>Moon Jae-in>-",
        "Kanako Mori, who runs an inn, said bookings fell.;Kanako Mori>Kanako Mori>-",
        "The Home Secretary, Joanna Brook, announced the plan.;Joanna Brook>Joanna Brook>Home Secretary",
        "On Monday the chancellor, Rachel Reeves, spoke.;Rachel Reeves>Rachel Reeves>chancellor",
        "The climber Teodomira Quispe del Mar reached the summit. Quispe del Mar said it was cold.;Teodomira Quispe del Mar>Teodomira Quispe del Mar>-|Quispe del Mar>Teodomira Quispe del Mar>-",
        "Fiachra Ó Bhraonáin (52) was acquitted. Afterwards, Ó Bhraonáin thanked the jury.;Fiachra Ó Bhraonáin>Fiachra Ó Bhraonáin>-|Ó Bhraonáin>Fiachra Ó Bhraonáin>-",
        "Tel Aviv-based insurer Veltrusa said claims rose, as did Abu Dhabi-owned lender Qarsun, Eka Lomidze said.;Eka Lomidze>Eka Lomidze>-",
        "After meeting the president, Trump said no deal was near.;Trump>Trump>-",
        "Bheki Dlamini, a farmer near the river, said it rained.;Bheki Dlamini>Bheki Dlamini>-",
        "Police superintendent P.K. Ranganathan visited the site. Ranganathan said the bridge was unsafe.;P.K. Ranganathan>P.K. Ranganathan>Police superintendent|Ranganathan>P.K. Ranganathan>-",
        "Coach T.M. Velusamy made 90 before lunch.;T.M. Velusamy>T.M. Velusamy>Coach",
        "Interior Minister Karim Jaber al-Dulaimi spoke first. Later Dulaimi left the hall.;Karim Jaber al-Dulaimi>Karim Jaber al-Dulaimi>Interior Minister|Dulaimi>Karim Jaber al-Dulaimi>-",
        "Shares rose, said Priya Raman, a fund analyst at Gregory Tolland in Leeds.;Priya Raman>Priya Raman>fund analyst at Gregory Tolland in Leeds",
        "The provincial vice-governor, Sauda Kiprono, opened the fair.;Sauda Kiprono>Sauda Kiprono>provincial vice-governor",
        "Leeds head of cricket Dominic Alvey said the pitch was dry.;Dominic Alvey>Dominic Alvey>Leeds head of cricket",
        "Deputy Minister of Mineral Resources Xiahou Jinrong opened the fair. Xiahou said exports rose.;Xiahou Jinrong>Xiahou Jinrong>Deputy Minister of Mineral Resources|Xiahou>Xiahou Jinrong>-",
        "Roads were closed, city police commissioner B. K. Menon said.;B. K. Menon>B. K. Menon>police commissioner",
        "Rosaura Tupayachi Quispe, 52, runs the stall. “We sell what we grow,” Tupayachi said.;Rosaura Tupayachi Quispe>Rosaura Tupayachi Quispe>-|Tupayachi>Rosaura Tupayachi Quispe>-",
        "Swami Vimalananda Tirtha blessed the crowd.;Vimalananda Tirtha>Vimalananda Tirtha>-",
        "Vice-Minister Jang Min-seok visited the plant.;Jang Min-seok>Jang Min-seok>Vice-Minister",
        "The shop belongs to Pieter-Jan van Damme. Van Damme said sales fell.;Pieter-Jan van Damme>Pieter-Jan van Damme>-|Van Damme>Pieter-Jan van Damme>-",
        "Anne-Fleur de Wolde, a spokeswoman for the growers, spoke first. Later De Wolde said prices fell.;Anne-Fleur de Wolde>Anne-Fleur de Wolde>spokeswoman|De Wolde>Anne-Fleur de Wolde>-",
        "Villagers from Dara Khel Tangi carried the injured, said Amina Yusufzai.;Amina Yusufzai>Amina Yusufzai>-",
        "Residents of Kolo Zhemat were told to leave, said Amina Yusufzai.;Amina Yusufzai>Amina Yusufzai>-",
        "People of Kenneth Ward's generation remember the flood.;Kenneth Ward>Kenneth Ward>-",
        "The driver, like many in the valley, uses only one name, Zarsangin. Police said Zarsangin had driven all night.;Zarsangin>Zarsangin>-|Zarsangin>Zarsangin>-",
        "The singer goes by a single name, Velikko, on stage and off.;Velikko>Velikko>-",
        "Lucía de la Fuente Ortega, a spokeswoman for the fleet, spoke first. De la Fuente said the wind dropped.;Lucía de la Fuente Ortega>Lucía de la Fuente Ortega>spokeswoman|De la Fuente>Lucía de la Fuente Ortega>-",
    })
    void findsNamesWithRoles(String text, String expected) {
        assertEquals(expected, people(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The Ukrainian president said the Kremlin had rejected the plan.",
        "He told the minister that Russia would respond.",
        "In May, June and April, Congress met in Washington.",
        "Georgia said it would join the alliance.",
        "The Marshall Plan rebuilt Western Europe.",
        "Related Articles",
        "Read Also: Drones Help Pilots Beat Heavy Jamming",
        "Officials at the European Central Bank and the International Criminal Court agreed.",
        "Russian and Ukrainian negotiators met at Al Jazeera studios.",
        "Johnson & Johnson and Larsen & Toubro rose.",
        "Mbappe joined from Paris Saint-Germain before the La Liga season.",
        "Shares of Exxon Mobil fell, and economists at Banorte said so.",
        "Demand in North America held up.",
        "Goldline Ventures, a fund manager, said returns fell.",
    })
    void ignoresWordsThatAreNotPeople(String text) {
        assertEquals("", people(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Kenya Airways and Gulf Air cancelled flights, Jordan Group said.",
        "Royal Brunei Airlines said demand was strong. Marina Airlines cancelled flights.",
        "Lucia Group, which owns the mall, said sales grew.",
        "Flights from Lucia Airport resumed.",
        "Ethiopian Airlines and Garuda Nepal added routes.",
        "Crews from Metro Fire and Texas Rescue arrived.",
        "Fishermen in Tiwi said the storm had passed.",
        "Officials moved to Bauan, a municipality on the coast.",
        "Graniteford Mining Inc. cut its forecast, and Graniteford said output fell.",
        "A vaccine made by Pune-based Kalvora Biotech cut cases by half, Kalvora Biotech said on Monday.",
        "Tessaly Therapeutics said the trial would resume.",
        "Vellacorte Duomo, a family-owned brewer from Parma, said it would hire. He said Vellacorte would grow.",
        "The Kenyan Rose Lily said it had housed 40 families.",
        "His son told the newspaper Vecernji Glas that he was proud.",
        "Roads in the Shire of Ashford and the County of Reynolds were closed, and crews from the City of Howard arrived.",
        "He had hoped to reach Sault Ste. Marie by Friday.",
        "The boom lifted the uplands. Kon Brai's provincial budget grew 4 per cent last year.",
        "Haldrin Therapeutics said on Monday that its drug worked. Its founder said Haldrin would meet regulators. Haldrin said it would publish the data.",
        "Water had reached the church in Ruwe Pstrag, and a crossing near Edwin Town was shut.",
        "Water reached the church near Oscar Heights on Friday.",
        "A driver was rescued in Nowe Tarnice on Sunday, and growers around Kolbinga said vines survived.",
        "Patients were taken to Queen Adela's Medical College in the capital.",
        "In 1990 she founded Dravinska Kovina, which grew to 300 staff.",
        "Staff at Vesna Obala, a group that tracks fishing boats, said catches fell.",
        "Korvenmaa Tuuli BV had argued that it complied with the permit.",
        "German cable-maker Ostkabel Werder said it had signed an order.",
        "Japanese trading house Marekawa Bussan booked gains on the stake.",
        "Two tankers were hit about 75 km east of Ras Qaluf on Monday.",
    })
    void ignoresOrganisationsAndPlacesThatLookLikeNames(String text) {
        assertEquals("", people(text));
    }

    @Test
    void resolvesSurnamesToTheFullestNameInTheDocument() {
        String text = "Scholz’s spokesman declined to comment. Chancellor Olaf Scholz arrived late. "
                + "“[Scholz] will decide,” an aide said, and Scholz left.";
        assertEquals("Scholz>Olaf Scholz>-|Olaf Scholz>Olaf Scholz>Chancellor|Scholz>Olaf Scholz>-|Scholz>Olaf Scholz>-",
                people(text));
    }

    @Test
    void resolvesTheInnerPartOfALongNameUsedAlone() {
        String text = "President Luiz Inacio Lula da Silva flew to Brasilia. Lula promised federal aid.";
        assertEquals("Luiz Inacio Lula da Silva>Luiz Inacio Lula da Silva>President|Lula>Luiz Inacio Lula da Silva>-",
                people(text));
    }

    @Test
    void unifiesTransliterationsOfSkySurnames() {
        String text = "Army chief Oleksandr Syrskyi visited the front. Syrskyi said the line held.";
        assertEquals("Oleksandr Syrskyi>Oleksandr Syrsky>Army chief|Syrskyi>Oleksandr Syrsky>-", people(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Kwesinho, 31, who joined the club last season, scored twice. Later Kwesinho thanked the fans.;Kwesinho>Kwesinho>-|Kwesinho>Kwesinho>-",
        "The stall belongs to Faridoun (58), who opens at five.;Faridoun>Faridoun>-",
    })
    void takesASingleNameWithAnAgeInAppositionAsAPerson(String text, String expected) {
        assertEquals(expected, people(text));
    }

    @Test
    void takesAnEverydayWordAsANameOnlyAfterATitle() {
        assertEquals("Brown>Brown>Prime Minister", people("They met Prime Minister Brown at noon."));
        assertEquals("", people("Brown bears were seen near the town."));
    }

    @Test
    void acceptsANameInAHeadlineOnlyWhenTheTextConfirmsIt() {
        String text = "Markets Rally After Lagarde Speech\n\nECB President Christine Lagarde said rates would fall.";
        assertEquals("Lagarde>Christine Lagarde>-|Christine Lagarde>Christine Lagarde>ECB President", people(text));
    }
    @Test
    void stopsWhenItsThreadIsInterrupted() {
        String text = "Ana Ruiz met Tomas Berg in Lyon. ".repeat(500);
        Thread.currentThread().interrupt();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                    () -> people(text));
        } finally {
            Thread.interrupted(); // clear it for the tests that follow
        }
        org.junit.jupiter.api.Assertions.assertTrue(people(text).contains("Ana Ruiz"));
    }
}
