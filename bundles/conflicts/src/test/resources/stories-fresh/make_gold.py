# Writes conflicts.gold.json (concord.conflicts/1) for the texts in docs/: spans are found by their text.
# Sixteen stories (s01..s16), each told by two reports (s08, s12 and s16 by three), written for this set.
# Planted disagreements: changed figures, changed dates, reworded quotes of the same speaker, quotes given to
# another person, changed roles; plus statements that only look different (consistent) and two stories whose
# reports agree on everything (s13, s14). Headline restatements of a changed figure and datelines are optional.
# Written, with this gold, before Concord was run on the texts.
# Usage: python3 make_gold.py conflicts.gold.json
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_claims import claims  # noqa: E402 (beside this set's folder)
texts, c, g, ab, same = claims(__file__)

conflicts = [
 # ---- figures (8 groups)
 ab("figure", "s01 flood death toll: 38 vs 31",
    [("s01a_flood", "38 people")], [("s01b_flood", "31 people")]),
 ab("figure", "s02 prison sentence: six years vs eight years",
    [("s02a_fraud", "six years", 2)], [("s02b_fraud", "eight years")]),
 ab("figure", "s03 rise in operating profit: 12% vs 21%",
    [("s03a_results", "12%", 2)], [("s03b_results", "21%")]),
 ab("figure", "s06 measles cases since January: 214 vs 241",
    [("s06a_measles", "214 cases")], [("s06b_measles", "241")]),
 ab("figure", "s08 earthquake magnitude: 6.1 (s08a, s08c) vs 6.4 (s08b)",
    [("s08a_quake", "6.1"), ("s08c_quake", "6.1")], [("s08b_quake", "6.4")]),
 ab("figure", "s10 price of Voar Norte: $450 million vs $540 million",
    [("s10a_airline", "$450 million", 2)], [("s10b_airline", "$540 million")]),
 ab("figure", "s12 winner's vote share: 52.4% (s12a, s12c) vs 54.2% (s12b)",
    [("s12a_mayor", "52.4%"), ("s12c_mayor", "52.4%")], [("s12b_mayor", "54.2%")]),
 ab("figure", "s15 area burned: 12,000 hectares vs 21,000 hectares",
    [("s15a_wildfire", "12,000 hectares")], [("s15b_wildfire", "21,000 hectares")]),
 # ---- dates (4 groups)
 ab("date", "s04 day of the marathon: Saturday vs Sunday",
    [("s04a_marathon", "Saturday")], [("s04b_marathon", "Sunday")]),
 ab("date", "s07 bridge reopening: 14 September vs 21 September",
    [("s07a_bridge", "14 September")], [("s07b_bridge", "21 September")]),
 ab("date", "s09 day of the appeal ruling: Wednesday vs Thursday",
    [("s09a_appeal", "Wednesday")], [("s09b_appeal", "Thursday")]),
 ab("date", "s15 day the fire broke out: Monday vs Tuesday",
    [("s15a_wildfire", "Monday")], [("s15b_wildfire", "Tuesday")]),
 # ---- reworded quotes of the same speaker (5 groups)
 ab("quote", "s02 Judge Marchbank: 'everything they had saved' vs 'everything they had put aside'",
    [("s02a_fraud", "You betrayed people who trusted you with everything they had saved over a lifetime of work, and you did it with a smile.")],
    [("s02b_fraud", "You betrayed people who trusted you with everything they had put aside over a lifetime of work, and you did it with a smile.")]),
 ab("quote", "s05 Vorlicek: 'asks young people to pay' vs 'asks the young to pay'",
    [("s05a_coalition", "We cannot sign a programme that asks young people to pay for promises nobody can keep")],
    [("s05b_coalition", "We cannot sign a programme that asks the young to pay for promises nobody can keep")]),
 ab("quote", "s10 Barreda: 'the regional network we have been missing' vs 'we were lacking'",
    [("s10a_airline", "This gives us the regional network we have been missing, and Porto becomes our second hub on the Iberian peninsula")],
    [("s10b_airline", "This gives us the regional network we were lacking, and Porto becomes our second hub on the Iberian peninsula")]),
 ab("quote", "s15 Rebelo: 'keeps changing ... decisive' vs 'keeps shifting ... crucial'",
    [("s15a_wildfire", "We have the fire surrounded on three sides, but the wind keeps changing, and the next 24 hours will be decisive")],
    [("s15b_wildfire", "We have the fire surrounded on three sides, but the wind keeps shifting, and the next 24 hours will be crucial")]),
 ab("quote", "s16 Klimczyk: 'neglected their duties, they will answer for it' (s16a, s16c excerpt) vs 'failed in their duties, they will be held responsible' (s16b)",
    [("s16a_train", "We will find out exactly what happened here, and if anyone neglected their duties, they will answer for it"),
     ("s16c_train", "If anyone neglected their duties, they will answer for it")],
    [("s16b_train", "We will find out exactly what happened here, and if anyone failed in their duties, they will be held responsible")]),
 # ---- quote given to a different person (3 groups)
 ab("attribution", "s03 'Households are replacing gas boilers...': chief executive Sjoblad-Berg vs finance director Haugaard",
    [("s03a_results", "Households are replacing gas boilers faster than we expected, and our factories are running at full capacity")],
    [("s03b_results", "Households are replacing gas boilers faster than we expected, and our factories are running at full capacity")]),
 ab("attribution", "s08 'Many of the old adobe houses...': governor Ccahuana Yupanqui (s08a, s08c excerpt) vs Chivay mayor Condori (s08b)",
    [("s08a_quake", "Many of the old adobe houses simply fell on the families inside. We are still digging in three villages"),
     ("s08c_quake", "We are still digging in three villages")],
    [("s08b_quake", "Many of the old adobe houses simply fell on the families inside. We are still digging in three villages")]),
 ab("attribution", "s11 'We talked at half-time...': captain Roche vs head coach Brennock",
    [("s11a_rugby", "We talked at half-time about trusting each other, and the lads were unbelievable in that second half")],
    [("s11b_rugby", "We talked at half-time about trusting each other, and the lads were unbelievable in that second half")]),
 # ---- changed roles (4 groups)
 ab("role", "s05 Vorlicek: Interior Minister vs a former interior minister",
    [("s05a_coalition", "Interior Minister Tomas Vorlicek")], [("s05b_coalition", "Tomas Vorlicek, a former interior minister")]),
 ab("role", "s09 Okonjo: Justice vs Chief Justice",
    [("s09a_appeal", "Justice Miriam Okonjo")], [("s09b_appeal", "Chief Justice Miriam Okonjo")]),
 ab("role", "s12 Dudzik: deputy mayor (s12a, s12b) vs the city's mayor (s12c)",
    [("s12a_mayor", "deputy mayor Pawel Dudzik"), ("s12b_mayor", "Pawel Dudzik, the deputy mayor")],
    [("s12c_mayor", "the city's mayor, Pawel Dudzik")]),
 ab("role", "s16 Klimczyk: Infrastructure Minister (s16a, s16c) vs deputy infrastructure minister (s16b)",
    [("s16a_train", "Infrastructure Minister Dariusz Klimczyk"), ("s16c_train", "Infrastructure Minister Dariusz Klimczyk")],
    [("s16b_train", "Deputy infrastructure minister Dariusz Klimczyk")]),
]

