package io.concord.annotator.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of places the generated gazetteer holds under another spelling or form than news uses: Nigerian states
 * with their suffix, Sudanese states by English name, Vietnamese names with {@code Đ} written {@code D}, Mexican
 * cities without the patriot's surname, inhabited Greek islands, rivers named without the word River, and
 * islands and border crossings named by a lower-case noun. Every sentence is invented.
 */
class PlaceGazetteerCoverageTest {
    /** Mentions as {@code text>kind}, joined by {@code |}. */
    private static String places(String sentence) {
        return PlaceMentions.in(sentence).stream()
                .map(m -> sentence.substring(m.begin(), m.end()) + ">" + m.kind())
                .collect(Collectors.joining("|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        Flooding hit farms in Borno State on Monday.;Borno State>region
        The governor of Cross River State opened the bridge.;Cross River State>region
        Fuel queues grew in Rivers State and Ogun State.;Rivers State>region|Ogun State>region
        Fighting spread to West Kordofan last week.;West Kordofan>region
        Aid reached White Nile state by lorry.;White Nile>region
        Rain fell across Dong Nai overnight.;Dong Nai>region
        Hotels in Xalapa were full for the festival.;Xalapa>city
        The ferry to Naxos was cancelled.;Naxos>region
        Fishermen on Chios mended their nets.;Chios>region
        Barges moved slowly up the Chenab this spring.;Chenab>water
        Farmers from Stepanavan brought their apples.;Stepanavan>city
        Buses from Hatsavan ran late.;Hatsavan>city
        """)
    void findsPlacesTheGeneratedListsSpellOtherwise(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        Ministers visited the Greek island of Kalymnara on Friday.;Kalymnara>region
        Fishermen on Inishvarra island landed a record catch.;Inishvarra>region
        Navies will patrol the Banda and Arafura seas together.;Banda>water|Arafura>water
        Navies will patrol the Qorvu and Arafura seas together.;Qorvu>water|Arafura>water
        Lorries queued at the Velikovo crossing for days.;Velikovo>city
        Farmers blocked the Krasnodol border crossing on Monday.;Krasnodol>city
        The Pentagon crossing guard retired.;''
        """)
    void findsPlacesThatALowerCaseNounOrAnAdjectiveCues(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        Floods cut roads in Kisumu and Ombeyitu overnight.;Kisumu>city|Ombeyitu>city
        Police searched homes near Ombeyitu and Kisumu on Friday.;Ombeyitu>city|Kisumu>city
        Buses no longer run between Exeter and Porthkerrow.;Exeter>city|Porthkerrow>city
        The deal was signed in Lagos and Adewunmi said it was fair.;Lagos>city
        Talks in Nairobi and Odhiambu’s visit were delayed.;Nairobi>city
        He wrote to Nairobi and Kamauwe.;Nairobi>city
        The clinic serves Kisumu and Ombeyitu.;Kisumu>city
        Crews came from Kisumu and Kyz. on Monday.;Kisumu>city
        """)
    void findsUnlistedTownsListedWithAKnownPlace(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        Coach Marcelo Itabira praised the squad. Itabira said the players were tired.;''
        The survey was led by Mariko Nagahama. Nagahama, who studies faults, said more quakes were likely.;''
        Officials in Itabira said the dam held.;Itabira>city
        Ubatuba said the beaches would reopen. Flights from Ubatuba resumed.;Ubatuba>city|Ubatuba>city
        The envoy met Ana Tateyama in Tateyama on Monday.;Tateyama>city
        """)
    void takesNoSurnameOfAPersonNamedInTheTextForAPlace(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        Gas prices rose across Ariz. this week.;Ariz.>region
        Lawmakers from Ohio and Tenn. objected to the cuts.;Ohio>region|Tenn.>region
        Lawmakers from Ohio and Mass. objected to the cuts.;Ohio>region|Mass.>region
        The bill passed in Ill. last year.;''
        """)
    void findsStateAbbreviationsWithoutATown(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        Floods hit farms in Kulon Sarimulyo regency on Monday.;Kulon Sarimulyo>region
        The typhoon made landfall in Talagan province on Sunday.;Talagan>region
        Clinics closed across Wamburo district.;Wamburo>region
        The Talagan province governor resigned.;''
        The ferry ran from Bodø to Moskevik twice a day.;Bodø>city|Moskevik>city
        Tourists flew from Moskevik to Bodø.;Moskevik>city|Bodø>city
        """)
    void findsUnlistedDivisionsAndFerryEnds(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        Lorries waited at Kelemkoy in Van province for days.;Kelemkoy>city|Van>region
        Another crossing at Korczowa, in the Podkarpackie province, stayed open.;Korczowa>city|Podkarpackie>region
        She works at Kestrelsoft in Cork.;Cork>city
        """)
    void findsTownsInsideANamedProvince(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }
}
