# Writes conflicts.gold.json (concord.conflicts/1) for the texts in docs/: spans are found by their text.
# Sixteen stories (d01..d16), each told by two reports (d03, d07, d11 and d15 by three), written for this set.
# Emphasis: changed figures (tolls, money, percentages, counts, vote counts, masses, durations, ages) and changed
# dates (weekday of the event, calendar date of a deadline or reopening, year of a plan, month of an election);
# plus a few changed roles and reworded quotes. Statements that only look different are `consistent`; headline
# restatements of a changed figure or date are `optional`. Story d16 agrees on everything.
# Written, with this gold, before Concord was run on the texts.
# Usage: python3 make_gold.py conflicts.gold.json
import json, os, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'docs')
texts = {f[:-4]: open(os.path.join(D, f), encoding='utf-8').read() for f in os.listdir(D) if f.endswith('.txt')}
def c(doc, s, v=None, nth=1):
    t = texts[doc]; i = -1
    for _ in range(nth):
        i = t.find(s, i + 1)
        assert i >= 0, (doc, s)
    d = {"document": doc, "begin": i, "end": i + len(s), "text": s}
    if v: d["version"] = v
    return d
def g(kind, summary, *claims): return {"kind": kind, "summary": summary, "claims": list(claims)}
def ab(kind, summary, a, b):
    """a, b: lists of (doc, text[, nth]) for version A and version B"""
    cl = [c(x[0], x[1], "A", *x[2:]) for x in a] + [c(x[0], x[1], "B", *x[2:]) for x in b]
    return g(kind, summary, *cl)
def same(kind, summary, *xs): return g(kind, summary, *[c(x[0], x[1], None, *x[2:]) for x in xs])

