# Writes conflicts.gold.json (concord.conflicts/1) for the texts in docs/: spans are found by their text.
# Fourteen stories (h01..h14), each told by two reports (h01, h03 and h08 by three), written for this held-out set.
# Planted disagreements: changed figures, changed dates, reworded quotes of the same speaker, quotes given to
# another person, changed roles; plus statements that only look different (consistent) and two stories whose
# reports agree on everything (h11, h14). Headline restatements of a changed figure are optional, as is one
# debatable date pair (h02).
# Written, with this gold, before Concord was run on the texts.
# Usage: python3 make_gold.py conflicts.gold.json
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_claims import claims  # noqa: E402 (beside this set's folder)
texts, c, g, ab, same = claims(__file__)

A1, B1, C1 = "h01a_governor", "h01b_governor", "h01c_governor"
A2, B2 = "h02a_dockstrike", "h02b_dockstrike"
A3, B3, C3 = "h03a_ferry", "h03b_ferry", "h03c_ferry"
A4, B4 = "h04a_exoplanet", "h04b_exoplanet"
A5, B5 = "h05a_tender", "h05b_tender"
A6, B6 = "h06a_transfer", "h06b_transfer"
A7, B7 = "h07a_rates", "h07b_rates"
A8, B8, C8 = "h08a_heatwave", "h08b_heatwave", "h08c_heatwave"
A9, B9 = "h09a_minecollapse", "h09b_minecollapse"
A10, B10 = "h10a_recall", "h10b_recall"
A11, B11 = "h11a_festival", "h11b_festival"
A12, B12 = "h12a_cyberattack", "h12b_cyberattack"
A13, B13 = "h13a_pensionmarch", "h13b_pensionmarch"
A14, B14 = "h14a_merger", "h14b_merger"