consistent = [
 # s01
 same("figure", "s01 villages flooded: more than 40 = 45", ("s01a_flood", "40 villages"), ("s01b_flood", "45 villages")),
 same("date", "s01 day of the floods: Tuesday = June 16 (dateline June 17)", ("s01a_flood", "Tuesday"), ("s01b_flood", "June 16")),
 same("date", "s01 different events: deaths on Tuesday vs rescue on Wednesday", ("s01a_flood", "Tuesday"), ("s01b_flood", "Wednesday")),
 same("figure", "s01 people in shelters: around 60,000 = about 60,000", ("s01a_flood", "60,000"), ("s01b_flood", "60,000")),
 same("quote", "s01 Haldar's quote identical", ("s01a_flood", "The water came faster than anyone here has ever seen"), ("s01b_flood", "The water came faster than anyone here has ever seen")),
 # s02
 same("figure", "s02 sum stolen: £3.4 million = 3.4 million pounds", ("s02a_fraud", "£3.4 million"), ("s02b_fraud", "3.4 million pounds", 2)),
 same("date", "s02 sentencing: Thursday (dateline March 12) = March 12", ("s02a_fraud", "Thursday"), ("s02b_fraud", "March 12")),
 same("quote", "s02 Prowse: same words", ("s02a_fraud", "Some of them will never recover financially"), ("s02b_fraud", "Some of them will never recover financially")),
 # s03
 same("figure", "s03 sales: $1.2 billion = 1.2 billion dollars", ("s03a_results", "$1.2 billion"), ("s03b_results", "1.2 billion dollars")),
 same("date", "s03 second Polish line: next year (October 2026) = in 2027", ("s03a_results", "next year"), ("s03b_results", "2027")),
 same("quote", "s03 Haugaard's raw-material quote identical", ("s03a_results", "We expect raw material costs to stay high into the spring"), ("s03b_results", "We expect raw material costs to stay high into the spring")),
 same("role", "s03 Haugaard: finance director in both", ("s03a_results", "Finance director Peter Haugaard"), ("s03b_results", "finance director Peter Haugaard")),
 # s04
 same("figure", "s04 run alone: last 10 km = final six miles", ("s04a_marathon", "10 km"), ("s04b_marathon", "six miles")),
 same("quote", "s04 Chepkoech's quote identical", ("s04a_marathon", "I felt strong at the bridge"), ("s04b_marathon", "I felt strong at the bridge")),
 # s05
 same("figure", "s05 seats: 104 of 200 = 104 seats in the 200-member house", ("s05a_coalition", "104"), ("s05b_coalition", "104 seats")),
 # s06
 same("role", "s06 Dumoulin: regional health director = director of the regional health agency",
      ("s06a_measles", "regional health director Claire Dumoulin"), ("s06b_measles", "Claire Dumoulin, director of the regional health agency")),
 same("date", "s06 news conference: Thursday (dateline March 12) = March 12", ("s06a_measles", "Thursday"), ("s06b_measles", "March 12")),
 same("quote", "s06 Dumoulin: shortened excerpt", ("s06a_measles", "Measles is not a harmless childhood illness. It can cause pneumonia"), ("s06b_measles", "Measles is not a harmless childhood illness")),
 # s07
 same("quote", "s07 Ashworth: shortened excerpt", ("s07a_bridge", "We know this has been a long summer"), ("s07b_bridge", "We will not reopen a bridge until we are sure it is safe")),
 same("figure", "s07 takings down by a third = fallen by around a third", ("s07a_bridge", "a third"), ("s07b_bridge", "a third")),
 same("figure", "s07 vehicles a day: about 25,000 = around 25,000", ("s07a_bridge", "25,000"), ("s07b_bridge", "25,000")),
 # s08
 same("figure", "s08 depth: 10 km = six miles = 10 kilometres", ("s08a_quake", "10 km"), ("s08b_quake", "six miles"), ("s08c_quake", "10 kilometres")),
 same("figure", "s08 injured: 212 = 212 = more than 200", ("s08a_quake", "212"), ("s08b_quake", "212"), ("s08c_quake", "200")),
 same("figure", "s08 dead: nine in all reports", ("s08a_quake", "nine", 1), ("s08b_quake", "nine", 2), ("s08c_quake", "nine")),
 # s09
 same("role", "s09 Teale: lawyer = barrister", ("s09a_appeal", "lawyer, Hamish Teale"), ("s09b_appeal", "barrister Hamish Teale")),
 same("figure", "s09 sentence: four years in both", ("s09a_appeal", "four years"), ("s09b_appeal", "four years")),
 # s10
 same("figure", "s10 passengers: 2.3 million last year = in the past year", ("s10a_airline", "2.3 million"), ("s10b_airline", "2.3 million")),
 same("role", "s10 Pestana: founder = founder and majority shareholder", ("s10a_airline", "founder, Joao Pestana"), ("s10b_airline", "founder and majority shareholder Joao Pestana")),
 # s11
 same("figure", "s11 crowd: more than 30,000 = 32,000", ("s11a_rugby", "30,000"), ("s11b_rugby", "32,000")),
 same("quote", "s11 Brennock's quote on Fahey identical", ("s11a_rugby", "He has the speed, but what impressed me today was his patience"), ("s11b_rugby", "He has the speed, but what impressed me today was his patience")),
 # s12
 same("figure", "s12 turnout: 48% = 48 per cent = about 48%", ("s12a_mayor", "48%"), ("s12b_mayor", "48 per cent"), ("s12c_mayor", "48%")),
 same("quote", "s12 Wrobel-Kasprzak: full quote vs shortened excerpt",
      ("s12a_mayor", "People in this city want trams that run on time and rents they can afford, not party politics"),
      ("s12b_mayor", "People in this city want trams that run on time and rents they can afford, not party politics"),
      ("s12c_mayor", "People in this city want trams that run on time and rents they can afford")),
 same("date", "s12 tram lines: by 2030 = by the end of the decade", ("s12a_mayor", "2030"), ("s12b_mayor", "the end of the decade")),
 same("date", "s12 taking office: in May = next month (election in April)", ("s12a_mayor", "May"), ("s12b_mayor", "next month"), ("s12c_mayor", "May")),
 # s13 (reports agree on everything)
 same("figure", "s13 fall in two-year waits: 40% = two-fifths", ("s13a_waiting", "40%"), ("s13b_waiting", "two-fifths")),
 same("figure", "s13 waiting before: about 3,100 = roughly 3,100", ("s13a_waiting", "3,100"), ("s13b_waiting", "3,100")),
 same("figure", "s13 hub capacity: up to 30 operations a day = as many as 30 daily", ("s13a_waiting", "30 operations"), ("s13b_waiting", "30 operations")),
 same("date", "s13 figures published: Tuesday (dateline February 3) = February 3", ("s13a_waiting", "Tuesday"), ("s13b_waiting", "February 3")),
 same("quote", "s13 Gwillim: shortened excerpt", ("s13a_waiting", "We are not where we want to be, but for the first time in years the longest waits are coming down every month"),
      ("s13b_waiting", "For the first time in years the longest waits are coming down every month")),
 same("role", "s13 Gwillim: the board's medical director = medical director of the health board",
      ("s13a_waiting", "the board's medical director, Dr Rhodri Gwillim"), ("s13b_waiting", "Dr Rhodri Gwillim, medical director of the health board")),
 same("figure", "s13 nurses: 14 theatre nurses from abroad = 14 nurses from overseas", ("s13a_waiting", "14 theatre nurses"), ("s13b_waiting", "14 nurses")),
 # s14 (reports agree on everything)
 same("figure", "s14 cost: 18.5 million euros = €18.5 million", ("s14a_library", "18.5 million euros"), ("s14b_library", "€18.5 million")),
 same("date", "s14 reopening: Thursday (dateline November 5) = November 5", ("s14a_library", "Thursday"), ("s14b_library", "November 5")),
 same("quote", "s14 Ni Fhathaigh: shortened excerpt", ("s14a_library", "A library is the one place in town where nobody asks you to buy anything. We wanted"),
      ("s14b_library", "A library is the one place in town where nobody asks you to buy anything.")),
 same("figure", "s14 first-day visitors: more than 2,000 = 2,150", ("s14a_library", "2,000"), ("s14b_library", "2,150")),
 same("figure", "s14 books back from storage: about 90,000 = roughly 90,000", ("s14a_library", "90,000"), ("s14b_library", "90,000")),
 same("role", "s14 Fennerty: Mayor of Galway = the city's mayor", ("s14a_library", "Mayor of Galway Seamus Fennerty"), ("s14b_library", "The city's mayor, Seamus Fennerty")),
 same("figure", "s14 floor area: 4,200 square metres in both", ("s14a_library", "4,200 square metres"), ("s14b_library", "4,200 square metres")),
 # s15
 same("figure", "s15 fire front: 30 km = about 19 miles", ("s15a_wildfire", "30 km"), ("s15b_wildfire", "19 miles")),
 same("figure", "s15 temperature: 43 degrees Celsius = 43C", ("s15a_wildfire", "43 degrees Celsius"), ("s15b_wildfire", "43C")),
 same("figure", "s15 villages evacuated: 14 in both", ("s15a_wildfire", "14 villages"), ("s15b_wildfire", "14 villages")),
 # s16
 same("figure", "s16 injured: 43 = more than 40 = 43", ("s16a_train", "43", 2), ("s16b_train", "40"), ("s16c_train", "43")),
 same("figure", "s16 speed: around 80 km/h = around 50 mph", ("s16a_train", "80 km/h"), ("s16b_train", "50 mph")),
 same("date", "s16 derailment: Monday = Monday = September 14", ("s16a_train", "Monday"), ("s16b_train", "Monday"), ("s16c_train", "September 14")),
 same("date", "s16 different events: derailment on Monday vs commission statement and reopening on Tuesday",
      ("s16a_train", "Monday"), ("s16b_train", "Monday"), ("s16c_train", "Tuesday")),
 same("quote", "s16 Sobczynska's quote identical", ("s16a_train", "I heard a terrible screech"), ("s16b_train", "I heard a terrible screech")),
]