conflicts = [
 # ---- figures (18 groups, 21 disagreements)
 ab("figure", "d01 budget gap: deficit 4.3% of GDP vs shortfall 4.8 percent of gross domestic product",
    [("d01a_budget", "4.3%")], [("d01b_budget", "4.8 percent")]),
 ab("figure", "d02 judges' majority: seven to four vs eight of the 11",
    [("d02a_ruling", "seven to four")], [("d02b_ruling", "Eight")]),
 ab("figure", "d03 typhoon death toll: 27 (d03a, d03c) vs 23 (d03b)",
    [("d03a_typhoon", "27 people"), ("d03c_typhoon", "27", 2)], [("d03b_typhoon", "23")]),
 ab("figure", "d04 bus crash dead: killing 19 passengers vs sixteen people were killed",
    [("d04a_buscrash", "19 passengers")], [("d04b_buscrash", "Sixteen people")]),
 ab("figure", "d04 driver's age: the driver, 42 vs the 47-year-old driver",
    [("d04a_buscrash", "42")], [("d04b_buscrash", "47-year-old")]),
 ab("figure", "d05 slowing of decline: by 27% vs cut the rate by 31 percent",
    [("d05a_drug", "27%")], [("d05b_drug", "31 percent")]),
 ab("figure", "d06 members voting for a strike: 3,412 vs 3,142",
    [("d06a_strike", "3,412")], [("d06b_strike", "3,142")]),
 ab("figure", "d06 size of the workforce: about 4,200 staff vs around 4,800 workers",
    [("d06a_strike", "4,200 staff")], [("d06b_strike", "4,800 workers")]),
 ab("figure", "d07 value of the jewels: €12 million (d07a), €12m (d07c) vs some 21 million euros (d07b)",
    [("d07a_museum", "€12 million", 2), ("d07c_museum", "€12m")], [("d07b_museum", "21 million euros")]),
 ab("figure", "d07 time inside: spent seven minutes vs in and out in four minutes",
    [("d07a_museum", "seven minutes")], [("d07b_museum", "four minutes")]),
 ab("figure", "d08 satellite mass: 1,150 kg vs weighs 1.3 tonnes",
    [("d08a_launch", "1,150 kg")], [("d08b_launch", "1.3 tonnes")]),
 ab("figure", "d08 design life: seven years vs a decade",
    [("d08a_launch", "seven years")], [("d08b_launch", "a decade")]),
 ab("figure", "d09 profit growth: 18% rise vs rose 13 percent",
    [("d09a_bank", "18%", 2)], [("d09b_bank", "13 percent", 1)]),
 ab("figure", "d09 credit costs: loan losses NOK 640 million vs impairment charges 460 million crowns",
    [("d09a_bank", "NOK 640 million")], [("d09b_bank", "460 million crowns")]),
 ab("figure", "d10 stadium capacity: 38,000 seats vs a 36,000-seat stadium",
    [("d10a_stadium", "38,000 seats")], [("d10b_stadium", "36,000-seat")]),
 ab("figure", "d12 oil leaked: about 2,500 barrels vs an estimated 5,200 barrels",
    [("d12a_oilspill", "2,500 barrels")], [("d12b_oilspill", "5,200 barrels")]),
 ab("figure", "d14 jobs lost: 1,350 jobs vs employed 1,530 people",
    [("d14a_plant", "1,350 jobs", 2)], [("d14b_plant", "1,530 people")]),
 ab("figure", "d15 miners trapped: eight (d15a, d15b) vs eleven (d15c)",
    [("d15a_mine", "Eight miners", 2), ("d15b_mine", "eight miners")], [("d15c_mine", "Eleven miners")]),
 # ---- dates (11 groups, 14 disagreements)
 ab("date", "d02 deadline for Parliament: March 31, 2027 vs the end of September 2027",
    [("d02a_ruling", "March 31, 2027")], [("d02b_ruling", "September 2027")]),
 ab("date", "d03 landfall: late on Saturday (d03a), Saturday night (d03c) vs struck on Sunday (d03b)",
    [("d03a_typhoon", "Saturday"), ("d03c_typhoon", "Saturday")], [("d03b_typhoon", "Sunday")]),
 ab("date", "d04 day of the crash: fell on Friday vs in the early hours of Saturday",
    [("d04a_buscrash", "Friday")], [("d04b_buscrash", "Saturday")]),
 ab("date", "d05 Commission decision: expected in March vs in May",
    [("d05a_drug", "March")], [("d05b_drug", "May")]),
 ab("date", "d06 first stoppage: Monday, May 18 vs from May 25",
    [("d06a_strike", "Monday, May 18")], [("d06b_strike", "May 25")]),
 ab("date", "d07 day of the theft: early on Tuesday (d07a, d07c) vs before dawn on Monday (d07b)",
    [("d07a_museum", "Tuesday"), ("d07c_museum", "Tuesday")], [("d07b_museum", "Monday")]),
 ab("date", "d08 launch: lifted off on Tuesday evening vs into orbit on Wednesday",
    [("d08a_launch", "Tuesday")], [("d08b_launch", "Wednesday")]),
 ab("date", "d10 stadium opening: due to open in 2029 vs ready in 2028",
    [("d10a_stadium", "2029")], [("d10b_stadium", "2028")]),
 ab("date", "d11 schools reopen: November 24 (d11a, d11c) vs not before December 1 (d11b)",
    [("d11a_schools", "November 24"), ("d11c_schools", "November 24")], [("d11b_schools", "December 1")]),
 ab("date", "d12 grounding: ran aground on Wednesday vs grounded early on Thursday",
    [("d12a_oilspill", "Wednesday")], [("d12b_oilspill", "Thursday")]),
 ab("date", "d13 election month: October vs November",
    [("d13a_election", "October")], [("d13b_election", "November")]),
 # ---- changed roles (5 groups, 8 disagreements)
 ab("role", "d05 Vandermeiren: chief executive vs chief medical officer",
    [("d05a_drug", "chief executive Lotte Vandermeiren")], [("d05b_drug", "chief medical officer Lotte Vandermeiren")]),
 ab("role", "d07 Caillemotte: (Lyon) prosecutor (d07a, d07b) vs deputy prosecutor (d07c)",
    [("d07a_museum", "Lyon prosecutor Bertrand Caillemotte"), ("d07b_museum", "prosecutor Bertrand Caillemotte")],
    [("d07c_museum", "deputy prosecutor Bertrand Caillemotte")]),
 ab("role", "d11 Bhatterwal: senior minister (d11a, d11c) vs education minister (d11b)",
    [("d11a_schools", "senior minister Sadia Bhatterwal"), ("d11c_schools", "senior minister Sadia Bhatterwal")],
    [("d11b_schools", "Education minister Sadia Bhatterwal")]),
 ab("role", "d13 Sekhesa: electoral commission's chairman vs deputy chairman",
    [("d13a_election", "chairman, Palesa Sekhesa")], [("d13b_election", "Palesa Sekhesa, deputy chairman")]),
 ab("role", "d15 Sinkamba: Mines Minister (d15a, d15b) vs permanent secretary at the Ministry of Mines (d15c)",
    [("d15a_mine", "Mines Minister Chanda Sinkamba"), ("d15b_mine", "Mines Minister Chanda Sinkamba")],
    [("d15c_mine", "Chanda Sinkamba, permanent secretary")]),
 # ---- reworded quotes of the same speaker (6 groups, 6 disagreements)
 ab("quote", "d01 Odhengo: 'must be a shilling we can account for' vs 'must be accounted for'",
    [("d01a_budget", "We will not borrow our way out of this. Every shilling we spend must be a shilling we can account for")],
    [("d01b_budget", "We will not borrow our way out of this. Every shilling we spend must be accounted for")]),
 ab("quote", "d02 Mabuyakhulu: 'every time' vs 'each time'",
    [("d02a_ruling", "Privacy is not a luxury granted by the state. It is a right the state must justify every time it takes it away")],
    [("d02b_ruling", "Privacy is not a luxury granted by the state. It is a right the state must justify each time it takes it away")]),
 ab("quote", "d05 Vandermeiren: 'This is the first time ... rather than just the symptoms' vs 'For the first time ... not only the symptoms'",
    [("d05a_drug", "This is the first time European patients with early Alzheimer's will have a treatment that changes the course of the disease rather than just the symptoms")],
    [("d05b_drug", "For the first time European patients with early Alzheimer's will have a treatment that changes the course of the disease, not only the symptoms")]),
 ab("quote", "d06 Skerrow: 'had enough of pay rises that disappear' vs 'tired of pay rises that vanish'",
    [("d06a_strike", "Our members keep this city moving, and they have had enough of pay rises that disappear at the checkout")],
    [("d06b_strike", "Our members keep this city moving, and they are tired of pay rises that vanish at the checkout")]),
 ab("quote", "d07 Caillemotte: 'This was not improvised' vs 'Nothing about this was improvised'",
    [("d07a_museum", "They knew exactly where they were going. This was not improvised")],
    [("d07b_museum", "They knew exactly where they were going. Nothing about this was improvised")]),
 ab("quote", "d14 Gyarmathy: 'have given ... hear about it' vs 'gave ... had to hear it'",
    [("d14a_plant", "They have given this company their best years, and they hear about it on the radio")],
    [("d14b_plant", "They gave this company their best years, and they had to hear it on the radio")]),
]

