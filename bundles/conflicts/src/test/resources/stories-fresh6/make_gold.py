#!/usr/bin/env python3
"""Gold conflicts for stories-fresh6, written by hand from the texts in docs/ (spans found by their text).

  python3 make_gold.py conflicts.gold.json [--short] [--repeats]

--short prints every claim of 14 characters or less with its context; --repeats prints every claim whose text
occurs more than once in its document (to check that the intended occurrence, `nth`, was taken).
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_claims import claims, write_gold  # noqa: E402 (beside this set's folder)
texts, c, g, ab, same = claims(__file__)

a1, b1, c1 = "m01a_ferry", "m01b_ferry", "m01c_ferry"
a2, b2 = "m02a_tariff", "m02b_tariff"
a3, b3 = "m03a_cycling", "m03b_cycling"
a4, b4 = "m04a_waitlist", "m04b_waitlist"
a5, b5 = "m05a_satellite", "m05b_satellite"
a6, b6 = "m06a_wine", "m06b_wine"
a7, b7 = "m07a_zoo", "m07b_zoo"
a8, b8, c8 = "m08a_confidence", "m08b_confidence", "m08c_confidence"
a9, b9 = "m09a_bankfine", "m09b_bankfine"
a10, b10, c10 = "m10a_volcano", "m10b_volcano", "m10c_volcano"
a11, b11 = "m11a_teachers", "m11b_teachers"
a12, b12 = "m12a_chess", "m12b_chess"

CRACK = "We heard a crack and then the water was everywhere"
FERRY = "The ferry was carrying far more people than it was allowed to carry"
PARAMO = "The páramo decides who wins this race"
SPACE = "Space is unforgiving, and we knew the risks"
BOSS = "She is already bossing the older calves around"
ACCEPT = "I accept the decision of parliament, but history will judge it"
TRUST = "This government has lost the trust of the people"
GATE = "Banks are the gatekeepers of the financial system"
GATE2 = "When the gate is left open, the whole system pays"
CLOTHES = "We left with the clothes we were wearing"
CALC = "She calculates like a machine and never panics"

conflicts = [
 # ---- m01 ferry sinking on Lake Victoria (Mwanza, Tanzania), three reports; dateline m01a Wednesday March 13
 ab("figure", "m01 rescued alive: 112 people (m01a, c) vs 121 people (m01b)",
    [(a1, "112 people"), (c1, "112")], [(b1, "121 people")]),
 ab("figure", "m01 still missing: Between 20 and 30 people (m01a) vs About a dozen (m01b)",
    [(a1, "Between 20 and 30")], [(b1, "About a dozen")]),
 ab("date", "m01 ferry capsized: on Tuesday (= March 12 by the March 13 dateline) / on March 12 vs on the evening of March 11 (m01c)",
    [(a1, "Tuesday"), (b1, "March 12")], [(c1, "March 11")]),
 ab("date", "m01 search to continue: until Friday vs until Saturday", [(a1, "until Friday")], [(b1, "until Saturday")]),
 ab("role", "m01 Mkwawa-Shauri: Mwanza Regional Commissioner (m01a, b) vs the district commissioner for Ukerewe (m01c)",
    [(a1, "Mwanza Regional Commissioner Perpetua Mkwawa-Shauri"), (b1, "Perpetua Mkwawa-Shauri, the Mwanza regional commissioner")],
    [(c1, "Perpetua Mkwawa-Shauri, the district commissioner for Ukerewe")]),
 ab("role", "m01 Kibwengo-Lusato: the captain (m01a) vs its first mate (m01c)",
    [(a1, "The captain, Athumani Kibwengo-Lusato")], [(c1, "Its first mate, Athumani Kibwengo-Lusato")]),
 ab("attribution", "m01 'We heard a crack...': fish trader Mwakilema-Shija (m01a) vs schoolteacher Masanja-Kidulo (m01b)",
    [(a1, CRACK)], [(b1, CRACK)]),
 # ---- m02 steel import tariff (Jakarta, Indonesia); dateline m02a Tuesday June 4
 ab("date", "m02 new tariff applies: from July 1 vs from August 1", [(a2, "July 1")], [(b2, "August 1")]),
 ab("figure", "m02 old duty: from 15% vs from 10 percent", [(a2, "15%")], [(b2, "10 percent")]),
 ab("role", "m02 Gunawirya-Siregar: Trade Minister vs Deputy Trade Minister",
    [(a2, "Trade Minister Haryanto Gunawirya-Siregar")], [(b2, "Deputy Trade Minister Haryanto Gunawirya-Siregar")]),
 ab("role", "m02 Tampubolon-Ritonga: chairman vs the secretary-general of the Indonesian Steel Makers' Forum",
    [(a2, "Bonifasius Tampubolon-Ritonga, chairman of the Indonesian Steel Makers' Forum")],
    [(b2, "Bonifasius Tampubolon-Ritonga, the secretary-general of the Indonesian Steel Makers' Forum")]),
 ab("quote", "m02 Gunawirya-Siregar: 'We will review the tariff after a year if prices fall' vs '...only if prices fall'",
    [(a2, "We will review the tariff after a year if prices fall")], [(b2, "We will review the tariff only if prices fall")]),
 # ---- m03 cycling stage race (Tunja, Colombia); dateline m03a Sunday Aug 18
 ab("figure", "m03 winning margin: 38 seconds vs 28 seconds", [(a3, "38 seconds")], [(b3, "28 seconds")]),
 ab("figure", "m03 winner's age: 22-year-old vs aged 23", [(a3, "22-year-old")], [(b3, "aged 23")]),
 ab("date", "m03 race started: on August 11 vs on Saturday, August 10", [(a3, "August 11")], [(b3, "Saturday, August 10")]),
 ab("role", "m03 Buitrago-Lemus: National champion vs Former national champion",
    [(a3, "National champion Hernando Buitrago-Lemus")], [(b3, "Former national champion Hernando Buitrago-Lemus")]),
 ab("attribution", "m03 'The páramo decides who wins this race': race director Ospitia-Galindo (m03a) vs runner-up Chalacán-Tipantuña (m03b)",
    [(a3, PARAMO)], [(b3, PARAMO)]),
 # ---- m04 surgery waiting list (Wellington, New Zealand); dateline m04a Wednesday Nov 6
 ab("figure", "m04 rise in long waits: up 14% vs 41 percent more", [(a4, "14%")], [(b4, "41 percent")]),
 ab("date", "m04 target met: by June 2032 vs by June 2033", [(a4, "June 2032")], [(b4, "June 2033")]),
 ab("date", "m04 monitor's previous report: published in May vs in March", [(a4, "published in May")], [(b4, "in March")]),
 ab("role", "m04 Whareaitu-Brooke: Health Minister vs Associate Health Minister",
    [(a4, "Health Minister Averil Whareaitu-Brooke")], [(b4, "Associate Health Minister Averil Whareaitu-Brooke")]),
 ab("quote", "m04 Whareaitu-Brooke: 'unacceptable and they will come down' vs 'unacceptable but they will not come down quickly'",
    [(a4, "The numbers are unacceptable and they will come down")],
    [(b4, "The numbers are unacceptable but they will not come down quickly")]),
 # ---- m05 satellite failure (Bengaluru / New Delhi, India); dateline m05a Wednesday Jan 23
 ab("date", "m05 satellite launched: in September 2029 vs last November (= November 2029)",
    [(a5, "September 2029")], [(b5, "last November")]),
 ab("figure", "m05 insured for: $80 million vs $60 million", [(a5, "$80 million")], [(b5, "$60 million")]),
 ab("role", "m05 Karnavat-Iyer: the company's chairman vs the company's chief executive",
    [(a5, "the company's chairman, Sudhanshu Karnavat-Iyer")], [(b5, "The company's chief executive, Sudhanshu Karnavat-Iyer")]),
 ab("role", "m05 Mandyam-Rangaswamy: the mission director vs the deputy mission director",
    [(a5, "Hemalatha Mandyam-Rangaswamy, the mission director")], [(b5, "The deputy mission director, Hemalatha Mandyam-Rangaswamy")]),
 ab("attribution", "m05 'Space is unforgiving, and we knew the risks': chairman Karnavat-Iyer (m05a) vs analyst Gokhale-Moitra (m05b)",
    [(a5, SPACE)], [(b5, SPACE)]),
 # ---- m06 wine grape harvest (Stellenbosch, South Africa); dateline m06a Tuesday April 9
 ab("figure", "m06 harvest: 1.31 million tonnes vs 1.13 million tonnes", [(a6, "1.31 million tonnes")], [(b6, "1.13 million tonnes")]),
 ab("date", "m06 picking began: in late January vs in the second week of February",
    [(a6, "late January")], [(b6, "the second week of February")]),
 ab("date", "m06 final estimate due: on May 14 vs on May 21", [(a6, "May 14")], [(b6, "May 21")]),
 ab("role", "m06 Brandvlei-Mostert: chief viticulturist at the council vs the council's chief executive",
    [(a6, "Annelie Brandvlei-Mostert, chief viticulturist at the council")],
    [(b6, "The council's chief executive, Annelie Brandvlei-Mostert")]),
 ab("quote", "m06 Brandvlei-Mostert: 'Smaller berries mean better wine this year' vs 'Smaller berries do not always mean better wine'",
    [(a6, "Smaller berries mean better wine this year")], [(b6, "Smaller berries do not always mean better wine")]),
 # ---- m07 elephant calf born at a zoo (Ostrava, Czech Republic); dateline m07a Wednesday Oct 2
 ab("date", "m07 calf born: on Monday (= September 30 by the Oct 2 dateline) vs on September 28",
    [(a7, "Monday")], [(b7, "September 28")]),
 ab("date", "m07 name suggestions close: until October 15 vs until October 25", [(a7, "October 15")], [(b7, "October 25")]),
 ab("figure", "m07 mother's age: 19-year-old vs aged 21", [(a7, "19-year-old")], [(b7, "aged 21")]),
 ab("role", "m07 Kratochvíl-Zeman: zoo director vs the zoo's deputy director",
    [(a7, "zoo director Bohuslav Kratochvíl-Zeman")], [(b7, "the zoo's deputy director, Bohuslav Kratochvíl-Zeman")]),
 ab("role", "m07 Pospíšilová-Hrubá: the zoo's chief veterinarian vs an elephant keeper",
    [(a7, "The zoo's chief veterinarian, Ilona Pospíšilová-Hrubá")], [(b7, "Ilona Pospíšilová-Hrubá, an elephant keeper")]),
 ab("attribution", "m07 'She is already bossing the older calves around': director Kratochvíl-Zeman (m07a) vs keeper Pospíšilová-Hrubá (m07b)",
    [(a7, BOSS)], [(b7, BOSS)]),
 # ---- m08 no-confidence vote (Port Moresby, Papua New Guinea), three reports; dateline m08a Wednesday July 10
 ab("date", "m08 vote: on Wednesday (= July 10 by the dateline) / on July 10 vs on Tuesday, July 9 (m08c)",
    [(a8, "Wednesday"), (b8, "July 10")], [(c8, "Tuesday, July 9")]),
 ab("figure", "m08 tally: 62 votes to 45 / 62-45 vs 64 to 43 (m08c)",
    [(a8, "62 votes to 45"), (b8, "62-45")], [(c8, "64 to 43")]),
 ab("role", "m08 Wapeina-Tau: former Finance Minister / finance minister until March vs a former petroleum minister (m08c)",
    [(a8, "former Finance Minister Kila Wapeina-Tau"), (b8, "Kila Wapeina-Tau, who was finance minister until March")],
    [(c8, "Kila Wapeina-Tau, a former petroleum minister")]),
 ab("role", "m08 Tamalua-Kapi: Speaker (m08a) vs Deputy Speaker (m08b)",
    [(a8, "Speaker Ignatius Tamalua-Kapi")], [(b8, "Deputy Speaker Ignatius Tamalua-Kapi")]),
 ab("quote", "m08 Yawari-Molus: 'I accept the decision of parliament, but...' (m08a, b) vs 'I do not accept the decision of parliament, and...' (m08c)",
    [(a8, ACCEPT), (b8, ACCEPT)], [(c8, "I do not accept the decision of parliament, and history will judge it")]),
 ab("attribution", "m08 'This government has lost the trust of the people': Wapeina-Tau (m08a, c) vs opposition whip Gereka-Ume (m08b)",
    [(a8, TRUST), (c8, TRUST)], [(b8, TRUST)]),
 # ---- m09 bank fined (Copenhagen, Denmark); dateline m09a Wednesday Feb 27
 ab("figure", "m09 unchecked transactions: 4.7 billion crowns vs 7.4 billion crowns",
    [(a9, "4.7 billion crowns")], [(b9, "7.4 billion crowns")]),
 ab("date", "m09 weaknesses found: in October 2028 vs in October 2027", [(a9, "October 2028")], [(b9, "October 2027")]),
 ab("role", "m09 Hjortshøj-Vang: Hanstholm Bank's chief executive vs Chairwoman",
    [(a9, "Hanstholm Bank's chief executive, Signe Hjortshøj-Vang")], [(b9, "Chairwoman Signe Hjortshøj-Vang")]),
 ab("quote", "m09 Hjortshøj-Vang: 'we have fixed the failings' vs 'we are still fixing the failings'",
    [(a9, "We accept the fine and we have fixed the failings")], [(b9, "We accept the fine and we are still fixing the failings")]),
 ab("attribution", "m09 'Banks are the gatekeepers of the financial system': regulator Svanholm-Krogh (m09a) vs Business Minister Rasmussen-Lyngby (m09b)",
    [(a9, GATE)], [(b9, GATE)]),
 # ---- m10 volcano alert (Tungurahua, Ecuador), three reports; dateline m10a Wednesday May 22
 ab("date", "m10 alert raised to orange: on Tuesday (= May 21) / late on May 21 vs on Monday night (m10c)",
    [(a10, "Tuesday"), (b10, "May 21")], [(c10, "Monday night")]),
 ab("figure", "m10 evacuated: about 4,500 people / some 4,500 residents vs more than 5,400 people (m10c)",
    [(a10, "4,500 people"), (b10, "4,500 residents")], [(c10, "5,400 people")]),
 ab("date", "m10 last major eruption: in 2016 / 14 years ago (2030) vs 16 years ago (= 2014, m10c)",
    [(a10, "2016"), (b10, "14 years ago")], [(c10, "16 years ago")]),
 ab("role", "m10 Cañizares-Vélez: director of the Geophysical Institute (m10a, c) vs head of volcano monitoring at the institute (m10b)",
    [(a10, "Maité Cañizares-Vélez, director of the Geophysical Institute"), (c10, "Its director, Maité Cañizares-Vélez")],
    [(b10, "Maité Cañizares-Vélez, head of volcano monitoring at the institute")]),
 ab("quote", "m10 Cañizares-Vélez: 'An eruption in the coming days is possible but not certain' vs '...is likely but not certain'",
    [(a10, "An eruption in the coming days is possible but not certain")],
    [(b10, "An eruption in the coming days is likely but not certain")]),
 ab("attribution", "m10 'We left with the clothes we were wearing': farmer Guamán-Toapanta (m10a, c) vs hotel owner Chimbolema-Ati (m10b)",
    [(a10, CLOTHES), (c10, CLOTHES)], [(b10, CLOTHES)]),
 # ---- m11 teachers' pay award (Lusaka, Zambia); dateline m11a Thursday Sept 12
 ab("figure", "m11 pay rise: 12% vs 21 percent", [(a11, "12%", 2)], [(b11, "21 percent")]),
 ab("date", "m11 rise backdated: to July vs to April", [(a11, "backdated to July")], [(b11, "backdated to April")]),
 ab("date", "m11 first paid: in October pay slips vs from November", [(a11, "October pay slips")], [(b11, "from November")]),
 ab("role", "m11 Kasonde-Chilufya: general secretary vs president of the Teachers' Solidarity Union of Zambia",
    [(a11, "Mwaba Kasonde-Chilufya, general secretary of the Teachers' Solidarity Union of Zambia")],
    [(b11, "Mwaba Kasonde-Chilufya, president of the Teachers' Solidarity Union of Zambia")]),
 ab("quote", "m11 Kasonde-Chilufya: 'This is a fair offer and we accept it' vs 'This is not a fair offer, but we accept it'",
    [(a11, "This is a fair offer and we accept it")], [(b11, "This is not a fair offer, but we accept it")]),
 # ---- m12 chess tournament (Budapest, Hungary); dateline m12a Sunday Dec 1
 ab("date", "m12 title clinched: on Sunday (= December 1, the dateline) vs on November 30", [(a12, "Sunday")], [(b12, "November 30")]),
 ab("figure", "m12 winner's rating: 2,741 vs 2,714", [(a12, "2,741")], [(b12, "2,714")]),
 ab("role", "m12 Baranyai-Szőke: her coach, who leads Kazakhstan's national team vs the assistant coach of the national team",
    [(a12, "Her coach, grandmaster Csongor Baranyai-Szőke, who leads Kazakhstan's national team")],
    [(b12, "The assistant coach of Kazakhstan's national team, Csongor Baranyai-Szőke")]),
 ab("quote", "m12 Temirbekova-Sadyk: 'I was lucky in round six' vs 'I was unlucky in round six'",
    [(a12, "I was lucky in round six, and everyone knows it")], [(b12, "I was unlucky in round six, and everyone knows it")]),
 ab("attribution", "m12 'She calculates like a machine and never panics': rival Vadkerti-Halmos (m12a) vs coach Baranyai-Szőke (m12b)",
    [(a12, CALC)], [(b12, CALC)]),
]

consistent = [
 # m01
 same("figure", "m01 dead: At least 37 people = thirty-seven passengers = at least 37", (a1, "37 people"), (b1, "thirty-seven"), (c1, "37")),
 same("figure", "m01 on board: about 180 passengers = some 180 people = about 180 people",
      (a1, "180 passengers"), (b1, "180 people"), (c1, "180 people")),
 same("figure", "m01 distance from shore: about 2 km = little more than a mile", (a1, "2 km"), (b1, "a mile")),
 same("figure", "m01 licensed capacity: 120 passengers = a deck built for 120", (a1, "120 passengers"), (c1, "120")),
 same("date", "m01 ferry built: in 1998 = 32-year-old (2030) = built in 1998", (a1, "1998"), (b1, "32-year-old"), (c1, "1998")),
 same("quote", "m01 Mkwawa-Shauri: 'The ferry was carrying far more people...' identical in all three", (a1, FERRY), (b1, FERRY), (c1, FERRY)),
 same("quote", "m01 Mkwawa-Shauri: 'Someone will answer for this.' identical", (a1, "Someone will answer for this."), (b1, "Someone will answer for this.")),
 same("figure", "m01 different things: deck built for 120 (m01c) vs 121 rescued (m01b)", (c1, "120"), (b1, "121 people")),
 same("date", "m01 different events: searching on Wednesday (m01a, the dateline) vs capsized March 12 (m01b)", (a1, "Wednesday"), (b1, "March 12")),
 # m02
 same("date", "m02 announced: on Tuesday (the June 4 dateline) = on June 4", (a2, "Tuesday"), (b2, "June 4")),
 same("figure", "m02 new duty: 25% = 25 percent", (a2, "25%", 2), (b2, "25 percent")),
 same("figure", "m02 imports: about 6.5 million tonnes = 6.5 million metric tons", (a2, "6.5 million tonnes"), (b2, "6.5 million metric tons")),
 same("figure", "m02 import value: US$4.2 billion = 4.2 billion dollars", (a2, "US$4.2 billion"), (b2, "4.2 billion dollars")),
 same("figure", "m02 share from China: About 48% = Nearly half", (a2, "48%"), (b2, "Nearly half")),
 same("figure", "m02 industry jobs: some 150,000 workers = 150,000 people", (a2, "150,000 workers"), (b2, "150,000 people")),
 same("figure", "m02 tariff period: three years = three years = three-year", (a2, "three years"), (b2, "three years"), (b2, "three-year")),
 same("quote", "m02 Gunawirya-Siregar: 'This is not protectionism, it is survival' identical",
      (a2, "This is not protectionism, it is survival"), (b2, "This is not protectionism, it is survival")),
 same("quote", "m02 Tampubolon-Ritonga: 'Our furnaces are running at half speed...' identical",
      (a2, "Our furnaces are running at half speed while foreign steel fills the warehouses"),
      (b2, "Our furnaces are running at half speed while foreign steel fills the warehouses")),
 same("figure", "m02 different things: new duty 25% (m02a) vs old duty 10 percent (m02b)", (a2, "25%", 2), (b2, "10 percent")),
 # m03
 same("date", "m03 race won: on Sunday (the Aug 18 dateline) = on August 18", (a3, "Sunday"), (b3, "August 18")),
 same("figure", "m03 final stage: 142 km = 88 miles", (a3, "142 km"), (b3, "88 miles")),
 same("figure", "m03 pass: 3,300 metres = more than 10,800 feet", (a3, "3,300 metres"), (b3, "10,800 feet")),
 same("figure", "m03 race length: 1,210 km = about 750 miles", (a3, "1,210 km"), (b3, "750 miles")),
 same("figure", "m03 stages: eight-stage = eight stages", (a3, "eight-stage"), (b3, "eight stages")),
 same("figure", "m03 prize: 50 million pesos = 50 million Colombian pesos", (a3, "50 million pesos"), (b3, "50 million Colombian pesos")),
 same("quote", "m03 Arcila-Mosquera: 'I suffered on every climb, but I never doubted' (shortened in m03b)",
      (a3, "I suffered on every climb, but I never doubted, not for one second"), (b3, "I suffered on every climb, but I never doubted")),
 same("role", "m03 Zuluaga-Betancur: Team manager = the team is run by",
      (a3, "Team manager Lisandro Zuluaga-Betancur"), (b3, "team is run by Lisandro Zuluaga-Betancur")),
 same("role", "m03 Ospitia-Galindo: Race director = The race director",
      (a3, "Race director Yolima Ospitia-Galindo"), (b3, "The race director, Yolima Ospitia-Galindo")),
 same("date", "m03 different events: race started August 11 (m03a) vs won August 18 (m03b)", (a3, "August 11"), (b3, "August 18")),
 # m04
 same("date", "m04 report published: on Wednesday (the Nov 6 dateline) = on November 6", (a4, "Wednesday"), (b4, "November 6")),
 same("figure", "m04 long waits: a record 38,400 = about 38,000", (a4, "38,400"), (b4, "38,000")),
 same("figure", "m04 share past target: one in five = 20 percent", (a4, "one in five"), (b4, "20 percent")),
 same("figure", "m04 longest waits: more than two years = over 24 months", (a4, "two years"), (b4, "24 months")),
 same("figure", "m04 extra money: NZ$310 million = 310 million New Zealand dollars", (a4, "NZ$310 million"), (b4, "310 million New Zealand dollars")),
 same("figure", "m04 spending period: over two years = over the next two years", (a4, "two years", 2), (b4, "two years")),
 same("figure", "m04 hip and knee queue: 6,100 people = about 6,000 people", (a4, "6,100 people"), (b4, "6,000 people")),
 same("figure", "m04 treated in target: 61% = 61 percent", (a4, "61%"), (b4, "61 percent")),
 same("figure", "m04 fall in share: 4 percentage points = four points", (a4, "4 percentage points"), (b4, "four points")),
 same("figure", "m04 target: four months in both", (a4, "four months"), (b4, "four months")),
 same("quote", "m04 Tolhurst-Rewiti: 'You can buy theatre time...' identical",
      (a4, "You can buy theatre time, but you cannot buy anaesthetists overnight"),
      (b4, "You can buy theatre time, but you cannot buy anaesthetists overnight")),
 same("quote", "m04 Pakinga-Vesey: 'Patients are being asked to wait in pain for years' identical",
      (a4, "Patients are being asked to wait in pain for years"), (b4, "Patients are being asked to wait in pain for years")),
 same("role", "m04 Tolhurst-Rewiti: Its chief executive = The monitor's chief executive",
      (a4, "Its chief executive, Graeme Tolhurst-Rewiti"), (b4, "The monitor's chief executive, Graeme Tolhurst-Rewiti")),
 same("role", "m04 Pakinga-Vesey: Opposition health spokesman = the opposition's health spokesman",
      (a4, "Opposition health spokesman Ruairi Pakinga-Vesey"), (b4, "Ruairi Pakinga-Vesey, the opposition's health spokesman")),
 # m05
 same("date", "m05 contact lost: on Monday (= January 21 by the Wednesday Jan 23 dateline) = on January 21", (a5, "Monday"), (b5, "January 21")),
 same("figure", "m05 cost: 9.5 billion rupees in both", (a5, "9.5 billion rupees"), (b5, "9.5 billion rupees")),
 same("figure", "m05 cost in dollars: $114 million = about 114 million dollars", (a5, "$114 million"), (b5, "114 million dollars")),
 same("figure", "m05 orbit: about 36,000 km = some 22,370 miles", (a5, "36,000 km"), (b5, "22,370 miles")),
 same("figure", "m05 transponders: 24 = two dozen", (a5, "24 transponders"), (b5, "two dozen transponders")),
 same("figure", "m05 design life: 15 years = fifteen years", (a5, "15 years"), (b5, "fifteen years")),
 same("figure", "m05 customers: about 1.8 million households = About 1.8 million homes", (a5, "1.8 million households"), (b5, "1.8 million homes")),
 same("figure", "m05 claim window: 30 days in both", (a5, "30 days"), (b5, "30 days")),
 same("figure", "m05 share fall: 11% = 11 percent", (a5, "11%"), (b5, "11 percent")),
 same("quote", "m05 Karnavat-Iyer: 'We have not given up on the satellite' (shortened in m05b)",
      (a5, "We have not given up on the satellite, but the odds are poor"), (b5, "We have not given up on the satellite")),
 same("date", "m05 different events: announced on Wednesday (m05a) vs contact lost January 21 (m05b)", (a5, "Wednesday"), (b5, "January 21")),
 # m06
 same("date", "m06 estimate released: on Tuesday (the April 9 dateline) = on April 9", (a6, "Tuesday"), (b6, "April 9")),
 same("figure", "m06 fall: 6% = 6 percent", (a6, "6%"), (b6, "6 percent")),
 same("figure", "m06 rain: about 40% below average = about two-fifths less", (a6, "40%"), (b6, "two-fifths")),
 same("figure", "m06 vineyards: about 88,000 hectares = around 340 square miles", (a6, "88,000 hectares"), (b6, "340 square miles")),
 same("figure", "m06 employment: about 270,000 people = some 270,000 jobs", (a6, "270,000 people"), (b6, "270,000 jobs")),
 same("figure", "m06 bulk price: R7.50 a litre = 7.50 rand a litre", (a6, "R7.50 a litre"), (b6, "7.50 rand a litre")),
 same("figure", "m06 exports: about half = Half", (a6, "about half"), (b6, "Half")),
 same("figure", "m06 dams: a third of capacity = a third full", (a6, "a third"), (b6, "a third")),
 same("quote", "m06 Sekhukhune-Adams: 'We picked at night to keep the grapes cool' identical",
      (a6, "We picked at night to keep the grapes cool"), (b6, "We picked at night to keep the grapes cool")),
 same("role", "m06 Sekhukhune-Adams: winemaker (at the Klipheuwel estate) in both",
      (a6, "winemaker Sibongiseni Sekhukhune-Adams"), (b6, "Sibongiseni Sekhukhune-Adams, winemaker at the Klipheuwel estate")),
 # m07
 same("date", "m07 birth announced: on Wednesday (the Oct 2 dateline) = on October 2", (a7, "Wednesday"), (b7, "October 2")),
 same("figure", "m07 birth weight: 112 kg = about 247 pounds", (a7, "112 kg"), (b7, "247 pounds")),
 same("figure", "m07 height: about 90 cm = about three feet", (a7, "90 cm"), (b7, "three feet")),
 same("figure", "m07 pregnancy: 22 months = nearly two years", (a7, "22 months"), (b7, "two years")),
 same("figure", "m07 zoo's history: 79-year = 79 years", (a7, "79-year"), (b7, "79 years")),
 same("figure", "m07 elephant house: 180 million koruna = CZK 180 million", (a7, "180 million koruna"), (b7, "CZK 180 million")),
 same("figure", "m07 mother arrived: six years ago in both", (a7, "six years ago"), (b7, "six years ago")),
 same("figure", "m07 herd: six elephants = numbers six", (a7, "six elephants"), (b7, "numbers six")),
 same("date", "m07 elephant house opened: in 2024 in both", (a7, "2024"), (b7, "2024")),
 same("figure", "m07 wild population: fewer than 50,000 in both", (a7, "50,000"), (b7, "50,000")),
 same("quote", "m07 Kratochvíl-Zeman: 'Mother and calf are doing well' identical",
      (a7, "Mother and calf are doing well"), (b7, "Mother and calf are doing well")),
 same("date", "m07 different events: announced on Wednesday (m07a) vs born September 28 (m07b)", (a7, "Wednesday"), (b7, "September 28")),
 # m08
 same("figure", "m08 parliament: 111-seat = 111-member = 111 members", (a8, "111-seat"), (b8, "111-member"), (c8, "111 members")),
 same("date", "m08 motion lodged: on June 26 = two weeks before the vote (July 10) = on June 26",
      (a8, "June 26"), (b8, "two weeks before the vote"), (c8, "June 26")),
 same("date", "m08 Yawari-Molus in office: since 2027 = for three years (2030) = took office in 2027",
      (a8, "2027"), (b8, "three years"), (c8, "2027")),
 same("figure", "m08 protection from new motion: 18 months in all three", (a8, "18 months"), (b8, "18 months"), (c8, "18 months")),
 same("date", "m08 next election: in 2032 = in two years = in 2032", (a8, "2032"), (b8, "in two years"), (c8, "2032")),
 same("date", "m08 Wapeina-Tau left the government: until March = in March", (b8, "until March"), (c8, "in March")),
 # m09
 same("figure", "m09 fine: 1.2 billion Danish crowns = DKK 1.2 billion", (a9, "1.2 billion Danish crowns"), (b9, "DKK 1.2 billion")),
 same("figure", "m09 fine in euros: about €161 million = roughly 161 million euros", (a9, "€161 million"), (b9, "161 million euros")),
 same("date", "m09 fine announced: on Wednesday (the Feb 27 dateline) = on Feb. 27", (a9, "Wednesday"), (b9, "Feb. 27")),
 same("date", "m09 period: between 2024 and 2027 = over four years", (a9, "between 2024 and 2027"), (b9, "four years")),
 same("figure", "m09 accounts reviewed: about 3,600 = 3,612", (a9, "3,600 customer accounts"), (b9, "3,612 accounts")),
 same("figure", "m09 share of profit: about 9% = nearly a tenth", (a9, "9%"), (b9, "nearly a tenth")),
 same("figure", "m09 share fall: 4% = 4 percent", (a9, "4%"), (b9, "4 percent")),
 same("figure", "m09 outside monitor: two years in both", (a9, "two years"), (b9, "two years")),
 same("role", "m09 Svanholm-Krogh: director general of the authority = the director general of the watchdog",
      (a9, "Mikkel Svanholm-Krogh, director general of the authority"), (b9, "Mikkel Svanholm-Krogh, the director general of the watchdog")),
 # m10
 same("figure", "m10 ash column: 6 km = nearly 20,000 feet", (a10, "6 km"), (b10, "20,000 feet")),
 same("figure", "m10 earthquakes: more than 300 = over 300", (a10, "300 small earthquakes"), (b10, "300 small earthquakes")),
 same("figure", "m10 period: 48 hours = two days", (a10, "48 hours"), (b10, "two days")),
 same("figure", "m10 volcano: 5,023-metre = 16,480-foot = 5,023-metre", (a10, "5,023-metre"), (b10, "16,480-foot"), (c10, "5,023-metre")),
 same("figure", "m10 roads closed: within 8 km = within 5 miles", (a10, "8 km"), (b10, "5 miles")),
 same("figure", "m10 shelters: 14 = fourteen", (a10, "14 shelters"), (b10, "fourteen shelters")),
 same("figure", "m10 soldiers: 600 = six hundred", (a10, "600 soldiers"), (b10, "six hundred soldiers")),
 same("role", "m10 Tixilema-Arroba: General = Gen.", (a10, "General Teófilo Tixilema-Arroba"), (b10, "Gen. Teófilo Tixilema-Arroba")),
 same("figure", "m10 Baños: about 20,000 people in both", (a10, "20,000 people"), (b10, "20,000 people")),
 same("figure", "m10 different things: Baños about 20,000 people (m10a) vs ash nearly 20,000 feet (m10b)", (a10, "20,000 people"), (b10, "20,000 feet")),
 same("date", "m10 different events: ash fell on Wednesday (m10a) vs alert raised May 21 (m10b)", (a10, "Wednesday"), (b10, "May 21")),
 # m11
 same("date", "m11 award: on Thursday (the Sept 12 dateline) = on Sept. 12", (a11, "Thursday"), (b11, "Sept. 12")),
 same("figure", "m11 teachers: about 110,000 = 110,000", (a11, "110,000 teachers"), (b11, "110,000 public school teachers")),
 same("figure", "m11 cost: K3.6 billion = 3.6 billion kwacha", (a11, "K3.6 billion"), (b11, "3.6 billion kwacha")),
 same("figure", "m11 cost in dollars: about $140 million = roughly 140 million dollars", (a11, "$140 million"), (b11, "140 million dollars")),
 same("figure", "m11 unions' demand: 25% = 25 percent", (a11, "25%"), (b11, "25 percent")),
 same("figure", "m11 starting pay: K7,400 = 7,400 kwacha", (a11, "K7,400"), (b11, "7,400 kwacha")),
 same("date", "m11 strike date: later this month = September 23 = September 23",
      (a11, "later this month"), (a11, "September 23"), (b11, "September 23")),
 same("quote", "m11 Kasonde-Chilufya: 'Teachers cannot eat promises' identical", (a11, "Teachers cannot eat promises"), (b11, "Teachers cannot eat promises")),
 same("role", "m11 Mwanakatwe-Siame: Education Minister = the education minister",
      (a11, "Education Minister Chipo Mwanakatwe-Siame"), (b11, "the education minister, Chipo Mwanakatwe-Siame")),
 same("figure", "m11 different things: unions' demand 25% (m11a) vs award 21 percent (m11b)", (a11, "25%"), (b11, "21 percent")),
 # m12
 same("figure", "m12 winner's age: 19-year-old = nineteen", (a12, "19-year-old"), (b12, "nineteen")),
 same("figure", "m12 score: 7.5 points = 7½ points", (a12, "7.5 points"), (b12, "7½ points")),
 same("figure", "m12 rounds: nine rounds = 9 rounds", (a12, "nine rounds"), (b12, "9 rounds")),
 same("figure", "m12 field: ten-player = 10-player", (a12, "ten-player"), (b12, "10-player")),
 same("figure", "m12 first prize: €60,000 = 60,000 euros", (a12, "€60,000"), (b12, "60,000 euros")),
 same("date", "m12 tournament founded: first held in 1994 = founded in 1994", (a12, "1994"), (b12, "1994")),
 same("figure", "m12 margin: a full point ahead = a full point clear", (a12, "a full point"), (b12, "a full point")),
 same("figure", "m12 clinched: with a round to spare = with one round still to play", (a12, "a round to spare"), (b12, "one round still to play")),
 same("quote", "m12 Baranyai-Szőke: 'She is ready for the Candidates' identical", (a12, "She is ready for the Candidates"), (b12, "She is ready for the Candidates")),
 same("date", "m12 different events: final round on Monday (m12a) vs title clinched November 30 (m12b)", (a12, "Monday"), (b12, "November 30")),
]

optional = [
 # a headline that restates a changed figure is the same disagreement as its body
 ab("figure", "m11 headline: 12% pay rise vs 21 percent", [(a11, "12%")], [(b11, "21 percent")]),
 ab("role", "m08b headline: ex-finance chief vs a former petroleum minister (m08c)", [(b8, "ex-finance chief")],
    [(c8, "Kila Wapeina-Tau, a former petroleum minister")]),
 # the second sentence of the attributed quote: another quote span with the same two speakers
 ab("attribution", "m09 'When the gate is left open, the whole system pays': Svanholm-Krogh (m09a) vs Rasmussen-Lyngby (m09b)",
    [(a9, GATE2)], [(b9, GATE2)]),
]

write_gold(texts, conflicts, consistent, optional)
