package io.concord.annotator.places;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented news sentences about places the recogniser was not written for: towns below the population cut-off
 * in datelines and appositions, regions and islands outside the US, natural features, kinds that the generic
 * word of a town's name could mislead, and names that only look like places.
 */
class PlaceCarryOverTest {
    private static String places(String sentence) {
        return PlaceMentions.described(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        AKOSOMBO, Ghana (AFP) — Engineers opened two spillway gates on Tuesday.;AKOSOMBO>Akosombo>city|Ghana>Ghana>country
        Dam gates opened as rains persist\\nBy Kofi Mensah\\nAKOSOMBO, Ghana (AFP) — Engineers opened two gates.;AKOSOMBO>Akosombo>city|Ghana>Ghana>country
        CASTLEDERG, Northern Ireland (Reuters) - A bakery reopened after the flood.;CASTLEDERG>Castlederg>city|Northern Ireland>Northern Ireland>country
        HALLSTATT, Austria (AP) — Ferry crossings were cut back this summer.;HALLSTATT>Hallstatt>city|Austria>Austria>country
        Tourist limits tested in alpine village\\nHALLSTATT, Austria (AP) — Ferry crossings were cut back.;HALLSTATT>Hallstatt>city|Austria>Austria>country
        TUPPER LAKE, N.Y. (AP) — A sawmill shut its doors on Friday.;TUPPER LAKE>Tupper Lake>city|N.Y.>New York>region
        LAKE PLACID, N.Y. (AP) — Organisers added a ski jump event.;LAKE PLACID>Lake Placid>city|N.Y.>New York>region
        KILGORIS, Kenya (AFP) — Herders moved cattle to higher ground.;KILGORIS>Kilgoris>city|Kenya>Kenya>country
        MAE SARIANG, Thailand (Reuters) - Smoke closed the airport.;MAE SARIANG>Mae Sariang>city|Thailand>Thailand>country
        AKAROA, New Zealand (AP) — A cruise ship anchored in the harbour.;AKAROA>Akaroa>city|New Zealand>New Zealand>country
        WANDILIGONG, Vic. — A bushfire jumped the containment line overnight.;WANDILIGONG>Wandiligong>city|Vic.>Victoria>region
        Fire crews hold the line\\nBy Ann Lee\\nWANDILIGONG, Vic. — A bushfire jumped the line overnight.;WANDILIGONG>Wandiligong>city|Vic.>Victoria>region
        TOBERMORY, Ontario (CP) — The ferry season opened late.;TOBERMORY>Tobermory>city|Ontario>Ontario>region
        KILGORIS, KENYA (AFP) — Herders moved cattle to higher ground.;KILGORIS>Kilgoris>city|KENYA>Kenya>country
        KPANDAI (AFP) — Rescuers reached the last flooded farms on Tuesday.;KPANDAI>Kpandai>city
        TARRAFAL, Cape Verde (AP) — The old prison opened as a museum.;TARRAFAL>Tarrafal>city|Cape Verde>Cape Verde>country
        Rescuers reached Kpandai, Ghana, after the storm.;Kpandai>Kpandai>city|Ghana>Ghana>country
        The mill in Hexham, Northumberland, closed last week.;Hexham>Hexham>city|Northumberland>Northumberland>region
        A farmer from Hillsdale, N.Y., won the prize.;Hillsdale>Hillsdale>city|N.Y.>New York>region
        OSKALOOSA, Iowa (AP) — The firm chose Oskaloosa after a long search.;OSKALOOSA>Oskaloosa>city|Iowa>Iowa>region|Oskaloosa>Oskaloosa>city
        The mill in Grinnell, Iowa, reopened. Workers in Grinnell cheered.;Grinnell>Grinnell>city|Iowa>Iowa>region|Grinnell>Grinnell>city
        OSKALOOSA, Iowa (AP) — The Oskaloosa-Pella line reopened.;OSKALOOSA>Oskaloosa>city|Iowa>Iowa>region
        She grew up in Ballinamore, Co Leitrim, before moving.;Ballinamore>Ballinamore>city|Co Leitrim>County Leitrim>region
        The festival in Kivik, Sweden, drew crowds.;Kivik>Kivik>city|Sweden>Sweden>country
        Flooding hit Pai, Thailand, overnight.;Pai>Pai>city|Thailand>Thailand>country
        A clinic opened in Kilgoris, Kenya, on Monday.;Kilgoris>Kilgoris>city|Kenya>Kenya>country
        Students from Jomsom, Nepal, walked for two days.;Jomsom>Jomsom>city|Nepal>Nepal>country
        He retired to Clifden, Ireland, in 2019.;Clifden>Clifden>city|Ireland>Ireland>country
        Troops entered the village of Kalavryta at dawn.;Kalavryta>Kalavryta>city
        Crops failed around the town of Skardu this year.;Skardu>Skardu>city
        Two wells were dug in the Kotido district last year.;Kotido>Kotido>region
        Two wells were dug in Nyamata village last year.;Nyamata>Nyamata>city
        Traders from Kagadi town met at the market.;Kagadi>Kagadi>city
        SAINT-JEAN-DE-LUZ, France (AFP) — Surfers returned to the bay.;SAINT-JEAN-DE-LUZ>Saint-Jean-de-Luz>city|France>France>country
        Dam gates open By Kofi Mensah AKOSOMBO, Ghana (AFP) — Engineers opened two gates.;AKOSOMBO>Akosombo>city|Ghana>Ghana>country
        Fire crews hold the line By Ann Lee WANDILIGONG, Vic. — A bushfire jumped the line.;WANDILIGONG>Wandiligong>city|Vic.>Victoria>region
        Commuters in Crystal Lake waited for trains.;Crystal Lake>Crystal Lake>city
        Orchards around Bright, Victoria, were spared.;Bright>Bright>city|Victoria>Victoria>region
        Storms battered the Gulf Coast and the Bay Area.;Gulf Coast>Gulf Coast>region|Bay Area>Bay Area>region
        Voting was delayed in Balochistan and the Azores.;Balochistan>Balochistan>region|Azores>Azores>region
        Tourism grew in Patagonia and Lombok.;Patagonia>Patagonia>region|Lombok>Lombok>region
        Cruise ships may no longer enter the Geirangerfjord.;Geirangerfjord>Geirangerfjord>water
        Fishermen on Lake Tanganyika reported a poor catch.;Lake Tanganyika>Lake Tanganyika>water
        Researchers crossed the Namib Desert and the Gobi Desert.;Namib Desert>Namib Desert>other|Gobi Desert>Gobi Desert>other
        Hippos were counted along the Zambezi river last month.;Zambezi river>Zambezi River>water
        Hippos were counted along the Luangwa river last month.;Luangwa>Luangwa River>water
        Barges were stuck on the Parana river for a week.;Parana river>Parana River>water
        Kayakers paddled down the Whanganui River.;Whanganui River>Whanganui River>water
        The Limpopo River burst its banks near the border.;Limpopo River>Limpopo River>water
        Residents of Saranac Inn, N.Y., and Lake Placid, N.Y., voted.;Saranac Inn>Saranac Inn>city|N.Y.>New York>region|Lake Placid>Lake Placid>city|N.Y.>New York>region
        Officials in Sulphur Springs, Texas, lifted the order.;Sulphur Springs>Sulphur Springs>city|Texas>Texas>region
        Flights to Great Falls were delayed.;Great Falls>Great Falls>city
        Crowds filled Hot Springs on Saturday.;Hot Springs>Hot Springs>city
        Officials in Sulphur Springs said the water was safe.;Sulphur Springs>Sulphur Springs>city
        Voters in the provinces of Salta and Jujuy went to the polls.;Salta>Salta>region|Jujuy>Jujuy>region
        The bus from Cusco reached Puno at night.;Cusco>Cusco>city|Puno>Puno>city
        Hikers were stranded near Zermatt and Stornoway.;Zermatt>Zermatt>city|Stornoway>Stornoway>city
        Pearl divers left Broome and sailed to Port Hedland.;Broome>Broome>city|Port Hedland>Port Hedland>city
        Quakes shook Svalbard and Shetland this week.;Svalbard>Svalbard>region|Shetland>Shetland>region
        Harvests failed in Tigray and Amhara.;Tigray>Tigray>region|Amhara>Amhara>region
        Aid convoys reached Herat and Kandahar on Sunday.;Herat>Herat>city|Kandahar>Kandahar>city
        Drought hit the Herat province hardest.;Herat>Herat>region
        Power returned to the island of Mljet on Monday.;Mljet>Mljet>region
        Rain fell on the province of Chiriqui for a week.;Chiriqui>Chiriquí>region
        Farmers in the Hunza valley lost their apricots.;Hunza>Hunza>region
        Overall, Germany, France and Italy agreed.;Germany>Germany>country|France>France>country|Italy>Italy>country
        Separately, Ghana said it would pay.;Ghana>Ghana>country
        Runners: 1. Kiptoo, Kenya, 2:03:05, 2. Haile, Ethiopia, 2:04:10.;Kenya>Kenya>country|Ethiopia>Ethiopia>country
        Fishing boats sheltered in the Oslofjord overnight.;Oslofjord>Oslofjord>water
        Divers explored the Raja Ampat archipelago and the Kei islands.;Raja Ampat>Raja Ampat>region|Kei>Kei>region
        Seals returned to the Moray Firth and the Sogne Fjord.;Moray Firth>Moray Firth>water|Sogne Fjord>Sogne Fjord>water
        The lodge in Hot Springs, Ark., reopened.;Hot Springs>Hot Springs>city|Ark.>Arkansas>region
        Miners in Mount Magnet, W.A., were told to stay home.;Mount Magnet>Mount Magnet>city|W.A.>Western Australia>region
        """)
    void findsPlacesItWasNotWrittenFor(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        Gulf Marine Holdings reported a loss.
        Shares of Lake Shore Capital Partners fell.
        Gulf Keystone Petroleum cut its dividend.
        Gulf Navigation said its tankers were safe.
        The NATO summit ended, the UN said.
        Bay Crest Partners declined to comment.
        The choir sang "Galway Bay Forever" at the gala.
        Her novel "Winter In Lisbon Again" sold well.
        The band closed with "Midnight Train To Georgia Blues" and left.
        Dr Anna Smith-Jordan said the results were clear.
        Mr Chester-Wells said the vote was close.
        Ms Paris-Holden testified on Monday.
        Anna Holden-Jordan said the vote was close.
        She sang "Midnight In Paris" and left.
        His debut novel, "Siberia", sold well.
        Nurse Kate Holden-Lincoln was thanked.
        Defence Secretary Lloyd Austin met Chad Smith on the sidelines of the summit.
        The Kremlin and NATO traded accusations.
        Analysts at the Kyiv School of Economics disagreed.
        Ukrainian and Russian negotiators met.
        He pleaded guilty in March at the University of Oxford.
        The Washington Post interviewed Paris Hilton.
        Deputy Commissioner of Police M.N. Rao led the inquiry.
        Environmental groups objected. Trịnh Văn Quang of the river network said so.
        Carla Viana chaired the panel. Viana said the plan worked. Viana rejected the offer a day later.
        """)
    void findsNoPlaceInNamesThatOnlyLookLikePlaces(String sentence) {
        assertEquals("", places(sentence));
    }

    /**
     * Regions, islands and towns that the gazetteer lacks and that no word around them marks as places: the
     * recogniser cannot find them until the gazetteer holds second-level regions and islands.
     */
    @Disabled("gaps in the gazetteer's coverage, not in the rules")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        Storms battered the Lofoten Islands and Finnmark.;Lofoten Islands>Lofoten Islands>region|Finnmark>Finnmark>region
        Fires burned in Chalkidiki and on Evia overnight.;Chalkidiki>Chalkidiki>region|Evia>Evia>region
        Ferries to Gozo and Hvar were cancelled.;Gozo>Gozo>region|Hvar>Hvar>region
        Snow closed roads across Lapland and the Outer Hebrides.;Lapland>Lapland>region|Outer Hebrides>Outer Hebrides>region
        The ferry from Ullapool reached Stornoway late.;Ullapool>Ullapool>city|Stornoway>Stornoway>city
        """)
    void findsPlacesThatOnlyTheGazetteerCouldKnow(String sentence, String expected) {
        assertEquals(expected, places(sentence));
    }
}
