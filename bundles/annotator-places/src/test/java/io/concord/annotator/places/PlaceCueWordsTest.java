package io.concord.annotator.places;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented sentences for places that only their context marks (villages near a named spot, rivers written
 * {@code River X} or bare after a river phrase, landforms with a lower-case generic word, a dateline town in
 * capitals with a dash) and for town names that stand for a sports club, which are no places.
 */
class PlaceCueWordsTest {
    private static String places(String sentence) {
        return PlaceMentions.described(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        The farm lies near Tregarthen and floods every winter.;Tregarthen>Tregarthen>city
        Winds tore roofs from homes in Babinda and cut power overnight.;Babinda>Babinda>city
        Flood water entered houses in Garradunga before dawn.;Garradunga>Garradunga>city
        Families in Kurrimine were told to leave.;Kurrimine>Kurrimine>city
        The charity paid for homes in Smith's name.;
        Relief centres opened overnight in Babinda, Cairns and Townsville.;Babinda>Babinda>city|Cairns>Cairns>city|Townsville>Townsville>city
        Power was cut in Kowrowa, Mareeba, Cairns and Townsville.;Kowrowa>Kowrowa>city|Mareeba>Mareeba>city|Cairns>Cairns>city|Townsville>Townsville>city
        In Babinda, Townsville and Brisbane, roofs were torn off.;Babinda>Babinda>city|Townsville>Townsville>city|Brisbane>Brisbane>city
        In March, Townsville and Brisbane were flooded.;Townsville>Townsville>city|Brisbane>Brisbane>city
        Thanks to Pemberton, Cairns and Townsville were spared.;Cairns>Cairns>city|Townsville>Townsville>city
        A baker in nearby Pencarrow said trade was slow.;Pencarrow>Pencarrow>city
        Buses stopped near Llanwddyn. Shops in Llanwddyn closed early.;Llanwddyn>Llanwddyn>city|Llanwddyn>Llanwddyn>city
        The road near Christmas was quiet.;
        Anglers fished the River Wensum at dawn.;River Wensum>River Wensum>water
        Cafés line the banks of the Ouseburn in summer.;Ouseburn>Ouseburn>water
        The Ouseburn burst its banks overnight.;Ouseburn>Ouseburn>water
        Turbines would stand on the Hohenkamm ridge above the valley.;Hohenkamm>Hohenkamm>other
        Two million people live in the Karoola basin.;Karoola>Karoola>region
        Hikers got lost in the Thuringian Forest on Sunday.;Thuringian Forest>Thuringian Forest>region
        Houses in the hamlets of Kleinreuth and Grossmuehlbach stood empty.;Kleinreuth>Kleinreuth>city|Grossmuehlbach>Grossmuehlbach>city
        OBERSTEINBACH — Farmers near Obersteinbach voted on Sunday.;OBERSTEINBACH>Obersteinbach>city|Obersteinbach>Obersteinbach>city
        BREAKING — Farmers voted on Sunday.;
        Lava crossed the Snaefell Peninsula on Monday. Roads on Snaefell reopened.;Snaefell Peninsula>Snaefell Peninsula>region|Snaefell>Snaefell Peninsula>region
        Anglers fished the River Wensum. Later the Wensum rose.;River Wensum>River Wensum>water|Wensum>River Wensum>water
        Snow fell on Mount Kerrigan. Kerrigan said the trails were shut.;Mount Kerrigan>Mount Kerrigan>other
        The village of Wetherden flooded. Wetherden residents were angry.;Wetherden>Wetherden>city|Wetherden>Wetherden>city
        The Swat valley flooded on Monday.;Swat>Swat>region
        She walked 40 kilometres from Lodwarra to the clinic.;Lodwarra>Lodwarra>city
        The Port Qasimabad-based trader sold its fleet.;Port Qasimabad>Port Qasimabad>city
        Tea grows in the Kerinci highlands of Jambi.;Kerinci>Kerinci>region|Jambi>Jambi>region
        The river crested at Dibrugarh and Tezpurbari overnight.;Dibrugarh>Dibrugarh>city|Tezpurbari>Tezpurbari>city
        The road to the Vexin, the chalk plateau north of the city, was cut.;Vexin>Vexin>region
        In the Vexin, the flat plain north of the city, rain fell.;Vexin>Vexin>region
        Police told residents of Tallarook and Kilmore to leave.;Tallarook>Tallarook>city|Kilmore>Kilmore>city
        Rangers moved elephants along the Nandi Kiboko hills overnight.;Nandi Kiboko>Nandi Kiboko>other
        Loggers entered the Arawete territory in May.;Arawete>Arawete>region
        Trucks crossed into Kenya's Marsabiti region on Monday.;Kenya>Kenya>country|Marsabiti>Marsabiti>region
        Storms cut power across mid Sweden overnight.;mid Sweden>Mid Sweden>region
        Fire crews drove into the community of Cedarvale overnight.;Cedarvale>Cedarvale>city
        Dana Pellow, 41, of Tallowood, was charged on Monday.;Tallowood>Tallowood>city
        Dana Pellow, 41, of Harlow Partners, said nothing.;
        Fans queued outside the Greenvale Stadium in Tarrawick for hours.;Tarrawick>Tarrawick>city
        The Karuah River at Booral peaked overnight.;Karuah River>Karuah River>water|Booral>Booral>city
        A driver was swept off a causeway at Wallalong on Monday.;Wallalong>Wallalong>city
        Traffic on the bridge at Easter was light.;
        Floods hit Uttar Pradesh's Kheripur district. Kheripur alone lost 40 homes.;Uttar Pradesh>Uttar Pradesh>region|Kheripur>Kheripur>region|Kheripur>Kheripur>region
        Police told residents of Tarrawonga, Elmsbury and Barrow Heights to leave.;Tarrawonga>Tarrawonga>city|Elmsbury>Elmsbury>city|Barrow Heights>Barrow Heights>city
        Crews worked in Wodonga, Elmsbury said on Monday.;Wodonga>Wodonga>city
        Police told residents of North Tarrawong and Elmsbury to leave.;North Tarrawong>North Tarrawong>city|Elmsbury>Elmsbury>city
        Frost damaged crops across the Central Highlands and the Northern Tablelands.;Central Highlands>Central Highlands>region|Northern Tablelands>Northern Tablelands>region
        A Swindon woman won the raffle on Friday.;Swindon>Swindon>city
        Flats in Nairobi West and Lusaka East were flooded.;Nairobi West>Nairobi West>other|Lusaka East>Lusaka East>other
        Crops failed in the NSW Wollemi region this winter.;NSW>New South Wales>region|Wollemi>Wollemi>region
        Carla Viana chaired the panel. Viana said the plan worked. Floods later cut roads in Viana and Fortaleza.;Viana>Viana>city|Fortaleza>Fortaleza>city
        """)
    void findsPlacesThatTheirContextMarks(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
        Swindon beat Crawley 2-1 on Saturday. Swindon manager Ian Kerr praised the defence.;
        Swindon beat Crawley 2-1 on Saturday. Fans in Swindon celebrated late.;Swindon>Swindon>city
        Swindon edged Crawley in a six-goal thriller. Crawley boss Ian Kerr was furious after the 4-2 defeat.;
        The council in Swindon met Crawley officials on Saturday.;Swindon>Swindon>city|Crawley>Crawley>city
        Gillingham were unlucky in the 3-0 defeat to Crawley on Tuesday.;
        Gillingham travel to Crawley for a league fixture on Saturday.;Crawley>Crawley>city
        Paris and London were calm after the 2-1 vote.;Paris>Paris>city|London>London>city
        Swindon play Crawley at home on Friday after the 2-1 win.;
        Swindon were level on points with second-placed Crawley after the 2-1 win.;
        Swindon travel to Crawley for the fixture. Fans play cards in Crawley.;Crawley>Crawley>city|Crawley>Crawley>city
        """)
    void takesNoTownThatStandsForItsClub(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, places(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        Transport for London said fares would rise.
        Left-back Joao Pereira da Lima signed a new deal.
        Analyst Pieter van Gent expects lower rates.
        Reporters stood near President Obuya and near Mr Kamau at the rally.
        She sat near Coach Otieno on the bench.
        Nottingham Forest signed a new striker.
        Buyers waited for the Tesla range of cars.
        The hotel stands near Gatwick Terminal 2 and near Jones's old house.
        He was sitting near Okafor when the shot rang out.
        Shoppers walked along the Strand and traders watched along the Nasdaq.
        A Linux-based server and Android-based phones were sold.
        The Starlings burst onto the scene in 1994.
        The Fed meets near Labor Day and traffic was slow near Junction 9.
        The house is near Oakwood Drive and near Mill Lane.
        Researchers at the Lagos-Ibadan Institute disagreed.
        Traffic backed up along the Okerawu–Tenmile expressway for hours.
        """)
    void takesNoPlaceInsideABodyOrASurname(String sentence) {
        assertEquals("", places(sentence));
    }
}