conflicts = [
 # ---- figures (10 groups)
 ab("figure", "h01 winner's vote share: 56.3% (h01a, h01c) vs 53.6 per cent (h01b)",
    [(A1, "56.3%", 2), (C1, "56.3%")], [(B1, "53.6 per cent")]),
 ab("figure", "h03 ferry death toll: 27 (h03a, h03c) vs 29 (h03b)",
    [(A3, "27 people"), (C3, "27 people")], [(B3, "29 bodies")]),
 ab("figure", "h05 value of the linen contracts: R48 million vs R84 million",
    [(A5, "R48 million")], [(B5, "R84 million", 2)]),
 ab("figure", "h06 transfer fee: €18 million vs 21 million euros",
    [(A6, "€18 million")], [(B6, "21 million euros")]),
 ab("figure", "h07 September inflation: 3.8% vs 3.4%",
    [(A7, "3.8%")], [(B7, "3.4%")]),
 ab("figure", "h08 heatwave deaths: 17 (h08a, h08c) vs 11 (h08b)",
    [(A8, "17 deaths"), (C8, "17 deaths")], [(B8, "11 people")]),
 ab("figure", "h09 miners trapped: twenty-three vs 32",
    [(A9, "Twenty-three")], [(B9, "32 miners", 2)]),
 ab("figure", "h10 air fryers recalled: 420,000 vs 240,000",
    [(A10, "420,000", 2)], [(B10, "240,000")]),
 ab("figure", "h12 ransom demanded: $4.5 million vs $5.4 million",
    [(A12, "$4.5 million", 2)], [(B12, "$5.4 million")]),
 ab("figure", "h13 police crowd estimate: 45,000 vs 54,000",
    [(A13, "45,000")], [(B13, "54,000", 2)]),
 # ---- dates (5 groups)
 ab("date", "h02 day the strike began: Monday vs Tuesday",
    [(A2, "Monday")], [(B2, "Tuesday")]),
 ab("date", "h05 sentencing date: June 12 vs June 21",
    [(A5, "June 12")], [(B5, "June 21")]),
 ab("date", "h08 day of the June record: Saturday (h08a; h08c 'Saturday, June 27') vs Sunday (h08b)",
    [(A8, "Saturday"), (C8, "Saturday, June 27")], [(B8, "Sunday")]),
 ab("date", "h12 day the attack was discovered: Friday vs Thursday",
    [(A12, "Friday")], [(B12, "Thursday")]),
 ab("date", "h13 date of the next march: April 2 vs April 9",
    [(A13, "April 2")], [(B13, "April 9")]),
 # ---- reworded quotes of the same speaker (5 groups)
 ab("quote", "h04 Mabhena-Fortuin: 'such a quiet star' vs 'such a calm star'",
    [(A4, "This is the closest thing to a twin of our own planet that anyone has found around such a quiet star")],
    [(B4, "This is the closest thing to a twin of our own planet that anyone has found around such a calm star")]),
 ab("quote", "h05 Judge Booysen: 'dirty beds' vs 'soiled beds'",
    [(A5, "The accused treated the public purse as a family inheritance, and the patients paid for it with dirty beds")],
    [(B5, "The accused treated the public purse as a family inheritance, and the patients paid for it with soiled beds")]),
 ab("quote", "h09 Kapembwa: 'We will not stop' vs 'We will not rest'",
    [(A9, "We will not stop until every one of them is brought to the surface")],
    [(B9, "We will not rest until every one of them is brought to the surface")]),
 ab("quote", "h12 Tveteras: 'let them decide how we treat' vs 'allow them to decide how we care for'",
    [(A12, "We will not pay criminals, and we will not let them decide how we treat our patients")],
    [(B12, "We will not pay criminals, and we will not allow them to decide how we care for our patients")]),
 ab("quote", "h13 Aravena: 'until we drop' vs 'until we collapse'",
    [(A13, "They want us to work until we drop and then retire on crumbs")],
    [(B13, "They want us to work until we collapse and then retire on crumbs")]),
 # ---- quote given to a different person (3 groups)
 ab("attribution", "h03 'The captain tried to turn back... waves were higher than the ship': harbour master Lamatenggo (h03a, h03c excerpt) vs rescue chief Tandiarrang (h03b)",
    [(A3, "The captain tried to turn back towards Baubau, but the waves were higher than the ship"),
     (C3, "The waves were higher than the ship")],
    [(B3, "The captain tried to turn back towards Baubau, but the waves were higher than the ship")]),
 ab("attribution", "h06 'He scores with both feet... followed him for two years': sporting director Sehested (h06a) vs head coach Brunetti (h06b, two quotes)",
    [(A6, "He scores with both feet and with his head, and he is only 22. We have followed him for two years")],
    [(B6, "He scores with both feet and with his head, and he is only 22"), (B6, "We have followed him for two years")]),
 ab("attribution", "h10 'We are not aware of any injuries...': Nordvik spokeswoman Gyllenspetz vs agency official Odqvist",
    [(A10, "We are not aware of any injuries, but one fire is one too many")],
    [(B10, "We are not aware of any injuries, but one fire is one too many")]),
 # ---- changed roles (5 groups)
 ab("role", "h01 Kiprugut: Senator (h01a, h01c) vs a former senator (h01b)",
    [(A1, "Senator Josphat Kiprugut"), (C1, "Senator Josphat Kiprugut")], [(B1, "Kiprugut, a former senator")]),
 ab("role", "h02 Vanhoudenhove: the union's chief negotiator vs union negotiator",
    [(A2, "the union's chief negotiator, Dries Vanhoudenhove")], [(B2, "Union negotiator Dries Vanhoudenhove")]),
 ab("role", "h07 Kandjeke: Governor vs the bank's deputy governor",
    [(A7, "Governor Elifas Kandjeke")], [(B7, "Kandjeke, the bank's deputy governor")]),
 ab("role", "h09 Kapembwa: Mines Minister vs the country's energy minister",
    [(A9, "Mines Minister Mutale Kapembwa")], [(B9, "Kapembwa, the country's energy minister")]),
 ab("role", "h12 Tveteras: acting chief executive vs chief executive",
    [(A12, "acting chief executive Ingvild Tveterås")], [(B12, "Chief executive Ingvild Tveterås")]),
]