optional = [
 ab("figure", "s01 headline 'kill 38' vs 31 people", [("s01a_flood", "38")], [("s01b_flood", "31 people")]),
 ab("figure", "s02 headline 'jailed for six years' vs eight years", [("s02a_fraud", "six years")], [("s02b_fraud", "eight years")]),
 ab("figure", "s03 headline 'jumps 12%' vs 21%", [("s03a_results", "12%")], [("s03b_results", "21%")]),
 ab("figure", "s06 headline 'rise to 214' vs 241", [("s06a_measles", "214")], [("s06b_measles", "241")]),
 ab("figure", "s10 headline '$450 million' vs $540 million", [("s10a_airline", "$450 million")], [("s10b_airline", "$540 million")]),
 ab("date", "s04 dateline April 18 (the Saturday) vs Sunday", [("s04a_marathon", "April 18")], [("s04b_marathon", "Sunday")]),
 ab("date", "s09 dateline October 7 (the Wednesday) vs Thursday", [("s09a_appeal", "October 7")], [("s09b_appeal", "Thursday")]),
 ab("date", "s15 dateline July 22 (Wednesday) vs fire started on Tuesday", [("s15a_wildfire", "July 22")], [("s15b_wildfire", "Tuesday")]),
]

out = {"schema": "concord.conflicts/1", "conflicts": conflicts, "consistent": consistent, "optional": optional}
with open(sys.argv[1] if len(sys.argv) > 1 else 'conflicts.gold.json', 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(conflicts), "conflict groups,", len(consistent), "consistent,", len(optional), "optional")