consistent = [
 # d01
 same("figure", "d01 budget size: 4.2 trillion shilling = Ksh4.2 trillion", ("d01a_budget", "4.2 trillion shilling", 2), ("d01b_budget", "Ksh4.2 trillion")),
 same("date", "d01 budget day: Thursday (dateline June 11) = June 11", ("d01a_budget", "Thursday"), ("d01b_budget", "June 11", 2)),
 same("figure", "d01 VAT: 16% = 16 percent", ("d01a_budget", "16%"), ("d01b_budget", "16 percent")),
 same("figure", "d01 interest share: roughly a third of revenue = one in three shillings", ("d01a_budget", "a third"), ("d01b_budget", "one in three")),
 same("figure", "d01 different things: education 720 billion shillings vs health 470 billion shillings", ("d01a_budget", "720 billion shillings"), ("d01b_budget", "470 billion shillings")),
 same("date", "d01 fiscal year: starting in July = begins on July 1", ("d01a_budget", "July"), ("d01b_budget", "July 1")),
 same("role", "d01 Lumbasi: opposition lawmaker = opposition member of the finance committee", ("d01a_budget", "Opposition lawmaker Daniel Lumbasi"), ("d01b_budget", "Daniel Lumbasi, an opposition member of the finance committee")),
 # d02
 same("date", "d02 ruling: Wednesday (dateline Feb 4) = February 4", ("d02a_ruling", "Wednesday"), ("d02b_ruling", "February 4", 2)),
 same("figure", "d02 people monitored: at least 11 journalists = at least 11 reporters", ("d02a_ruling", "11 journalists"), ("d02b_ruling", "11 reporters")),
 same("figure", "d02 period: over the past decade = in the past ten years", ("d02a_ruling", "the past decade"), ("d02b_ruling", "the past ten years")),
 same("quote", "d02 Mokhethi's words identical", ("d02a_ruling", "a good day for every person who owns a phone"), ("d02b_ruling", "a good day for every person who owns a phone")),
 same("role", "d02 Ndwandwe: justice ministry spokesman = a spokesman for the justice ministry", ("d02a_ruling", "Justice ministry spokesman Sipho Ndwandwe"), ("d02b_ruling", "A spokesman for the justice ministry, Sipho Ndwandwe")),
 # d03
 same("figure", "d03 wind: 185 km/h = 115 mph = 185 kph", ("d03a_typhoon", "185 km/h"), ("d03b_typhoon", "115 mph"), ("d03c_typhoon", "185 kph")),
 same("figure", "d03 evacuated: more than 300,000 = 315,000 = more than 300,000", ("d03a_typhoon", "300,000"), ("d03b_typhoon", "315,000"), ("d03c_typhoon", "300,000")),
 same("figure", "d03 missing: 14 people = fourteen people = 14 others", ("d03a_typhoon", "14 people"), ("d03b_typhoon", "Fourteen people"), ("d03c_typhoon", "14 others")),
 same("figure", "d03 without power: about 1.1 million homes = around 1.1 million households", ("d03a_typhoon", "1.1 million homes"), ("d03b_typhoon", "1.1 million households")),
 same("figure", "d03 storms a year: around 20 = about 20", ("d03a_typhoon", "20 tropical storms"), ("d03c_typhoon", "20 storms")),
 same("date", "d03 different events: flights cancelled on Sunday (d03a) vs landfall on Saturday night (d03c)", ("d03a_typhoon", "Sunday"), ("d03c_typhoon", "Saturday")),
 same("quote", "d03 Tiongsonan: full quote vs shortened excerpt", ("d03a_typhoon", "The rain did not stop for almost twenty hours. Whole hillsides came down"),
      ("d03b_typhoon", "The rain did not stop for almost twenty hours. Whole hillsides came down"), ("d03c_typhoon", "Whole hillsides came down")),
 # d04
 same("figure", "d04 drop: about 200 metres = some 650 feet", ("d04a_buscrash", "200 metres"), ("d04b_buscrash", "650 feet")),
 same("figure", "d04 injured: 34 = another 34", ("d04a_buscrash", "34"), ("d04b_buscrash", "34")),
 same("figure", "d04 on board: 57 people = 57 passengers", ("d04a_buscrash", "57 people"), ("d04b_buscrash", "57 passengers")),
 same("figure", "d04 licence suspended: 90 days = three months", ("d04a_buscrash", "90 days"), ("d04b_buscrash", "three months")),
 same("figure", "d04 road deaths a year: about 3,000 in both", ("d04a_buscrash", "3,000"), ("d04b_buscrash", "3,000")),
 same("date", "d04 different events: bus left on Thursday evening (d04a) vs crash early on Saturday (d04b)", ("d04a_buscrash", "Thursday"), ("d04b_buscrash", "Saturday")),
 same("quote", "d04 Huamanchumo: full quote vs shortened excerpt", ("d04a_buscrash", "We heard a bang and then the bus was rolling. I do not know how I am alive"), ("d04b_buscrash", "We heard a bang and then the bus was rolling.")),
 # d05
 same("figure", "d05 trial size: nearly 1,800 = 1,795", ("d05a_drug", "1,800"), ("d05b_drug", "1,795")),
 same("figure", "d05 price: about €21,000 a year = 21,000 euros per year", ("d05a_drug", "€21,000"), ("d05b_drug", "21,000 euros")),
 same("date", "d05 committee opinion: Friday (dateline Nov 13) = November 13", ("d05a_drug", "Friday"), ("d05b_drug", "November 13", 2)),
 same("figure", "d05 share rise: 11% = 11 percent", ("d05a_drug", "11%"), ("d05b_drug", "11 percent")),
 same("figure", "d05 trial length: 18 months in both", ("d05a_drug", "18 months"), ("d05b_drug", "18 months")),
 # d06
 same("figure", "d06 turnout: 71% = seventy-one per cent", ("d06a_strike", "71%"), ("d06b_strike", "Seventy-one per cent")),
 same("figure", "d06 votes against: 611 in both", ("d06a_strike", "611"), ("d06b_strike", "611")),
 same("figure", "d06 offer: 4.5% = 4.5 per cent", ("d06a_strike", "4.5%"), ("d06b_strike", "4.5 per cent")),
 same("figure", "d06 claim: 9% = 9 per cent", ("d06a_strike", "9%"), ("d06b_strike", "9 per cent")),
 same("figure", "d06 different things: this year's offer 4.5% vs rises of 14 per cent over two years", ("d06a_strike", "4.5%"), ("d06b_strike", "14 per cent")),
 same("date", "d06 ballot result: Tuesday (dateline May 5) = May 5", ("d06a_strike", "Tuesday"), ("d06b_strike", "May 5", 2)),
 same("figure", "d06 length of stoppage: 48-hour = two days", ("d06a_strike", "48-hour"), ("d06b_strike", "two days")),
 same("figure", "d06 sites: nine depots = nine garages", ("d06a_strike", "nine depots"), ("d06b_strike", "nine garages")),
 same("date", "d06 last strike: more than a decade ago = in 2013", ("d06a_strike", "more than a decade"), ("d06b_strike", "2013")),
 same("role", "d06 Whinray: managing director = the firm's managing director", ("d06a_strike", "Managing director Alastair Whinray"), ("d06b_strike", "Alastair Whinray, the firm's managing director")),
 # d07
 same("figure", "d07 pieces stolen: 23 pieces = nearly two dozen = 23 jewels", ("d07a_museum", "23 pieces"), ("d07b_museum", "two dozen"), ("d07c_museum", "23")),
 same("figure", "d07 gang: four = four masked men = four men", ("d07a_museum", "four"), ("d07b_museum", "four masked men"), ("d07c_museum", "Four men")),
 same("date", "d07 reopening: closed until Friday = reopen on June 5 = reopen on Friday", ("d07a_museum", "until Friday"), ("d07b_museum", "June 5"), ("d07c_museum", "on Friday")),
 same("date", "d07 different events: theft early on Tuesday (d07a) vs appeal for witnesses on Wednesday (d07c)", ("d07a_museum", "Tuesday"), ("d07c_museum", "Wednesday")),
 same("date", "d07 bequest: in 1911 = more than a century ago", ("d07b_museum", "1911"), ("d07c_museum", "more than a century ago")),
 same("quote", "d07 Dufrechou: same words, quoted at different lengths", ("d07a_museum", "its value to the city cannot be measured in money"),
      ("d07b_museum", "cannot be measured in money"), ("d07c_museum", "cannot be measured in money")),
 same("quote", "d07 Caillemotte: d07c's shortened excerpt", ("d07a_museum", "They knew exactly where they were going. This was not improvised"), ("d07c_museum", "They knew exactly where they were going")),
 # d08
 same("figure", "d08 altitude: 700 km = about 435 miles", ("d08a_launch", "700 km"), ("d08b_launch", "435 miles")),
 same("figure", "d08 cost: €210 million = 210 million euros", ("d08a_launch", "€210 million"), ("d08b_launch", "210 million euros")),
 same("figure", "d08 separation: 57 minutes in both", ("d08a_launch", "57 minutes"), ("d08b_launch", "57 minutes")),
 same("figure", "d08 first images: within three weeks = about three weeks", ("d08a_launch", "three weeks"), ("d08b_launch", "three weeks")),
 same("figure", "d08 postponements: two = two delays", ("d08a_launch", "two postponements"), ("d08b_launch", "two delays")),
 same("date", "d08 different events: return to service in 2024 vs failure in 2022", ("d08a_launch", "2024"), ("d08b_launch", "2022")),
 same("quote", "d08 Ribardière's quote identical", ("d08a_launch", "Tonight the rocket did exactly what we asked of it"), ("d08b_launch", "Tonight the rocket did exactly what we asked of it")),
 # d09
 same("figure", "d09 net profit: NOK 4.1 billion = 4.1 billion Norwegian crowns", ("d09a_bank", "NOK 4.1 billion"), ("d09b_bank", "4.1 billion Norwegian crowns")),
 same("date", "d09 results: Thursday (dateline July 16) = July 16", ("d09a_bank", "Thursday"), ("d09b_bank", "July 16", 2)),
 same("figure", "d09 net interest income: NOK 7.9 billion = 7.9 billion crowns", ("d09a_bank", "NOK 7.9 billion"), ("d09b_bank", "7.9 billion crowns")),
 same("figure", "d09 return on equity target: above 13% = above 13 percent", ("d09a_bank", "13%"), ("d09b_bank", "13 percent", 2)),
 same("figure", "d09 capital ratio: 18.2% = 18.2 percent", ("d09a_bank", "18.2%"), ("d09b_bank", "18.2 percent")),
 same("figure", "d09 policy rate: 4.5% = 4.5 percent", ("d09a_bank", "4.5%"), ("d09b_bank", "4.5 percent")),
 same("figure", "d09 customers: about 1.2 million = around 1.2 million", ("d09a_bank", "1.2 million"), ("d09b_bank", "1.2 million")),
 same("figure", "d09 shares: rose 3.2% = gain 3.2 percent", ("d09a_bank", "3.2%"), ("d09b_bank", "3.2 percent")),
 same("quote", "d09 Brekkestø: full quote vs shortened excerpt", ("d09a_bank", "We are being careful with commercial property, but we see no sign of stress among households"), ("d09b_bank", "We see no sign of stress among households")),
 # d10
 same("figure", "d10 cost: 2.4 billion Danish crowns = DKK 2.4 billion", ("d10a_stadium", "2.4 billion Danish crowns"), ("d10b_stadium", "DKK 2.4 billion")),
 same("figure", "d10 roof height: 45 metres = 148 feet", ("d10a_stadium", "45 metres"), ("d10b_stadium", "148 feet")),
 same("figure", "d10 council vote: 24 to 7 = 24 votes to 7", ("d10a_stadium", "24 to 7"), ("d10b_stadium", "24 votes to 7")),
 same("figure", "d10 site workforce: about 1,200 workers = some 1,200 people", ("d10a_stadium", "1,200 workers"), ("d10b_stadium", "1,200 people")),
 same("figure", "d10 city's share: about half = roughly half", ("d10a_stadium", "about half"), ("d10b_stadium", "roughly half")),
 same("quote", "d10 Thyregod's quote identical", ("d10a_stadium", "A city of our size deserves a stadium where people want to spend a whole day, not just ninety minutes"),
      ("d10b_stadium", "A city of our size deserves a stadium where people want to spend a whole day, not just ninety minutes")),
 # d11
 same("figure", "d11 districts: Lahore and 10 other districts = 11 districts = 11 districts", ("d11a_schools", "10 other districts"), ("d11b_schools", "11 districts"), ("d11c_schools", "11 districts")),
 same("figure", "d11 AQI: above 450 = more than 450 = above 450", ("d11a_schools", "450"), ("d11b_schools", "450"), ("d11c_schools", "450")),
 same("figure", "d11 different days: AQI 612 on Wednesday vs 480 on Thursday morning", ("d11a_schools", "612"), ("d11b_schools", "480")),
 same("figure", "d11 bans: two weeks = two weeks = a fortnight", ("d11a_schools", "two weeks"), ("d11b_schools", "two weeks"), ("d11c_schools", "a fortnight")),
 same("figure", "d11 WHO hazard level: above 300 in all", ("d11a_schools", "300"), ("d11b_schools", "300"), ("d11c_schools", "300")),
 same("date", "d11 closure order: Thursday (dateline Nov 12) = Thursday", ("d11a_schools", "Thursday"), ("d11c_schools", "Thursday")),
 same("quote", "d11 Bhatterwal: full quote vs shortened excerpt", ("d11a_schools", "We cannot ask children to breathe this air while they walk to school"),
      ("d11b_schools", "We cannot ask children to breathe this air while they walk to school"), ("d11c_schools", "We cannot ask children to breathe this air")),
 # d12
 same("figure", "d12 slick: 11 km = about seven miles", ("d12a_oilspill", "11 km"), ("d12b_oilspill", "seven miles")),
 same("figure", "d12 coast: 15 km of coastline = 15 kilometres of beaches", ("d12a_oilspill", "15 km"), ("d12b_oilspill", "15 kilometres")),
 same("figure", "d12 cargo: 310,000 barrels in both", ("d12a_oilspill", "310,000 barrels"), ("d12b_oilspill", "310,000 barrels")),
 same("figure", "d12 different things: 2,500 barrels leaked vs 310,000 barrels of cargo", ("d12a_oilspill", "2,500 barrels"), ("d12b_oilspill", "310,000 barrels")),
 same("figure", "d12 crew: 22 in both", ("d12a_oilspill", "22"), ("d12b_oilspill", "22")),
 same("figure", "d12 clean-up: around 300 workers = some 300 people", ("d12a_oilspill", "300 workers"), ("d12b_oilspill", "300 people")),
 same("figure", "d12 salvage: within five days in both", ("d12a_oilspill", "five days"), ("d12b_oilspill", "five days")),
 same("quote", "d12 Persadsingh's quote identical", ("d12a_oilspill", "Our priority is to stop the leak and protect the mangroves"), ("d12b_oilspill", "Our priority is to stop the leak and protect the mangroves")),
 # d13
 same("figure", "d13 voters: about 1.4 million = roughly 1.4 million", ("d13a_election", "1.4 million"), ("d13b_election", "1.4 million")),
 same("figure", "d13 assembly: 120-seat in both", ("d13a_election", "120-seat"), ("d13b_election", "120-seat")),
 same("figure", "d13 constituency seats: 80 seats = eighty", ("d13a_election", "80 seats"), ("d13b_election", "Eighty")),
 same("date", "d13 announcement: Wednesday (dateline April 22) = April 22", ("d13a_election", "Wednesday"), ("d13b_election", "April 22", 2)),
 same("date", "d13 dissolution: on Friday = on April 24", ("d13a_election", "Friday"), ("d13b_election", "April 24")),
 same("figure", "d13 early elections: three held since 2012 = this is the fourth", ("d13a_election", "three early elections"), ("d13b_election", "fourth early election")),
 same("quote", "d13 Mothibeli: full quote vs shortened excerpt", ("d13a_election", "The people must decide who governs them, not deals made in hotel rooms"), ("d13b_election", "The people must decide who governs them")),
 # d14
 same("date", "d14 announcement: Tuesday (dateline Sept 29) = September 29", ("d14a_plant", "Tuesday"), ("d14b_plant", "September 29", 2)),
 same("figure", "d14 plant's age: for 28 years = since 1998", ("d14a_plant", "28 years"), ("d14b_plant", "1998")),
 same("figure", "d14 severance: 45 million euros = €45 million", ("d14a_plant", "45 million euros"), ("d14b_plant", "€45 million")),
 same("date", "d14 closure: by the end of 2027 in both", ("d14a_plant", "2027"), ("d14b_plant", "2027", 1)),
 same("date", "d14 wind-down: from next spring = from the spring of 2027", ("d14a_plant", "next spring"), ("d14b_plant", "the spring of 2027")),
 same("quote", "d14 Ferenczik: full quote vs shortened excerpt", ("d14a_plant", "This is a painful decision, and it is not a judgment on the people in Gyor, who have done excellent work"), ("d14b_plant", "not a judgment on the people in Gyor")),
 same("role", "d14 Ferenczik: board member for production = management board member responsible for production", ("d14a_plant", "board member for production, Matthias Ferenczik"), ("d14b_plant", "Matthias Ferenczik, the management board member responsible for production")),
 same("role", "d14 Gyarmathy: local union leader = leads the union at the plant", ("d14a_plant", "Local union leader Erzsebet Gyarmathy"), ("d14b_plant", "Erzsebet Gyarmathy, who leads the union at the plant")),
 # d15
 same("figure", "d15 depth: 400 metres = about 1,300 feet = 400 metres", ("d15a_mine", "400 metres"), ("d15b_mine", "1,300 feet"), ("d15c_mine", "400 metres")),
 same("figure", "d15 others on shift: more than 120 = some 126 = more than 120", ("d15a_mine", "120"), ("d15b_mine", "126"), ("d15c_mine", "120")),
 same("figure", "d15 rescue tunnel: 60-metre = 60 metres = 60-metre", ("d15a_mine", "60-metre"), ("d15b_mine", "60 metres"), ("d15c_mine", "60-metre")),
 same("date", "d15 collapse: on Tuesday = a day earlier (than Wednesday) = on Tuesday", ("d15a_mine", "Tuesday"), ("d15b_mine", "a day earlier"), ("d15c_mine", "Tuesday")),
 same("date", "d15 different events: collapse on Tuesday vs voice contact on Wednesday", ("d15a_mine", "Tuesday"), ("d15b_mine", "Wednesday")),
 same("quote", "d15 Chansa-Mulenga: full quote vs shortened excerpts", ("d15a_mine", "They are alive and they are talking to us. Our job now is to bring every one of them home"),
      ("d15b_mine", "They are alive and they are talking to us."), ("d15c_mine", "Our job now is to bring every one of them home")),
 same("quote", "d15 Mwelwa's quote identical", ("d15a_mine", "We will not leave until we see them"), ("d15b_mine", "We will not leave until we see them")),
 # d16 (reports agree on everything)
 same("figure", "d16 population: 8 million = some 8 million", ("d16a_water", "8 million"), ("d16b_water", "8 million")),
 same("date", "d16 rationing began: nearly two years ago = since April 2024", ("d16a_water", "nearly two years ago"), ("d16b_water", "April 2024")),
 same("date", "d16 announcement: Thursday (dateline April 9) = April 9", ("d16a_water", "Thursday"), ("d16b_water", "April 9", 2)),
 same("date", "d16 end of rationing: on April 20 = in 11 days (from April 9)", ("d16a_water", "April 20"), ("d16b_water", "in 11 days")),
 same("figure", "d16 cut: 24 hours = a full day", ("d16a_water", "24 hours"), ("d16b_water", "a full day")),
 same("figure", "d16 cycle: every nine days = once every nine days", ("d16a_water", "nine days"), ("d16b_water", "nine days")),
 same("figure", "d16 reservoir level: 72% = 72 percent", ("d16a_water", "72%"), ("d16b_water", "72 percent")),
 same("figure", "d16 low point: 16% = 16 percent", ("d16a_water", "16%"), ("d16b_water", "16 percent")),
 same("figure", "d16 March rain: 50% above normal = one and a half times the usual", ("d16a_water", "50% above normal"), ("d16b_water", "one and a half times")),
 same("figure", "d16 household use: 16 cubic metres a month in both", ("d16a_water", "16 cubic metres"), ("d16b_water", "16 cubic metres")),
 same("figure", "d16 fines: 1.6 million pesos = COP 1.6 million", ("d16a_water", "1.6 million pesos"), ("d16b_water", "COP 1.6 million")),
 same("figure", "d16 Chingaza share: about 70% = roughly 70 percent", ("d16a_water", "70%"), ("d16b_water", "70 percent")),
 same("quote", "d16 Bermeo-Rincón's quote identical", ("d16a_water", "The rains helped, but what really saved us was that people learned to use less water"),
      ("d16b_water", "The rains helped, but what really saved us was that people learned to use less water")),
 same("role", "d16 Bermeo-Rincón: general manager of the city water and sewerage company = the utility's general manager",
      ("d16a_water", "Natalia Bermeo-Rincón, general manager of the city water and sewerage company"), ("d16b_water", "the utility's general manager, Natalia Bermeo-Rincón")),
 same("role", "d16 Cuervo-Largacha: the city's environment secretary = environment secretary",
      ("d16a_water", "environment secretary, Julián Cuervo-Largacha"), ("d16b_water", "Environment secretary Julián Cuervo-Largacha")),
]