consistent = [
 # h01
 same("figure", "h01 turnout: more than 60% = 61.4 per cent = 61.4%", (A1, "60%"), (B1, "61.4 per cent"), (C1, "61.4%")),
 same("figure", "h01 winner's votes: 412,600 in all reports", (A1, "412,600"), (B1, "412,600"), (C1, "412,600")),
 same("figure", "h01 runner-up's votes: 291,800 in all reports", (A1, "291,800"), (B1, "291,800"), (C1, "291,800")),
 same("date", "h01 election day: Tuesday = Tuesday = August 11 (dateline Thursday August 13)", (A1, "Tuesday"), (B1, "Tuesday"), (C1, "August 11")),
 same("date", "h01 results declared: Thursday in all reports", (A1, "Thursday"), (B1, "Thursday"), (C1, "Thursday")),
 same("date", "h01 swearing-in: Aug. 27 = in two weeks' time = August 27", (A1, "Aug. 27"), (B1, "two weeks"), (C1, "August 27")),
 same("figure", "h01 distance from Nairobi: about 160 km = some 100 miles", (A1, "160 km"), (C1, "100 miles")),
 same("quote", "h01 Gakuo 'water, roads and schools': identical", (A1, "Nakuru has chosen water, roads and schools over party colours"), (B1, "Nakuru has chosen water, roads and schools over party colours")),
 same("quote", "h01 Gakuo 'a governor for those who voted against me': identical", (A1, "I will be a governor for those who voted against me as well"), (C1, "I will be a governor for those who voted against me as well")),
 same("quote", "h01 Kiprugut: full quote vs shortened excerpt", (A1, "We have seen irregularities in Molo and Kuresoi, and our agents are compiling them"), (C1, "We have seen irregularities in Molo and Kuresoi")),
 same("role", "h01 Mwakideu: returning officer in all reports", (A1, "returning officer Halima Mwakideu"), (B1, "Returning officer Halima Mwakideu"), (C1, "returning officer Halima Mwakideu")),
 same("role", "h01 Gakuo: a businesswoman = owner of a chain of farm supply stores = businesswoman",
      (A1, "Esther Gakuo, a businesswoman"), (B1, "owner of a chain of farm supply stores"), (C1, "businesswoman Esther Gakuo")),
 # h02
 same("figure", "h02 ships waiting: more than 80 = 84", (A2, "80"), (B2, "84")),
 same("figure", "h02 daily cost: €30 million a day (headline, body) = 30 million euros per day", (A2, "€30 million", 1), (A2, "€30 million", 2), (B2, "30 million euros")),
 same("figure", "h02 pay offer: 3.5% = 3.5 per cent", (A2, "3.5%"), (B2, "3.5 per cent")),
 same("figure", "h02 union demand: 6% = six per cent", (A2, "6%"), (B2, "six per cent")),
 same("figure", "h02 dockers at the rally: about 3,000 in both", (A2, "3,000"), (B2, "3,000")),
 same("date", "h02 Wednesday in both (third day of the strike; ships counted and march)", (A2, "Wednesday"), (B2, "Wednesday", 1), (B2, "Wednesday", 2)),
 same("quote", "h02 Moerdijck: full quote vs shortened excerpt", (A2, "Every day the ships wait, cargo moves to Rotterdam and Hamburg, and some of it will not come back"), (B2, "Every day the ships wait, cargo moves to Rotterdam and Hamburg")),
 same("quote", "h02 Vanhoudenhove's quote identical",
      (A2, "We are not against machines. We are against machines that arrive without a single guarantee for the people they replace"),
      (B2, "We are not against machines. We are against machines that arrive without a single guarantee for the people they replace")),
 same("role", "h02 Moerdijck: Port chief executive = Its (the port authority's) chief executive", (A2, "Port chief executive Annelies Moerdijck"), (B2, "Its chief executive, Annelies Moerdijck")),
 # h03
 same("figure", "h03 distance from the coast: 12 nautical miles = 22 kilometres = about 14 miles", (A3, "12 nautical miles"), (B3, "22 kilometres"), (C3, "14 miles")),
 same("figure", "h03 people on board: more than 150 = 163 = more than 160", (A3, "150"), (B3, "163"), (C3, "160")),
 same("figure", "h03 rescued: 136 in all reports", (A3, "136"), (B3, "136"), (C3, "136")),
 same("figure", "h03 licensed capacity: 120 passengers in all reports", (A3, "120 passengers"), (B3, "120 passengers"), (C3, "120 passengers")),
 same("figure", "h03 missing: more than a dozen = about 14", (A3, "a dozen"), (C3, "14 more")),
 same("date", "h03 sinking: Saturday in all reports", (A3, "Saturday"), (B3, "Saturday"), (C3, "Saturday", 1)),
 same("figure", "h03 navy ships: four in both", (A3, "four navy ships"), (B3, "Four navy vessels")),
 same("quote", "h03 Tandiarrang: full quote vs shortened excerpt", (A3, "We still hope to find survivors, because the water is warm"), (C3, "We still hope to find survivors")),
 same("role", "h03 Tandiarrang: head of the regional search and rescue agency = heads the search and rescue office in Kendari = leads the search",
      (A3, "Yulius Tandiarrang, head of the regional search and rescue agency"), (B3, "Yulius Tandiarrang, who heads the search and rescue office in Kendari"), (C3, "Yulius Tandiarrang, who leads the search")),
 same("role", "h03 Lamatenggo: harbour master in both", (A3, "harbour master Rusdi Lamatenggo"), (C3, "Harbour master Rusdi Lamatenggo")),
 # h04
 same("figure", "h04 distance: about 40 light-years = 40 light-years (headline) = some 380 trillion kilometres", (A4, "40 light-years"), (B4, "40 light-years"), (B4, "380 trillion kilometres")),
 same("figure", "h04 mass: 1.4 times Earth's = 40% more massive", (A4, "1.4 times"), (B4, "40%")),
 same("figure", "h04 surface temperature: about 15 degrees Celsius = around 59 degrees Fahrenheit", (A4, "15 degrees Celsius"), (B4, "59 degrees Fahrenheit")),
 same("figure", "h04 orbit: every 19 days in both", (A4, "19 days"), (B4, "19 days")),
 same("figure", "h04 observations: 14 months in both", (A4, "14 months"), (B4, "14 months")),
 same("date", "h04 study published: Wednesday (dateline Nov 18) = November 18", (A4, "Wednesday"), (B4, "November 18")),
 same("date", "h04 Webb observations: next year = 2027", (A4, "next year"), (B4, "2027")),
 same("role", "h04 Mabhena-Fortuin: astrophysicist at the university who led the study = astrophysicist of the University of Cape Town who led the team",
      (A4, "Lindiwe Mabhena-Fortuin, an astrophysicist at the university who led the study"), (B4, "astrophysicist Lindiwe Mabhena-Fortuin of the University of Cape Town")),
 same("role", "h04 Kleinveldt: co-author in both", (A4, "Co-author Ruben Kleinveldt"), (B4, "co-author Ruben Kleinveldt")),
 # h05
 same("figure", "h05 contracts: 31 = more than 30", (A5, "31 contracts"), (B5, "30 contracts")),
 same("figure", "h05 sentence sought: 15 years in both", (A5, "15 years"), (B5, "15 years")),
 same("date", "h05 verdict: Tuesday (dateline May 19) = Tuesday", (A5, "May 19"), (A5, "Tuesday"), (B5, "Tuesday")),
 same("role", "h05 Mahlangeni: former procurement chief / the department's head of procurement = the department's former procurement chief",
      (A5, "A former procurement chief"), (A5, "Mahlangeni, who was the department's head of procurement"), (B5, "Lungile Mahlangeni, the department's former procurement chief")),
 same("role", "h05 Mokgethi: Prosecutor = the NPA's advocate", (A5, "Prosecutor Kgomotso Mokgethi"), (B5, "Its advocate, Kgomotso Mokgethi")),
 same("role", "h05 Booysen: Judge in both", (A5, "Judge Reinet Booysen"), (B5, "Judge Reinet Booysen")),
 same("role", "h05 Nxasana: his lawyer in both", (A5, "His lawyer, Themba Nxasana"), (B5, "His lawyer, Themba Nxasana")),
 # h06
 same("figure", "h06 add-ons: up to €4 million = a further 4 million euros", (A6, "€4 million"), (B6, "4 million euros")),
 same("date", "h06 contract: five-year (signed July 2026) = until June 2031", (A6, "five-year"), (B6, "June 2031")),
 same("figure", "h06 goals last season: 19 in both", (A6, "19 goals"), (B6, "19 league goals")),
 same("figure", "h06 league games: 31 in both", (A6, "31 league games"), (B6, "31 matches")),
 same("figure", "h06 age: 22-year-old = 22", (A6, "22-year-old"), (B6, "22", 1)),
 same("date", "h06 announcement: Tuesday (dateline July 14) = Tuesday", (A6, "July 14"), (A6, "Tuesday"), (B6, "Tuesday")),
 same("role", "h06 Brunetti: head coach in both", (A6, "Head coach Marcello Brunetti"), (B6, "Elbe head coach Marcello Brunetti")),
 # h07
 same("figure", "h07 size of the cut: 25 basis points = a quarter of a percentage point", (A7, "25 basis points"), (B7, "a quarter of a percentage point")),
 same("figure", "h07 new rate: 6.5% (headline, body) = 6.50 per cent", (A7, "6.5%", 1), (A7, "6.5%", 2), (B7, "6.50 per cent")),
 same("date", "h07 decision: Wednesday (dateline Oct 14) = October 14", (A7, "Wednesday"), (B7, "October 14")),
 same("figure", "h07 August inflation: 4.3% in both", (A7, "4.3%"), (B7, "4.3%")),
 same("figure", "h07 growth forecast: 2.9% in both", (A7, "2.9%"), (B7, "2.9%")),
 same("figure", "h07 previous growth forecast: 3.3% in both", (A7, "3.3%"), (B7, "3.3%")),
 same("date", "h07 next meeting: December 9 = in December", (A7, "December 9"), (B7, "December")),
 same("date", "h07 SARB held: last month (dateline Oct 14) = in September", (A7, "last month"), (B7, "September", 2)),
 same("date", "h07 third cut: this year = of 2026", (A7, "this year", 1), (B7, "2026")),
 same("quote", "h07 Kandjeke: full quote vs shortened excerpt",
      (A7, "Inflation is now comfortably inside our target range, and we have room to help households and small businesses without putting the currency at risk"),
      (B7, "Inflation is now comfortably inside our target range, and we have room to help households and small businesses")),
 # h08
 same("figure", "h08 record temperature: 46.8 degrees Celsius = 46.8C = 116.2 degrees Fahrenheit",
      (A8, "46.8 degrees Celsius"), (B8, "46.8C", 1), (B8, "46.8C", 2), (C8, "116.2 degrees Fahrenheit")),
 same("figure", "h08 treated in hospital: more than 1,000 = 1,043 = more than 1,000", (A8, "1,000"), (B8, "1,043"), (C8, "1,000")),
 same("figure", "h08 night temperatures: above 25C = above 25C = above 77F", (A8, "25C"), (B8, "25C"), (C8, "77F")),
 same("figure", "h08 towns with shorter school hours: 40 = Forty = Forty", (A8, "40 Andalusian towns"), (B8, "Forty towns"), (C8, "Forty towns")),
 same("date", "h08 easing: from Wednesday in both", (A8, "Wednesday"), (B8, "Wednesday")),
 same("date", "h08 treated since June 20 (dateline June 29) = in little more than a week", (A8, "June 20"), (B8, "a week")),
 same("quote", "h08 Arrebola's quote identical in all reports",
      (A8, "What used to be exceptional in August is now arriving in June"), (B8, "What used to be exceptional in August is now arriving in June"), (C8, "What used to be exceptional in August is now arriving in June")),
 same("quote", "h08 Valcarcel: full quote vs two shortened excerpts",
      (A8, "We are asking people to check on their neighbours, especially older people who live alone. A phone call can save a life"),
      (B8, "A phone call can save a life"), (C8, "We are asking people to check on their neighbours")),
 same("role", "h08 Valcarcel: regional health minister in all reports",
      (A8, "Andalusia's regional health minister, Remedios Valcárcel"), (B8, "Regional health minister Remedios Valcárcel"), (C8, "Regional health minister Remedios Valcárcel")),
 same("role", "h08 Arrebola: AEMET spokesman = a spokesman for the agency = AEMET's",
      (A8, "AEMET spokesman Joaquín Arrebola"), (B8, "Joaquín Arrebola, a spokesman for the agency"), (C8, "AEMET's Joaquín Arrebola")),
 # h09
 same("figure", "h09 depth: about 400 metres = some 1,300 feet", (A9, "400 metres"), (B9, "1,300 feet")),
 same("figure", "h09 miners underground: more than 200 = 214", (A9, "200"), (B9, "214")),
 same("date", "h09 collapse: Tuesday (dateline March 10) = Tuesday", (A9, "March 10"), (A9, "Tuesday"), (B9, "Tuesday")),
 same("quote", "h09 Chisangano's quote identical", (A9, "We told management in January. Nobody listened"), (B9, "We told management in January. Nobody listened")),
 same("role", "h09 Chisangano: branch secretary of the Mineworkers Union = a union official at the mine",
      (A9, "Bwalya Chisangano, branch secretary of the Mineworkers Union of Zambia"), (B9, "A union official at the mine, Bwalya Chisangano")),
 # h10
 same("figure", "h10 basket temperature: 260 degrees Celsius = 500 degrees Fahrenheit", (A10, "260 degrees Celsius"), (B10, "500 degrees Fahrenheit")),
 same("figure", "h10 cost: about 350 million crowns = SEK 350 million", (A10, "350 million crowns"), (B10, "SEK 350 million")),
 same("figure", "h10 overheating reports: more than 60 = 63", (A10, "60 reports"), (B10, "63 reports")),
 same("figure", "h10 countries: 17 in both", (A10, "17 countries"), (B10, "17 countries"), (B10, "17 European countries")),
 same("date", "h10 announcement: Thursday (dateline Sept 10) = September 10", (A10, "Thursday"), (B10, "September 10")),
 same("figure", "h10 share fall: 4.2% in both", (A10, "4.2%"), (B10, "4.2%")),
 same("figure", "h10 kitchen fires: four in both", (A10, "four small kitchen fires"), (B10, "four of which")),
 same("role", "h10 Odqvist: head of product safety at the agency = heads product safety at the Swedish Consumer Agency",
      (A10, "Henrik Odqvist, head of product safety at the agency"), (B10, "Henrik Odqvist, who heads product safety at the Swedish Consumer Agency")),
 # h11 (reports agree on everything)
 same("figure", "h11 visitors: more than 90,000 = 94,000 (headline, body)", (A11, "90,000"), (B11, "94,000", 1), (B11, "94,000", 2)),
 same("figure", "h11 site: 120-acre = about 49 hectares", (A11, "120-acre"), (B11, "49 hectares")),
 same("figure", "h11 visitors from abroad: about a third = roughly one in three", (A11, "a third"), (B11, "one in three")),
 same("figure", "h11 from abroad the year before: a fifth = 20%", (A11, "a fifth", 1), (B11, "20%")),
 same("date", "h11 previous edition: last year = 2025", (A11, "last year"), (B11, "2025")),
 same("date", "h11 fifth night added: next year = 2027", (A11, "Next year"), (B11, "2027")),
 same("date", "h11 festival ended: Sunday (dateline Nov 23) = November 19 to 22", (A11, "Sunday"), (B11, "November 19 to 22")),
 same("figure", "h11 four nights in both", (A11, "four nights"), (B11, "four nights")),
 same("figure", "h11 money for the river: 12 million baht in both", (A11, "12 million baht"), (B11, "12 million baht")),
 same("figure", "h11 ticket: 350 baht a night = 350 baht per night", (A11, "350 baht"), (B11, "350 baht")),
 same("figure", "h11 free entry: under 12 = under-12s", (A11, "under 12"), (B11, "under-12s")),
 same("figure", "h11 countries: 14 in both", (A11, "14 countries"), (B11, "14 countries")),
 same("quote", "h11 Thepsuriya: full quote vs shortened excerpt",
      (A11, "We wanted to show that a festival can be big without being loud. People came for the river, not only for the stage"),
      (B11, "People came for the river, not only for the stage")),
 same("role", "h11 Thepsuriya: festival director = who directs the festival", (A11, "festival director Kanokwan Thepsuriya"), (B11, "Kanokwan Thepsuriya, who directs the festival")),
 same("role", "h11 Phetsavong: Lao khene player = Laotian musician who plays the khene", (A11, "the Lao khene player Bounmy Phetsavong"), (B11, "Laotian musician Bounmy Phetsavong, who plays the khene")),
 # h12
 same("figure", "h12 appointments postponed: some 2,300 = about 2,300", (A12, "2,300"), (B12, "2,300")),
 same("figure", "h12 computers affected: more than 400 = 412", (A12, "400 computers"), (B12, "412 computers")),
 same("figure", "h12 servers: 30 in both", (A12, "30 servers"), (B12, "30 servers")),
 same("figure", "h12 restore: within 36 hours = within a day and a half", (A12, "36 hours"), (B12, "a day and a half")),
 same("figure", "h12 people served: about 450,000 = roughly 450,000", (A12, "450,000"), (B12, "450,000")),
 same("date", "h12 Monday in both (dateline Nov 2)", (A12, "Nov 2"), (A12, "Monday"), (B12, "Monday")),
 same("quote", "h12 Hovdenak's quote identical", (A12, "There is nothing to suggest patient data has been published"), (B12, "There is nothing to suggest patient data has been published")),
 same("role", "h12 Hovdenak: a spokesman for Kripos = its (Kripos's) spokesman",
      (A12, "Einar Hovdenak, a spokesman for the police's National Criminal Investigation Service, Kripos"), (B12, "Its spokesman, Einar Hovdenak")),
 # h13
 same("figure", "h13 route: about 3 km = nearly two miles", (A13, "3 km"), (B13, "two miles")),
 same("figure", "h13 organisers' estimate: more than 200,000 in both", (A13, "200,000"), (B13, "200,000")),
 same("figure", "h13 arrests: more than 100 = 112", (A13, "100"), (B13, "112")),
 same("figure", "h13 police injured: 23 in both", (A13, "23 officers"), (B13, "23 police officers")),
 same("figure", "h13 contributions now: 10% in both", (A13, "10%"), (B13, "10%")),
 same("figure", "h13 contributions after the reform: 16% in both", (A13, "16%"), (B13, "16%")),
 same("figure", "h13 phase-in: eight years in both", (A13, "eight years"), (B13, "eight years")),
 same("date", "h13 march: Thursday (dateline March 26) = Thursday's", (A13, "March 26"), (A13, "Thursday"), (B13, "Thursday")),
 same("quote", "h13 Quiroz's quote identical", (A13, "The reform is not a closed text"), (B13, "The reform is not a closed text")),
 same("role", "h13 Munizaga: head of the Santiago police = Police chief General", (A13, "General Osvaldo Munizaga, head of the Santiago police"), (B13, "Police chief General Osvaldo Munizaga")),
 same("role", "h13 Aravena: spokeswoman for the Coordinadora = the group's spokeswoman",
      (A13, "Catalina Aravena, spokeswoman for the Coordinadora por Pensiones Dignas"), (B13, "the group's spokeswoman, Catalina Aravena")),
 same("role", "h13 Quiroz: Labour Minister in both", (A13, "Labour Minister Ignacio Quiroz"), (B13, "Labour Minister Ignacio Quiroz")),
 # h14 (reports agree on everything)
 same("figure", "h14 value: €2.4bn (headline, body) = 2.4 billion euros", (A14, "€2.4bn", 1), (A14, "€2.4bn", 2), (B14, "2.4 billion euros")),
 same("figure", "h14 Hanse holders' stake: 40% = two-fifths", (A14, "40%"), (B14, "two-fifths")),
 same("figure", "h14 staff: about 11,000 = roughly 11,000", (A14, "11,000"), (B14, "11,000")),
 same("figure", "h14 fleet: 1,400 barges in both", (A14, "1,400 barges"), (B14, "1,400 barges")),
 same("figure", "h14 savings: €85 million = 85 million euros", (A14, "€85 million"), (B14, "85 million euros")),
 same("figure", "h14 savings reached: by the third year = within three years", (A14, "the third year"), (B14, "three years")),
 same("figure", "h14 job cuts: up to 600 = as many as 600", (A14, "600 jobs"), (B14, "600 posts")),
 same("date", "h14 completion: in the first half of 2027 = by mid-2027", (A14, "the first half of 2027"), (B14, "mid-2027")),
 same("date", "h14 announcement: Monday (dateline Nov 2) = November 2", (A14, "Monday"), (B14, "November 2")),
 same("figure", "h14 share rise: 7% in both", (A14, "7%"), (B14, "7%")),
 same("quote", "h14 Oudejans: full quote vs shortened excerpt",
      (A14, "Low water on the Rhine has shown that no one can manage this alone any more. Together we can move cargo when the river will not cooperate"),
      (B14, "Low water on the Rhine has shown that no one can manage this alone any more")),
 same("role", "h14 Oudejans: Rijnvaart chief executive = Rijnvaart's CEO", (A14, "Rijnvaart chief executive Maarten Oudejans"), (B14, "Maarten Oudejans, Rijnvaart's CEO")),
 same("role", "h14 Berkemeyer: Hanse Cargo's chief financial officer = Hanse's finance chief",
      (A14, "Hanse Cargo's chief financial officer, Claudia Berkemeyer"), (B14, "Claudia Berkemeyer, Hanse's finance chief")),
]

