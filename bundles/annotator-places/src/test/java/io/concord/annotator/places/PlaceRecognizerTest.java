package io.concord.annotator.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceRecognizerTest {
    private static String places(String sentence) {
        return PlaceMentions.described(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", value = {
        "NEW DELHI: The monsoon reached Kerala on Monday.;NEW DELHI>New Delhi>city|Kerala>Kerala>region",
        "Officials in Kiev and Odessa reported explosions overnight.;Kiev>Kyiv>city|Odessa>Odesa>city",
        "The band played Quebec City, then toured Korea.;Quebec City>Quebec City>city|Korea>Korea>region",
        "The fair in Cologne opened on Monday, and Köln is its German name.;Cologne>Cologne>city|Köln>Cologne>city",
        "The U.S. and the UK imposed new sanctions.;U.S.>United States>country|UK>United Kingdom>country",
        "America will not wait, the senator said.;America>United States>country",
        "Drones hit the Odesa region and a port on the Black Sea.;Odesa>Odesa>region|Black Sea>Black Sea>water",
        "Moscow signalled a hard line, while Washington’s envoy toured Europe.;Moscow>Moscow>city|Washington>Washington>city|Europe>Europe>continent",
        "US-Russia talks and U.S.-led efforts continued in Geneva.;US>United States>country|Russia>Russia>country|U.S.>United States>country|Geneva>Geneva>city",
        "Ukraine’s National Security Council met in Kyiv.;Ukraine>Ukraine>country|Kyiv>Kyiv>city",
        "Rescuers searched Lake Baikal and the Dnipro River.;Lake Baikal>Lake Baikal>water|Dnipro River>Dnipro River>water",
        "Fighting moved from Crimea to the Kursk region.;Crimea>Crimea>region|Kursk>Kursk>region",
        "Ukraine and US Negotiators To Meet In Florida;Ukraine>Ukraine>country|US>United States>country|Florida>Florida>region",
        "Flights from Sao Paulo and São Paulo were delayed.;Sao Paulo>São Paulo>city|São Paulo>São Paulo>city",
        "US President Joe Biden spoke to the UK Prime Minister.;US>United States>country|UK>United Kingdom>country",
        "The talks ended in the U.S. Negotiators left on Friday.;U.S.>United States>country",
        "China said it would respond, and Turkey agreed.;China>China>country|Turkey>Turkey>country",
        "PORTO ALEGRE, Brazil (Reuters) - Rain fell.;PORTO ALEGRE>Porto Alegre>city|Brazil>Brazil>country",
        "BEIJING/SEOUL, Oct 8 (Reuters) - Talks began.;BEIJING>Beijing>city|SEOUL>Seoul>city",
        "TAMPA, Fla. (AP) — The storm hit.;TAMPA>Tampa>city|Fla.>Florida>region",
        "The Guaiba river rose in the south.;Guaiba river>Guaiba River>water",
        "Volunteers gathered in Atlanta, Georgia, on Monday.;Atlanta>Atlanta>city|Georgia>Georgia>region",
        "Talks in Tbilisi, Georgia, ended.;Tbilisi>Tbilisi>city|Georgia>Georgia>country",
        "Residents of St. Petersburg lost power.;St. Petersburg>Saint Petersburg>city",
        "Drones hit the Samara and Volgograd regions.;Samara>Samara>region|Volgograd>Volgograd>region",
        "Crews worked in the Wimmera region.;Wimmera>Wimmera>region",
        "Neighbouring Uruguay sent help.;Uruguay>Uruguay>country",
        "Shares rose 3% in Frankfurt.;Frankfurt>Frankfurt>city",
        "Victoria’s premier spoke. Victoria has seen worse, she said.;Victoria>Victoria>city|Victoria>Victoria>city",
        "Floods cut roads across NSW and southern Qld.;NSW>New South Wales>region|Qld>Queensland>region",
        "Fires burned north of L.A. on Tuesday.;L.A.>Los Angeles>city",
        "Storms hit Luzon and the Visayas before Sulawesi.;Luzon>Luzon>region|Visayas>Visayas>region|Sulawesi>Sulawesi>region",
        "Tourists flocked to Sicily and Mallorca.;Sicily>Sicily>region|Mallorca>Mallorca>region",
        "Wildfires spread across Northern California and East Antarctica warmed.;Northern California>Northern California>region|East Antarctica>East Antarctica>region",
        "Officials in Jasper County said roads were shut.;Jasper County>Jasper County>region",
        "Chip plants in Cheongju and Seongnam cut shifts.;Cheongju>Cheongju>city|Seongnam>Seongnam>city",
        "North Korea fired a missile toward South Korea.;North Korea>North Korea>country|South Korea>South Korea>country",
        "The ship was due to load containers for Shanghai on Thursday.;Shanghai>Shanghai>city",
        "Phoenix recorded its hottest night.;Phoenix>Phoenix>city",
    })
    void findsPlacesWithCanonicalNameAndKind(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    /**
     * English news drops the marks of transliteration (macrons, Vietnamese tone marks) that the gazetteer's
     * names carry, and writes a hyphenated name with a space as often as not; the canonical name follows the
     * plain spelling, while the Latin-1 accents of European names stay ({@code São Paulo} above).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", value = {
        "Farmers near Can Tho sold their rice early.;Can Tho>Can Tho>city",
        "The overnight train from Amravati arrived late.;Amravati>Amravati>city",
        "Queues formed in Ado Ekiti before dawn.;Ado Ekiti>Ado Ekiti>city",
        "Miners in Jastrzębie-Zdrój voted on the deal.;Jastrzębie-Zdrój>Jastrzębie-Zdrój>city",
    })
    void writesTheCanonicalNameAsEnglishNewsSpellsIt(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The Kremlin and the White House traded accusations over NATO and the EU.",
        "Ukrainian and Russian negotiators exchanged prisoners.",
        "The Bank of England and the Institute for the Study of War published reports.",
        "The Washington Post interviewed Paris Hilton.",
        "Defence Secretary Lloyd Austin thanked Chad Smith and Victoria Beckham.",
        "Nice weather helped the Mobile team; Date and time were not given.",
        "Analysts at the Kyiv School of Economics disagreed.",
        "Marco Rubio said the deal was close. Rubio said more later.",
        "Manchester United lost to Real Madrid.",
        "Clare said the vote was close.",
        "He pleaded guilty in March at the University of Oxford.",
        "Liverpool beat Chelsea 2-0 at home.",
        "The fund raised US$2 billion, A$300 million and HK$1.1 billion.",
        "The lender will add C$40 million and NZ$5 million.",
        "RUGBY: Harbour Lions beat the visitors on Saturday.",
        "He asked for forgiveness from God and from the court.",
        "Traders there work in Hausa or pidgin, not in English.",
    })
    void ignoresNamesThatAreNotPlacesHere(String sentence) {
        assertEquals("", places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", value = {
        "Crews reached the town of Wundowie before noon.;Wundowie>Wundowie>city",
        "Nimbin, a village in the hills, flooded again.;Nimbin>Nimbin>city",
        "Hikers left Yackandandah, 30 km south of Wodonga, at dawn.;Yackandandah>Yackandandah>city|Wodonga>Wodonga>city",
        "Tumbarumba, some 80 kilometres from the border, lost power.;Tumbarumba>Tumbarumba>city",
        "Smoke was seen 40 km north-west of Murgon on Sunday.;Murgon>Murgon>city",
        "Water returned to the small coastal town of Merimbula.;Merimbula>Merimbula>city",
        "Buses run to Bradford-on-Avon, a market town near Bath.;Bradford-on-Avon>Bradford-on-Avon>city|Bath>Bath>city",
        "Growers in the town of San Juan de los Lagos met.;San Juan de los Lagos>San Juan de los Lagos>city",
        "Protests spread in the state of Puebla.;Puebla>Puebla>region",
        "Eden, a town on the far south coast, was spared.;Eden>Eden>city",
        "In Nimbin, a village in the hills, shops closed.;Nimbin>Nimbin>city",
    })
    void takesANameAsAPlaceWhereTheContextMakesItCertain(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", value = {
        "Roads were cut near Dalby, Eden and Gympie.;Dalby>Dalby>city|Eden>Eden>city|Gympie>Gympie>city",
        "Police in Paris, Eden said, were ready.;Paris>Paris>city",
    })
    void readsALocativeWordBeforeAListForEachOfItsNames(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", value = {
        "Crews from Kelowna, B.C., and Selkirk, Man., arrived.;Kelowna>Kelowna>city|B.C.>British Columbia>region|Selkirk>Selkirk>city|Man.>Manitoba>region",
        "He lives in Kalgoorlie, W.A., with his son.;Kalgoorlie>Kalgoorlie>city|W.A.>Western Australia>region",
        "Truckers waited in Wawa, Ont., overnight.;Wawa>Wawa>city|Ont.>Ontario>region",
        "She moved from Moosomin, Sask., last year.;Moosomin>Moosomin>city|Sask.>Saskatchewan>region",
        "The plant in Brandon, Fla., hired 200 people.;Brandon>Brandon>city|Fla.>Florida>region",
        "Wildfires burned across B.C. and Alta. this week.;B.C.>British Columbia>region|Alta.>Alberta>region",
        "Fire bans were declared across Tas. and S.A. on Monday.;Tas.>Tasmania>region|S.A.>South Australia>region",
        "Rep. Dana Holt of Texas spoke in the U.S. Senate.;Texas>Texas>region|U.S.>United States>country",
    })
    void readsStateAndProvinceAbbreviations(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", value = {
        "He was born in Yugoslavia and worked in the Soviet Union.;Yugoslavia>Yugoslavia>country|Soviet Union>Soviet Union>country",
        "Trade between Czechoslovakia and East Germany grew.;Czechoslovakia>Czechoslovakia>country|East Germany>East Germany>country",
        "Fans in Rio cheered Rio Ferdinand.;Rio>Rio de Janeiro>city",
        "Barges on the Elbe and the Mekong were halted.;Elbe>Elbe>water|Mekong>Mekong>water",
    })
    void findsHistoricalCountriesShortFormsAndRivers(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", value = {
        "Flooding hit the Hunter Valley and the Mojave Desert.;Hunter Valley>Hunter Valley>region|Mojave Desert>Mojave Desert>other",
        "Climbers left Mount Rainier for Kangaroo Island.;Mount Rainier>Mount Rainier>other|Kangaroo Island>Kangaroo Island>region",
        "Rain swelled the Little Bighorn River.;Little Bighorn River>Little Bighorn River>water",
        "Rice prices rose in Central Kalimantan.;Central Kalimantan>Central Kalimantan>region",
        "Schools shut in Southern Leyte and East Nusa Tenggara.;Southern Leyte>Southern Leyte>region|East Nusa Tenggara>East Nusa Tenggara>region",
        "Rain is forecast for the South West and the Mid North.;South West>South West>region|Mid North>Mid North>region",
        "Farmers in Co Donegal and Co. Mayo protested.;Co Donegal>County Donegal>region|Co. Mayo>County Mayo>region",
        "The Free State and County Mayo had dry weather.;Free State>Free State>region|County Mayo>County Mayo>region",
        "Rains cut roads in Taita-Taveta County.;Taita-Taveta County>Taita-Taveta County>region",
        "Power was cut in the Kern and Mariposa counties.;Kern>Kern County>region|Mariposa>Mariposa County>region",
        "The governor sent crews to Modoc and Lassen counties.;Modoc>Modoc County>region|Lassen>Lassen County>region",
        "Herders left Baringo County in May. Baringo has had no rain.;Baringo County>Baringo County>region|Baringo>Baringo County>region",
        "Voters in Kwara State queued early. Turnout in Kwara was high.;Kwara State>Kwara State>region|Kwara>Kwara State>region",
        "Clinics in Kitui North and Kitui South were full.;Kitui North>Kitui North>region|Kitui South>Kitui South>region",
        "Sandbags ran out in the Mirrabook and Tallong Flats council areas.;Mirrabook>Mirrabook>region|Tallong Flats>Tallong Flats>region",
        "Most pickers came from Rampur Kalan and Sitapur districts.;Rampur Kalan>Rampur Kalan>region|Sitapur>Sitapur>region",
        "Siskiyou County Sheriff Dana Verity closed two roads.;Siskiyou County>Siskiyou County>region",
        "A hamlet in the Shire of Esperance burned.;Shire of Esperance>Shire of Esperance>region",
        "Crews worked in East Aurora and Cadiz.;East Aurora>East Aurora>city|Cadiz>Cadiz>city",
        "Growers in Santa Cruz de la Sierra met.;Santa Cruz de la Sierra>Santa Cruz de la Sierra>city",
        "US-Russia talks moved to Newcastle-upon-Tyne.;US>United States>country|Russia>Russia>country|Newcastle-upon-Tyne>Newcastle-upon-Tyne>city",
        "Officials in Eden said roads were closed.;Eden>Eden>city",
        "Buses run between Gympie and Kingaroy.;Gympie>Gympie>city|Kingaroy>Kingaroy>city",
    })
    void findsRegionsLandformsAndCompoundNames(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Councillor Joan Meade, a city councillor for years, objected.",
        "Ms Harper, a town planner, objected.",
        "Meanwhile, a village elder said the well was dry.",
        "A community of Somalis gathered on Sunday.",
        "Shares of Acme S.A. rose after Foo S.A. sold its stake.",
        "Devon County Council raised its tax.",
        "The Siskiyou County Sheriff's Office closed two roads.",
        "The Punjab State Power Corporation cut supply.",
        "West Ham beat the Silicon Valley Bank team.",
        "The Arab and Nordic states voted.",
    })
    void takesNoPersonForACuedPlace(String sentence) {
        assertEquals("", places(sentence));
    }

    @Test
    void takesAPersonalNameAsAPlaceAfterALocativePreposition() {
        assertEquals("Victoria>Victoria>city", places("She moved to Victoria last year."));
    }

    @Test
    void leavesOutCitiesBelowTheMinimumPopulation() throws Exception {
        String tsv = "# name\tcanonical\tkind\tpopulation\tflags\n"
                + "Bigtown\tBigtown\tcity\t50000\t\n"
                + "Smallville\tSmallville\tcity\t2000\t\n"
                + "Utopia\tUtopia\tcountry\t-1\t\n";
        Gazetteer g = Gazetteer.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), 15000);
        assertNotNull(g.lookup("Bigtown"));
        assertNull(g.lookup("Smallville"));
        assertEquals("country", g.lookup("Utopia").kind());
    }
    @Test
    void stopsWhenItsThreadIsInterrupted() {
        String text = "Ana Ruiz flew from Lyon to Oslo. ".repeat(500);
        Thread.currentThread().interrupt();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                    () -> places(text));
        } finally {
            Thread.interrupted(); // clear it for the tests that follow
        }
        org.junit.jupiter.api.Assertions.assertTrue(places(text).contains("Lyon"));
    }
}