optional = [
 ab("figure", "d03 headline 'kills 27' (d03a) and 'toll reaches 27' (d03c) vs 23", [("d03a_typhoon", "27"), ("d03c_typhoon", "27")], [("d03b_typhoon", "23")]),
 ab("figure", "d04 headlines 'killing 19' vs '16 dead'", [("d04a_buscrash", "19"), ("d04a_buscrash", "19 passengers")], [("d04b_buscrash", "16"), ("d04b_buscrash", "Sixteen people")]),
 ab("figure", "d07 headline '€12 million' vs some 21 million euros", [("d07a_museum", "€12 million")], [("d07b_museum", "21 million euros")]),
 ab("figure", "d09 headline 'jumps 18%' vs 13 percent", [("d09a_bank", "18%")], [("d09b_bank", "13 percent")]),
 ab("figure", "d10 headline '38,000-seat' vs 36,000-seat", [("d10a_stadium", "38,000-seat")], [("d10b_stadium", "36,000-seat")]),
 ab("figure", "d14 headline 'cutting 1,350 jobs' vs 1,530 people", [("d14a_plant", "1,350 jobs")], [("d14b_plant", "1,530 people")]),
 ab("figure", "d15 headlines 'Eight miners trapped' vs 'traps 11'", [("d15a_mine", "Eight miners"), ("d15a_mine", "Eight miners", 2), ("d15b_mine", "eight miners")],
    [("d15c_mine", "11"), ("d15c_mine", "Eleven miners")]),
 ab("date", "d11 headline 'closed until December' vs November 24", [("d11a_schools", "November 24"), ("d11c_schools", "November 24")], [("d11b_schools", "December")]),
 ab("date", "d04 dateline March 7 (the Saturday) vs crash on Friday", [("d04a_buscrash", "Friday")], [("d04b_buscrash", "March 7")]),
 ab("date", "d08 dateline Sept 2 (the Wednesday) vs launch on Tuesday", [("d08a_launch", "Tuesday")], [("d08b_launch", "September 2")]),
]

out = {"schema": "concord.conflicts/1", "conflicts": conflicts, "consistent": consistent, "optional": optional}
with open(sys.argv[1] if len(sys.argv) > 1 else 'conflicts.gold.json', 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(conflicts), "conflict groups,", len(consistent), "consistent,", len(optional), "optional")