optional = [
 ab("figure", "h01 headline '56.3%' vs 53.6 per cent", [(A1, "56.3%", 1)], [(B1, "53.6 per cent")]),
 ab("figure", "h03 headlines 'killing 27', '27 dead', 'rises to 29' vs the other version",
    [(A3, "27", 1), (C3, "27 dead"), (A3, "27 people"), (C3, "27 people")], [(B3, "29", 1), (B3, "29 bodies")]),
 ab("figure", "h05 headlines 'R48m' and 'R84 million' vs the other version",
    [(A5, "R48m"), (A5, "R48 million")], [(B5, "R84 million", 1), (B5, "R84 million", 2)]),
 ab("figure", "h06 headline '€18m' vs 21 million euros", [(A6, "€18m")], [(B6, "21 million euros")]),
 ab("figure", "h08 headlines '17 dead' and '11 dead' vs the other version",
    [(A8, "17 dead"), (A8, "17 deaths"), (C8, "17 deaths")], [(B8, "11 dead"), (B8, "11 people")]),
 ab("figure", "h09 headlines '23 miners' and '32 miners' vs the other version",
    [(A9, "23 miners"), (A9, "Twenty-three")], [(B9, "32 miners", 1), (B9, "32 miners", 2)]),
 ab("figure", "h10 headline '420,000' vs 240,000", [(A10, "420,000", 1)], [(B10, "240,000")]),
 ab("figure", "h12 headline '$4.5 million' vs $5.4 million", [(A12, "$4.5 million", 1)], [(B12, "$5.4 million")]),
 ab("figure", "h13 headline '54,000' vs 45,000", [(A13, "45,000")], [(B13, "54,000", 1)]),
 ab("date", "h02 strike in its third day on Wednesday (dateline March 4) vs strike since Tuesday (implies Monday start in h02a)",
    [(A2, "March 4"), (A2, "Wednesday")], [(B2, "Tuesday")]),
]

out = {"schema": "concord.conflicts/1", "conflicts": conflicts, "consistent": consistent, "optional": optional}
with open(sys.argv[1] if len(sys.argv) > 1 else 'conflicts.gold.json', 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(conflicts), "conflict groups,", len(consistent), "consistent,", len(optional), "optional")
