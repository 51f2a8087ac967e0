#!/usr/bin/env python3
"""Gold conflicts for stories-fresh7, written by hand from the texts in docs/ (spans found by their text).

  python3 make_gold.py conflicts.gold.json [--short] [--repeats]

--short prints every claim of 14 characters or less with its context; --repeats prints every claim whose text
occurs more than once in its document (to check that the intended occurrence, `nth`, was taken).
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_claims import claims  # noqa: E402 (beside this set's folder)
texts, c, g, ab, same = claims(__file__)

a1, b1, c1 = "p01a_landslide", "p01b_landslide", "p01c_landslide"
a2, b2 = "p02a_rowing", "p02b_rowing"
a3, b3, c3 = "p03a_migingo", "p03b_migingo", "p03c_migingo"
a4, b4, c4 = "p04a_whales", "p04b_whales", "p04c_whales"
a5, b5 = "p05a_avalanche", "p05b_avalanche"
a6, b6 = "p06a_imf", "p06b_imf"
a7, b7 = "p07a_meteorite", "p07b_meteorite"
a8, b8 = "p08a_tourism", "p08b_tourism"
a9, b9 = "p09a_tornado", "p09b_tornado"
a10, b10 = "p10a_blackout", "p10b_blackout"
a11, b11 = "p11a_frog", "p11b_frog"
a12, b12 = "p12a_watch", "p12b_watch"

OCEAN = "The ocean does not care how old you are"
ISLAND = "An island smaller than a football pitch should not divide two nations"
EVERY = "Every whale we lose is one too many"
GER = "It lit up the ger like daylight"
FEZ = "Marrakech is full, and Fez is waiting"
ROOF = "The roof came off like the lid of a tin"
EXTINCT = "Extinction is not always the end of the story"
FAMILY = "You are not buying a watch, you are buying a family's history"

conflicts = [
 # ---- p01 landslide in Chivay (Colca Valley, Peru), three reports; dateline p01a Wednesday Feb 12
 ab("date", "p01 slide struck: at 3:12 a.m. on Tuesday (= Feb 11 by the Feb 12 dateline) / in the small hours of February 11 vs shortly before midnight on Monday (p01b)",
    [(a1, "3:12 a.m. on Tuesday"), (c1, "In the small hours of February 11")], [(b1, "shortly before midnight on Monday")]),
 ab("date", "p01 state of emergency declared: on Wednesday vs late on Tuesday", [(a1, "Wednesday")], [(b1, "late on Tuesday")]),
 ab("role", "p01 Cahuana-Larico: Mayor (p01a) / Chivay's mayor (p01c) vs a councillor in Chivay (p01b)",
    [(a1, "Mayor Teodosio Cahuana-Larico"), (c1, "Teodosio Cahuana-Larico, Chivay's mayor")],
    [(b1, "Teodosio Cahuana-Larico, a councillor in Chivay")]),
 ab("role", "p01 Ticona-Cutipa: Housing Minister (p01a) vs the deputy housing minister (p01c)",
    [(a1, "Housing Minister Adelina Ticona-Cutipa")], [(c1, "The deputy housing minister, Adelina Ticona-Cutipa")]),
 ab("quote", "p01 Cahuana-Larico: 'Most of the old town is still standing, but...' vs 'Almost none of the old town is still standing, and...'",
    [(a1, "Most of the old town is still standing, but the lower streets are gone")],
    [(b1, "Almost none of the old town is still standing, and the lower streets are gone")]),
 # ---- p02 Atlantic rowing crossing (La Gomera -> Antigua); dateline p02a Monday Jan 20
 ab("date", "p02 crossing began: left port on December 12 vs set sail on December 14", [(a2, "December 12")], [(b2, "December 14")]),
 ab("date", "p02 arrival: on Sunday (= January 19 by the Jan 20 dateline) vs on January 18", [(a2, "Sunday")], [(b2, "January 18")]),
 ab("role", "p02 Tveitnes-Sæther: the boat's captain vs the crew's navigator",
    [(a2, "the boat's captain, Åshild Tveitnes-Sæther")], [(b2, "The crew's navigator, Åshild Tveitnes-Sæther")]),
 ab("figure", "p02 Fjellstad-Aune's age: aged 63 vs the 61-year-old", [(a2, "aged 63")], [(b2, "61-year-old")]),
 ab("attribution", "p02 'The ocean does not care how old you are': captain Tveitnes-Sæther (p02a) vs Fjellstad-Aune (p02b)",
    [(a2, OCEAN)], [(b2, OCEAN)]),
 # ---- p03 Kenya expels Ugandan diplomat over Migingo, three reports; dateline p03a Wednesday Oct 8
 ab("date", "p03 expulsion ordered: on Tuesday (= Oct 7 by the Oct 8 dateline) / On Oct. 7 vs on the evening of October 6 (p03c)",
    [(a3, "Tuesday"), (b3, "Oct. 7")], [(c3, "On the evening of October 6")]),
 ab("date", "p03 fishermen detained: earlier this month (October, by the Oct 8 dateline) vs on September 29",
    [(a3, "earlier this month")], [(c3, "September 29")]),
 ab("role", "p03 Kamotho-Mwaura: Foreign Minister vs Interior Minister",
    [(a3, "Foreign Minister Nyokabi Kamotho-Mwaura")], [(b3, "Interior Minister Nyokabi Kamotho-Mwaura")]),
 ab("role", "p03 Byaruhanga-Ocitti: Uganda's deputy high commissioner (p03a, b) vs Uganda's high commissioner (p03c)",
    [(a3, "Uganda's deputy high commissioner, Akankwasa Byaruhanga-Ocitti"),
     (b3, "Uganda's deputy high commissioner, Akankwasa Byaruhanga-Ocitti")],
    [(c3, "Akankwasa Byaruhanga-Ocitti, Uganda's high commissioner")]),
 ab("role", "p03 Akoth-Nyangweso: director general vs acting director general of the Kenya Fisheries Service",
    [(a3, "Omolo Akoth-Nyangweso, director general of the Kenya Fisheries Service")],
    [(b3, "Omolo Akoth-Nyangweso, the acting director general of the Kenya Fisheries Service")]),
 ab("figure", "p03 fishermen arrested: 17 vs 27", [(a3, "17 Kenyan fishermen")], [(b3, "27 Kenyan fishermen")]),
 ab("quote", "p03 Kamotho-Mwaura: 'Kenya does not want a quarrel...' vs 'Kenya does not fear a quarrel...'",
    [(a3, "Kenya does not want a quarrel with its neighbour, but we will protect our citizens")],
    [(b3, "Kenya does not fear a quarrel with its neighbour, but we will protect our citizens")]),
 ab("attribution", "p03 'An island smaller than a football pitch...': analyst Kinyanjui-Wachira (p03a) vs Ugandan MP Kigozi-Ssali (p03c)",
    [(a3, ISLAND)], [(c3, ISLAND)]),
 # ---- p04 pilot whale stranding near Strahan (Tasmania), three reports; dateline p04a Thursday Nov 20
 ab("date", "p04 whales found: early on Tuesday (= Nov 18 by the Nov 20 dateline) / at first light on November 18 vs late on Monday (p04b)",
    [(a4, "early on Tuesday"), (c4, "At first light on November 18")], [(b4, "late on Monday")]),
 ab("figure", "p04 whales refloated: 46 (p04a, by Nov 20) vs 64 (p04c, by the evening of Nov 19)",
    [(a4, "46 pilot whales")], [(c4, "64 whales")]),
 ab("role", "p04 Tullah-Brierley: incident controller (p04a, c) vs the service's regional manager for the west coast (p04b)",
    [(a4, "Ewart Tullah-Brierley, the incident controller for the Tasmania Parks and Wildlife Service"),
     (c4, "Incident controller Ewart Tullah-Brierley")],
    [(b4, "Ewart Tullah-Brierley, the Tasmania Parks and Wildlife Service's regional manager for the west coast")]),
 ab("role", "p04 Carrawa-Pike: marine scientist at the University of Tasmania vs whale biologist with the Australian Antarctic Division",
    [(a4, "Winsome Carrawa-Pike, a marine scientist at the University of Tasmania")],
    [(c4, "Winsome Carrawa-Pike, a whale biologist with the Australian Antarctic Division")]),
 ab("quote", "p04 Tullah-Brierley: 'We expect to save more of them today' vs 'We do not expect to save many more of them today'",
    [(a4, "We expect to save more of them today, as long as the weather holds")],
    [(b4, "We do not expect to save many more of them today")]),
 ab("attribution", "p04 'Every whale we lose is one too many': Tullah-Brierley (p04a) vs Carrawa-Pike (p04c)",
    [(a4, EVERY)], [(c4, EVERY)]),
 # ---- p05 avalanche near Gudauri (Georgia); dateline p05a Monday Feb 3
 ab("date", "p05 avalanche time: shortly after 2 p.m. on Saturday vs late on Saturday morning",
    [(a5, "shortly after 2 p.m. on Saturday")], [(b5, "late on Saturday morning")]),
 ab("date", "p05 slope closed before: five years ago (= 2026) vs in 2028", [(a5, "five years ago")], [(b5, "2028")]),
 ab("role", "p05 Mchedlidze-Dolidze: head vs deputy head of the Emergency Management Service",
    [(a5, "Tengiz Mchedlidze-Dolidze, head of Georgia's Emergency Management Service")],
    [(b5, "Tengiz Mchedlidze-Dolidze, deputy head of the Emergency Management Service")]),
 ab("role", "p05 Tsiklauri-Beridze: a ski instructor vs a member of the resort's ski patrol",
    [(a5, "a ski instructor, Nodar Tsiklauri-Beridze")], [(b5, "Nodar Tsiklauri-Beridze, a member of the resort's ski patrol")]),
 ab("quote", "p05 Mchedlidze-Dolidze: 'The slope was open because the forecast said it was safe' vs 'The slope should not have been open...'",
    [(a5, "The slope was open because the forecast said it was safe")],
    [(b5, "The slope should not have been open, whatever the forecast said")]),
 # ---- p06 IMF loan deal (Colombo, Sri Lanka); dateline p06a Thursday June 5
 ab("figure", "p06 loan: $3.4 billion vs $4.3 billion", [(a6, "$3.4 billion")], [(b6, "$4.3 billion")]),
 ab("date", "p06 talks: ran from May 20 to June 3 vs began on May 26", [(a6, "from May 20 to June 3")], [(b6, "May 26")]),
 ab("date", "p06 IMF board approval expected: in August vs in September", [(a6, "August")], [(b6, "September")]),
 ab("role", "p06 Castellví-Sandström: led the IMF mission vs the IMF's deputy mission chief",
    [(a6, "Gudrun Castellví-Sandström, who led the IMF mission")],
    [(b6, "The IMF's deputy mission chief for Sri Lanka, Gudrun Castellví-Sandström")]),
 ab("role", "p06 Wickramage-Dissawa: Finance Minister vs State Minister of Finance",
    [(a6, "Finance Minister Chaminda Wickramage-Dissawa")], [(b6, "State Minister of Finance Chaminda Wickramage-Dissawa")]),
 ab("quote", "p06 Wickramage-Dissawa: 'There will be no new taxes this year' vs 'There will be new taxes this year, but not on food'",
    [(a6, "There will be no new taxes this year")], [(b6, "There will be new taxes this year, but not on food")]),
 # ---- p07 meteorite fall in the Gobi (Mongolia); dateline p07b Thursday Aug 14
 ab("date", "p07 first fragment: picked up on August 11 vs found on Tuesday (= Aug 12 by the Aug 14 dateline)",
    [(a7, "August 11")], [(b7, "Tuesday")]),
 ab("date", "p07 museum display: on the 20th (August) vs from August 28", [(a7, "on the 20th")], [(b7, "August 28")]),
 ab("figure", "p07 largest fragment: 4.2 kg vs about 2.4 kilograms", [(a7, "4.2 kg")], [(b7, "2.4 kilograms")]),
 ab("role", "p07 Dashdondog: head of the meteorite laboratory vs an assistant researcher at the laboratory",
    [(a7, "Enkhtuya Dashdondog, head of the meteorite laboratory at the Mongolian Academy of Sciences")],
    [(b7, "Enkhtuya Dashdondog, an assistant researcher at the academy's meteorite laboratory")]),
 ab("quote", "p07 Dashdondog: 'almost certainly an ordinary chondrite' vs 'almost certainly not an ordinary chondrite'",
    [(a7, "This is almost certainly an ordinary chondrite")], [(b7, "This is almost certainly not an ordinary chondrite")]),
 ab("attribution", "p07 'It lit up the ger like daylight': herder Damdinsüren (p07a) vs his wife Baasanjav (p07b)",
    [(a7, GER)], [(b7, GER)]),
 # ---- p08 tourism record (Morocco); dateline p08a Thursday Jan 9
 ab("figure", "p08 tourists in 2030: 19.6 million vs 16.9 million", [(a8, "19.6 million")], [(b8, "16.9 million")]),
 ab("date", "p08 figures published: on Wednesday (= Jan 8 by the Jan 9 dateline) vs on January 7", [(a8, "Wednesday")], [(b8, "January 7")]),
 ab("date", "p08 busiest month: August vs July", [(a8, "August was the busiest month")], [(b8, "July was the busiest month")]),
 ab("role", "p08 Bennani-Ouazzani: Tourism Minister vs secretary of state for tourism",
    [(a8, "Tourism Minister Ghita Bennani-Ouazzani")], [(b8, "Ghita Bennani-Ouazzani, the secretary of state for tourism")]),
 ab("role", "p08 Berrada-Lahlou: owns a guesthouse in Fez vs manages it for its French owners (role in a later sentence)",
    [(a8, "Driss Berrada-Lahlou, who owns a guesthouse in Fez")], [(b8, "Berrada-Lahlou manages the guesthouse for its French owners")]),
 ab("quote", "p08 Bennani-Ouazzani: 'We can grow further without harming our cities' vs 'We cannot grow further...'",
    [(a8, "We can grow further without harming our cities")], [(b8, "We cannot grow further without harming our cities")]),
 ab("attribution", "p08 'Marrakech is full, and Fez is waiting': hotel federation president Lamrani-Tazi (p08a) vs guesthouse man Berrada-Lahlou (p08b)",
    [(a8, FEZ)], [(b8, FEZ)]),
 # ---- p09 tornado in Morden (Manitoba, Canada); dateline p09a Wednesday July 2
 ab("date", "p09 tornado struck: shortly after 6 p.m. on Monday (= June 30 by the July 2 dateline) vs on Canada Day (July 1)",
    [(a9, "shortly after 6 p.m. on Monday")], [(b9, "Canada Day")]),
 ab("date", "p09 disaster aid applications: until July 31 vs until the end of August",
    [(a9, "until July 31")], [(b9, "until the end of August")]),
 ab("figure", "p09 path length: 17 km vs 17 miles", [(a9, "17 km")], [(b9, "17 miles")]),
 ab("figure", "p09 Wiebe-Thiessen's age: aged 78 vs the 87-year-old", [(a9, "aged 78")], [(b9, "87-year-old")]),
 ab("role", "p09 Ruppenthal-Voth: Mayor vs Deputy Mayor",
    [(a9, "Mayor Glenda Ruppenthal-Voth")], [(b9, "Deputy Mayor Glenda Ruppenthal-Voth")]),
 ab("role", "p09 Kozakiewicz-Penner: meteorologist with Environment Canada vs with the U.S. National Weather Service",
    [(a9, "Wendell Kozakiewicz-Penner, a meteorologist with Environment Canada")],
    [(b9, "Wendell Kozakiewicz-Penner, a meteorologist with the U.S. National Weather Service office in Grand Forks, North Dakota")]),
 ab("attribution", "p09 'The roof came off like the lid of a tin': farmer Klassen-Dyck (p09a) vs Ruppenthal-Voth (p09b)",
    [(a9, ROOF)], [(b9, ROOF)]),
 # ---- p10 nationwide blackout (Uruguay); dateline p10a Wednesday Sept 10
 ab("date", "p10 blackout began: at 7:48 a.m. vs shortly after 9 a.m. (both Tuesday, September 9)",
    [(a10, "7:48 a.m.")], [(b10, "Shortly after 9 a.m.")]),
 ab("date", "p10 last nationwide blackout: in June 2019 vs 14 years ago (= 2017)", [(a10, "June 2019")], [(b10, "14 years ago")]),
 ab("figure", "p10 customers cut off: about 1.4 million vs 1.9 million", [(a10, "1.4 million customers")], [(b10, "1.9 million customers")]),
 ab("role", "p10 Olivera-Rebufello: UTE president vs vice-president of UTE",
    [(a10, "UTE president Ruperto Olivera-Rebufello")], [(b10, "Ruperto Olivera-Rebufello, vice-president of UTE")]),
 ab("role", "p10 Garmendia-Techera: Industry Minister vs the interim industry minister",
    [(a10, "Industry Minister Florencia Garmendia-Techera")], [(b10, "The interim industry minister, Florencia Garmendia-Techera")]),
 ab("quote", "p10 Olivera-Rebufello: 'We know exactly what failed' vs 'We do not yet know exactly what failed'",
    [(a10, "We know exactly what failed, and we will say so publicly")], [(b10, "We do not yet know exactly what failed")]),
 # ---- p11 harlequin frog rediscovered (Costa Rica); dateline p11b Wednesday April 23
 ab("date", "p11 frog last seen: in 1989 vs 38 years ago (= 1993)", [(a11, "1989")], [(b11, "38 years ago")]),
 ab("date", "p11 first frog: found on March 3 vs spotted on March 30", [(a11, "March 3")], [(b11, "March 30")]),
 ab("figure", "p11 adults counted: 11 vs seven", [(a11, "11 adults")], [(b11, "seven adults")]),
 ab("figure", "p11 altitude: about 1,800 metres vs about 8,100 feet (= 2,470 m)", [(a11, "1,800 metres")], [(b11, "8,100 feet")]),
 ab("role", "p11 Solórzano-Quesada: herpetologist who led the expedition vs a doctoral student on the team",
    [(a11, "herpetologist Marianela Solórzano-Quesada, who led the expedition")],
    [(b11, "Marianela Solórzano-Quesada, a doctoral student on the team")]),
 ab("attribution", "p11 'Extinction is not always the end of the story': Solórzano-Quesada (p11a) vs Villalobos-Brenes (p11b)",
    [(a11, EXTINCT)], [(b11, EXTINCT)]),
 # ---- p12 watch auction record (Geneva); dateline p12a Monday Nov 10
 ab("figure", "p12 price: 18.2 million Swiss francs vs CHF 12.8 million", [(a12, "18.2 million Swiss francs")], [(b12, "CHF 12.8 million")]),
 ab("date", "p12 sold: on Sunday (= Nov 9 by the Nov 10 dateline) vs on Saturday evening", [(a12, "Sunday")], [(b12, "Saturday evening")]),
 ab("date", "p12 watch made: in 1953 vs in 1935", [(a12, "1953")], [(b12, "1935")]),
 ab("role", "p12 Bonvin-Sarrasin: head of watches vs a senior watch specialist",
    [(a12, "Aurélien Bonvin-Sarrasin, head of watches at Delacrétaz Enchères")],
    [(b12, "Aurélien Bonvin-Sarrasin, a senior watch specialist at the auction house")]),
 ab("role", "p12 Vuillemin-Aubert: the watchmaker's great-grandson vs grandson",
    [(a12, "the watchmaker's great-grandson, Gilles Vuillemin-Aubert")], [(b12, "Gilles Vuillemin-Aubert, the watchmaker's grandson")]),
 ab("quote", "p12 Bonvin-Sarrasin: 'There will never be another watch like it' vs 'There may be another watch like it one day...'",
    [(a12, "There will never be another watch like it")], [(b12, "There may be another watch like it one day, but not in my lifetime")]),
 ab("attribution", "p12 'You are not buying a watch...': auction house's Bonvin-Sarrasin (p12a) vs seller Vuillemin-Aubert (p12b)",
    [(a12, FAMILY)], [(b12, FAMILY)]),
]

consistent = [
 # p01
 same("figure", "p01 dead: at least 14 people = 14 people = fourteen people", (a1, "14 people"), (b1, "14 people"), (c1, "fourteen people")),
 same("figure", "p01 missing: 23 people = 23 missing = Twenty-three people", (a1, "23 people"), (b1, "23 missing", 2), (c1, "Twenty-three people")),
 same("figure", "p01 state of emergency: 60-day = for two months", (a1, "60-day"), (b1, "two months")),
 same("figure", "p01 distance: about 160 km north of Arequipa = some 100 miles north", (a1, "160 km"), (b1, "100 miles")),
 same("figure", "p01 rain: more than 80 mm = over 3 inches", (a1, "80 mm"), (b1, "3 inches")),
 same("figure", "p01 rain ratio: about three times the normal amount = triple the usual amount",
      (a1, "three times the normal amount"), (b1, "triple the usual amount")),
 same("figure", "p01 width of the mud: about 400 metres = some 1,300 feet", (a1, "400 metres"), (b1, "1,300 feet")),
 same("figure", "p01 homes: Some 320 homes = About 320 houses", (a1, "320 homes"), (b1, "320 houses")),
 same("figure", "p01 stranded tourists: About 300 tourists = Some 300 foreign visitors", (a1, "300 tourists"), (b1, "300 foreign visitors")),
 same("date", "p01 last deadly landslide: in 2009 = 22 years ago (2031)", (a1, "2009"), (c1, "22 years ago")),
 same("quote", "p01 Choque-Huarca: 'We heard a roar like a train...' (shortened in p01b)",
      (a1, "We heard a roar like a train and then the lights went out"), (b1, "We heard a roar like a train")),
 same("quote", "p01 Ccama-Quilla: 'The whole hillside was saturated...' (shortened in p01b)",
      (a1, "The whole hillside was saturated. It was only a question of time"), (b1, "The whole hillside was saturated")),
 same("role", "p01 Ccama-Quilla: head of geological hazards at the institute = heads the geological hazards unit",
      (a1, "Gumercindo Ccama-Quilla, head of geological hazards at Peru's Geological, Mining and Metallurgical Institute"),
      (b1, "Gumercindo Ccama-Quilla, who heads the geological hazards unit at the Geological, Mining and Metallurgical Institute")),
 same("date", "p01 different events: minister flew in on Wednesday afternoon (p01a) vs emergency declared late on Tuesday (p01b)",
      (a1, "Wednesday afternoon"), (b1, "late on Tuesday")),
 # p02
 same("figure", "p02 combined age: 232 = 232 years between them", (a2, "232"), (b2, "232 years")),
 same("figure", "p02 boat: 8.5-metre = 28-foot", (a2, "8.5-metre"), (b2, "28-foot")),
 same("figure", "p02 distance: about 4,800 km = 3,000 miles", (a2, "4,800 km"), (b2, "3,000 miles")),
 same("date", "p02 capsize: on Christmas Day = on December 25", (a2, "Christmas Day"), (b2, "December 25")),
 same("figure", "p02 weight lost: 9 kg = about 20 pounds", (a2, "9 kg"), (b2, "20 pounds")),
 same("figure", "p02 money raised: 1.2 million Norwegian kroner = NOK 1.2 million", (a2, "1.2 million Norwegian kroner"), (b2, "NOK 1.2 million")),
 same("date", "p02 reception: on Monday (the Jan 20 dateline) = on January 20", (a2, "Monday"), (b2, "January 20")),
 same("date", "p02 previous record: set in 2024 = had stood for seven years", (a2, "2024"), (b2, "seven years")),
 same("figure", "p02 shifts: two hours on and two hours off = two-hour shifts", (a2, "two hours on and two hours off"), (b2, "two-hour shifts")),
 same("quote", "p02 Tveitnes-Sæther: 'We rowed for every woman...' identical",
      (a2, "We rowed for every woman who was told she was too old for something"),
      (b2, "We rowed for every woman who was told she was too old for something")),
 same("role", "p02 Vindenes-Roald: who keeps the North Atlantic Rowing Register = of the register",
      (a2, "Jarle Vindenes-Roald, who keeps the North Atlantic Rowing Register"), (b2, "Jarle Vindenes-Roald of the North Atlantic Rowing Register")),
 # p03
 same("date", "p03 deadline to leave: by Thursday (= Oct 9 by the Oct 8 dateline) = Oct. 9", (a3, "Thursday"), (b3, "Oct. 9")),
 same("figure", "p03 time to leave: within 48 hours = two days", (a3, "48 hours"), (b3, "two days")),
 same("figure", "p03 fishermen freed: 11 = Eleven", (a3, "11 of the fishermen"), (b3, "Eleven of them")),
 same("figure", "p03 seized gear: about 1.5 million shillings = KSh 1.5 million", (a3, "1.5 million shillings"), (b3, "KSh 1.5 million")),
 same("figure", "p03 island: about half an acre = roughly 2,000 square metres", (a3, "half an acre"), (c3, "2,000 square metres")),
 same("date", "p03 dispute: since 2008 = for 23 years (2031)", (a3, "since 2008"), (c3, "for 23 years")),
 same("figure", "p03 lake: about 68,800 square km = some 26,600 square miles", (a3, "68,800 square km"), (c3, "26,600 square miles")),
 same("quote", "p03 Kigozi-Ssali: 'Migingo is Ugandan water...' identical",
      (b3, "Migingo is Ugandan water, and Ugandan law applies there"), (c3, "Migingo is Ugandan water, and Ugandan law applies there")),
 same("role", "p03 Kigozi-Ssali: Ugandan lawmaker = Ugandan MP",
      (b3, "Ugandan lawmaker Namutebi Kigozi-Ssali"), (c3, "Ugandan MP Namutebi Kigozi-Ssali")),
 same("role", "p03 Kinyanjui-Wachira: a political scientist at the University of Nairobi = teaches political science there",
      (a3, "Muthoni Kinyanjui-Wachira, a political scientist at the University of Nairobi"),
      (b3, "Muthoni Kinyanjui-Wachira, who teaches political science at the University of Nairobi")),
 # p04
 same("figure", "p04 stranded: about 230 = some 230 = around 230", (a4, "about 230"), (b4, "some 230"), (c4, "around 230")),
 same("date", "p04 earlier stranding: September 2020 = 11 years ago", (a4, "September 2020"), (c4, "11 years ago")),
 same("figure", "p04 earlier stranding: about 470 = some 470 pilot whales", (a4, "470 pilot whales"), (c4, "470 pilot whales")),
 same("figure", "p04 whale length: up to 6 metres = 20 feet", (a4, "6 metres"), (b4, "20 feet")),
 same("figure", "p04 sea temperature: about 14 degrees Celsius = about 57 degrees Fahrenheit", (a4, "14 degrees Celsius"), (b4, "57 degrees Fahrenheit")),
 same("figure", "p04 volunteers: about 150 = Some 150 = Some 150", (a4, "150 volunteers"), (b4, "150 volunteers"), (c4, "150 volunteers")),
 same("figure", "p04 distance from Hobart: about 300 km = some 190 miles", (a4, "300 km"), (b4, "190 miles")),
 same("date", "p04 slings and boats: On Wednesday (= Nov 19 by the Nov 20 dateline) = November 19", (a4, "On Wednesday"), (c4, "November 19")),
 same("quote", "p04 Dowling-Frewin: 'People drove from Hobart through the night to help' identical",
      (b4, "People drove from Hobart through the night to help"), (c4, "People drove from Hobart through the night to help")),
 same("role", "p04 Dowling-Frewin: Volunteer coordinator = who coordinated the volunteers",
      (b4, "Volunteer coordinator Kerrin Dowling-Frewin"), (c4, "Kerrin Dowling-Frewin, who coordinated the volunteers")),
 same("figure", "p04 different things: more than 150 whales dead (p04b) vs some 150 volunteers (p04c)",
      (b4, "More than 150 pilot whales have died"), (c4, "Some 150 volunteers")),
 # p05
 same("figure", "p05 dead: five people = five of them", (a5, "five people"), (b5, "five of them")),
 same("figure", "p05 buried: 11 people = eleven people", (a5, "11 people"), (b5, "eleven people")),
 same("figure", "p05 altitude: about 2,200 metres = some 7,200 feet", (a5, "2,200 metres"), (b5, "7,200 feet")),
 same("figure", "p05 width: about 300 metres = some 1,000 feet", (a5, "300 metres"), (b5, "1,000 feet")),
 same("figure", "p05 fresh snow: about 1.5 metres = nearly five feet", (a5, "1.5 metres"), (b5, "five feet")),
 same("figure", "p05 danger: level 4 on the five-level scale = four on a five-step scale", (a5, "level 4"), (b5, "four on a five-step scale")),
 same("figure", "p05 rescuers: About 120 = Some 120", (a5, "About 120 rescuers"), (b5, "Some 120 rescuers")),
 same("figure", "p05 under the snow: 40 minutes = forty minutes", (a5, "40 minutes"), (b5, "forty minutes")),
 same("figure", "p05 distance from Tbilisi: about 120 km = some 75 miles", (a5, "120 km"), (b5, "75 miles")),
 same("date", "p05 bodies flown home: on Tuesday (= Feb 4 by the Feb 3 dateline) = on Feb. 4", (a5, "Tuesday"), (b5, "Feb. 4")),
 same("quote", "p05 Ciechomski-Ludwin: 'The snow came down like a wall' (shortened in p05b)",
      (a5, "The snow came down like a wall. I could not see my own hands"), (b5, "The snow came down like a wall")),
 same("figure", "p05 different things: 120 km from Tbilisi (p05a) vs some 120 rescuers (p05b)", (a5, "120 km"), (b5, "Some 120 rescuers")),
 # p06
 same("figure", "p06 loan period: over four years = over 48 months", (a6, "four years"), (b6, "48 months")),
 same("figure", "p06 first tranche: about $330 million = roughly 330 million dollars", (a6, "$330 million"), (b6, "330 million dollars")),
 same("figure", "p06 tax target: 15% of GDP = 15 percent of gross domestic product", (a6, "15% of GDP"), (b6, "15 percent of gross domestic product")),
 same("figure", "p06 inflation: 4.6% = 4.6 percent", (a6, "4.6%"), (b6, "4.6 percent")),
 same("figure", "p06 reserves: $6.2 billion = 6.2 billion dollars", (a6, "$6.2 billion"), (b6, "6.2 billion dollars")),
 same("figure", "p06 import cover: about four months of imports in both", (a6, "four months of imports"), (b6, "four months of imports")),
 same("figure", "p06 debt: about 104% of GDP = just over 100 percent of economic output", (a6, "104% of GDP"), (b6, "just over 100 percent")),
 same("figure", "p06 fuel subsidies: Rs 95 billion = 95 billion rupees", (a6, "Rs 95 billion"), (b6, "95 billion rupees")),
 same("date", "p06 agreement reached: on Wednesday (= June 4 by the June 5 dateline) = on June 4", (a6, "Wednesday"), (b6, "June 4")),
 same("quote", "p06 Abeykoon-Jayatunga: 'The worst is behind us, but the work is not' identical",
      (a6, "The worst is behind us, but the work is not"), (b6, "The worst is behind us, but the work is not")),
 same("role", "p06 Abeykoon-Jayatunga: Central Bank Governor = governor of the Central Bank of Sri Lanka",
      (a6, "Central Bank Governor Nirosha Abeykoon-Jayatunga"), (b6, "Nirosha Abeykoon-Jayatunga, governor of the Central Bank of Sri Lanka")),
 same("figure", "p06 different things: reserves cover four months of imports (p06a) vs loan over 48 months (p06b)",
      (a6, "four months of imports"), (b6, "48 months")),
 # p07
 same("date", "p07 fireball: at 10:40 p.m. on August 10 = shortly before 11 p.m. on Sunday (= Aug 10 by the Aug 14 dateline)",
      (a7, "10:40 p.m. on August 10"), (b7, "shortly before 11 p.m. on Sunday")),
 same("date", "p07 scientists' announcement: on Aug. 14 = on Thursday (the dateline)", (a7, "Aug. 14"), (b7, "Thursday")),
 same("figure", "p07 fragments: 37 = about three dozen", (a7, "37 fragments"), (b7, "three dozen")),
 same("figure", "p07 seen from: up to 400 km away = as far as 250 miles away", (a7, "400 km"), (b7, "250 miles")),
 same("figure", "p07 speed: about 20 km per second = some 45,000 miles per hour", (a7, "20 km per second"), (b7, "45,000 miles per hour")),
 same("figure", "p07 total weight: about 11 kg = some 24 pounds", (a7, "11 kg"), (b7, "24 pounds")),
 same("figure", "p07 area searched: about 30 square km = some 12 square miles", (a7, "30 square km"), (b7, "12 square miles")),
 same("figure", "p07 reward: 5 million tugriks = MNT 5 million", (a7, "5 million tugriks"), (b7, "MNT 5 million")),
 same("role", "p07 Tumurbaatar: The provincial governor = Dornogovi's governor",
      (a7, "The provincial governor, Ganzorig Tumurbaatar"), (b7, "Dornogovi's governor, Ganzorig Tumurbaatar")),
 # p08
 same("figure", "p08 revenue: 132 billion dirhams = MAD 132 billion", (a8, "132 billion dirhams"), (b8, "MAD 132 billion")),
 same("figure", "p08 revenue in dollars: about $13.2 billion = 13.2 billion dollars", (a8, "$13.2 billion"), (b8, "13.2 billion dollars")),
 same("figure", "p08 Moroccans abroad: Nearly half = About 48%", (a8, "Nearly half"), (b8, "About 48%")),
 same("date", "p08 previous record: set in 2028 = three years ago (2031)", (a8, "2028"), (b8, "three years ago")),
 same("figure", "p08 new rooms: 12,000 = twelve thousand", (a8, "12,000 new hotel rooms"), (b8, "twelve thousand new hotel rooms")),
 same("figure", "p08 flights: about 1,500 weekly flights = some 1,500 flights a week", (a8, "1,500 weekly flights"), (b8, "1,500 flights a week")),
 same("figure", "p08 target: 26 million visitors in both", (a8, "26 million visitors"), (b8, "26 million visitors")),
 same("date", "p08 target date: by 2035 = within four years (from 2031)", (a8, "by 2035"), (b8, "within four years")),
 same("role", "p08 Lamrani-Tazi: president of the National Hotel Federation = heads the federation",
      (a8, "Hicham Lamrani-Tazi, president of the National Hotel Federation"), (b8, "Hicham Lamrani-Tazi, who heads the National Hotel Federation")),
 # p09
 same("figure", "p09 wind: up to 265 km/h = an estimated 165 mph", (a9, "265 km/h"), (b9, "165 mph")),
 same("figure", "p09 width: about 400 metres = a quarter of a mile", (a9, "400 metres"), (b9, "a quarter of a mile")),
 same("figure", "p09 homes damaged: about 140 homes = some 140 houses", (a9, "140 homes"), (b9, "140 houses")),
 same("figure", "p09 injured: 23 people = Twenty-three people", (a9, "23 people"), (b9, "Twenty-three people")),
 same("figure", "p09 damage: C$40 million = 40 million Canadian dollars", (a9, "C$40 million"), (b9, "40 million Canadian dollars")),
 same("figure", "p09 distance from Winnipeg: about 110 km = about 70 miles", (a9, "110 km"), (b9, "70 miles")),
 same("date", "p09 last tornado: in 1984 = 47 years ago (2031)", (a9, "1984"), (b9, "47 years ago")),
 same("date", "p09 premier's visit: on Thursday (= July 3 by the July 2 dateline) = on July 3", (a9, "Thursday"), (b9, "July 3")),
 same("quote", "p09 Ruppenthal-Voth: 'Nobody in this town will sleep outside tonight' identical",
      (a9, "Nobody in this town will sleep outside tonight"), (b9, "Nobody in this town will sleep outside tonight")),
 same("role", "p09 Klassen-Dyck: who farms east of town = a grain farmer",
      (a9, "Reuben Klassen-Dyck, who farms east of town"), (b9, "Reuben Klassen-Dyck, a grain farmer")),
 # p10
 same("figure", "p10 distance: about 200 km north of Montevideo = about 125 miles", (a10, "200 km"), (b10, "125 miles")),
 same("figure", "p10 line: 500-kilovolt = 500 kV", (a10, "500-kilovolt"), (b10, "500 kV")),
 same("figure", "p10 hospitals: all 48 = All forty-eight", (a10, "48 public hospitals"), (b10, "forty-eight public hospitals")),
 same("figure", "p10 traffic lights: About 700 = Some 700", (a10, "700 traffic lights"), (b10, "700 traffic lights")),
 same("figure", "p10 losses: $60 million = 60 million dollars", (a10, "$60 million"), (b10, "60 million dollars")),
 same("figure", "p10 losses in pesos: about 2.6 billion pesos = 2.6 billion Uruguayan pesos", (a10, "2.6 billion pesos"), (b10, "2.6 billion Uruguayan pesos")),
 same("figure", "p10 wind power: about a third = roughly 33%", (a10, "about a third"), (b10, "roughly 33%")),
 same("date", "p10 UTE statement: on Wednesday (the Sept 10 dateline) = on September 10", (a10, "Wednesday"), (b10, "September 10")),
 same("date", "p10 football match postponed: to Thursday (= Sept 11) = to September 11", (a10, "Thursday"), (b10, "September 11")),
 same("figure", "p10 technical report: within 30 days = within a month", (a10, "within 30 days"), (b10, "within a month")),
 # p11
 same("date", "p11 announcement: on April 22, Earth Day = on Tuesday (= April 22 by the April 23 dateline)", (a11, "April 22"), (b11, "Tuesday")),
 same("figure", "p11 frog size: about 3 cm = just over an inch", (a11, "3 cm"), (b11, "just over an inch")),
 same("figure", "p11 area: about 2 square km = less than a square mile", (a11, "2 square km"), (b11, "less than a square mile")),
 same("figure", "p11 expedition: 12-day = nearly two-week", (a11, "12-day"), (b11, "nearly two-week")),
 same("figure", "p11 cost: $45,000 = 45,000 dollars", (a11, "$45,000"), (b11, "45,000 dollars")),
 same("quote", "p11 Araya-Zeledón: 'The exact location will stay secret' identical",
      (a11, "The exact location will stay secret"), (b11, "The exact location will stay secret")),
 same("role", "p11 Villalobos-Brenes: Its (the foundation's) director = who runs the Fundación Quebrada Alta",
      (a11, "Its director, Eliécer Villalobos-Brenes"), (b11, "Eliécer Villalobos-Brenes, who runs the Fundación Quebrada Alta")),
 same("role", "p11 Araya-Zeledón: Environment Minister = the environment minister",
      (a11, "Environment Minister Rebeca Araya-Zeledón"), (b11, "Rebeca Araya-Zeledón, the environment minister")),
 # p12
 same("figure", "p12 estimate: 3 million to 5 million francs = between 3 and 5 million francs",
      (a12, "3 million to 5 million francs"), (b12, "between 3 and 5 million francs")),
 same("figure", "p12 bidders: Seven = 7", (a12, "Seven bidders"), (b12, "7 collectors")),
 same("figure", "p12 bidding: 14 minutes = nearly a quarter of an hour", (a12, "14 minutes"), (b12, "nearly a quarter of an hour")),
 same("figure", "p12 case: 38 mm = 1.5 inches", (a12, "38 mm"), (b12, "1.5 inches")),
 same("figure", "p12 complications: 11 = eleven", (a12, "11 complications"), (b12, "eleven complications")),
 same("date", "p12 auction house founded: in 1874 = 157 years ago (2031)", (a12, "1874"), (b12, "157 years ago")),
 same("date", "p12 previous record: set in 2027 = had stood for four years", (a12, "2027"), (b12, "four years")),
 same("figure", "p12 made: one of only two = Only two", (a12, "one of only two"), (b12, "Only two")),
]

optional = []

out = {"schema": "concord.conflicts/1", "conflicts": conflicts, "consistent": consistent, "optional": optional}
with open(next((a for a in sys.argv[1:] if not a.startswith('--')), 'conflicts.gold.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(conflicts), "conflict groups,", len(consistent), "consistent,", len(optional), "optional")

for grp in conflicts + consistent + optional:
    for cl in grp["claims"]:
        assert texts[cl["document"]][cl["begin"]:cl["end"]] == cl["text"], cl
        assert all(ord(ch) < 0x10000 for ch in texts[cl["document"]]), cl["document"]  # code points = UTF-16 units

if '--short' in sys.argv or '--repeats' in sys.argv:
    for grp in conflicts + consistent + optional:
        for cl in grp["claims"]:
            t = texts[cl["document"]]
            if ('--short' in sys.argv and len(cl["text"]) <= 14) or ('--repeats' in sys.argv and t.count(cl["text"]) > 1):
                ctx = t[max(0, cl["begin"] - 40):cl["end"] + 40].replace("\n", " ")
                print(f'{cl["document"]:16} [{cl["text"]}] x{t.count(cl["text"])}  ...{ctx}...')
