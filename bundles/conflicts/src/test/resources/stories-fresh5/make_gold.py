#!/usr/bin/env python3
"""Gold conflicts for stories-fresh5, written by hand from the texts in docs/ (spans found by their text).

  python3 make_gold.py conflicts.gold.json
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_claims import claims  # noqa: E402 (beside this set's folder)
texts, c, g, ab, same = claims(__file__)

a1, b1, c1 = "k01a_norovirus", "k01b_norovirus", "k01c_norovirus"
a2, b2 = "k02a_governor", "k02b_governor"
a3, b3 = "k03a_ranking", "k03b_ranking"
a4, b4 = "k04a_bus", "k04b_bus"
a5, b5 = "k05a_mackerel", "k05b_mackerel"
a6, b6 = "k06a_marathon", "k06b_marathon"
a7, b7 = "k07a_outage", "k07b_outage"
a8, b8, c8 = "k08a_hostages", "k08b_hostages", "k08c_hostages"
a9, b9 = "k09a_dam", "k09b_dam"
a10, b10 = "k10a_festival", "k10b_festival"
a11, b11 = "k11a_pensions", "k11b_pensions"
a12, b12 = "k12a_coins", "k12b_coins"

CONFINED = "Passengers were confined to their cabins for their own safety"
CONTAINED = "The outbreak is contained, and we expect to sail again on Saturday"
DRIVER = "The driver had been at the wheel for 14 hours without a break"
FISH = "The fish do not know where our borders are"
WIND = "The wind off the sea broke everyone after 30 kilometres"
RANSOM = "No ransom was paid. These people were freed through patience and dialogue"
HOME = "We never stopped believing we would come home"
TURN = "This film is for everyone who was told to wait their turn"
THEFT = "This reform is theft dressed up as solidarity"

conflicts = [
 # ---- k01 cruise-ship norovirus outbreak (Piraeus, Greece), three reports
 ab("figure", "k01 people sick: 412 (k01a, c) vs 241 (k01b)",
    [(a1, "412 people"), (c1, "412", 2)], [(b1, "241 people")]),
 ab("date", "k01 ship docked: on Tuesday (= May 15, dateline Wednesday May 16) / on the evening of May 15 (k01c) vs on May 14 (k01b)",
    [(a1, "Tuesday"), (c1, "May 15")], [(b1, "May 14")]),
 ab("role", "k01 Skjelbrede: Chief Executive (k01a) / its chief executive (k01b) vs the chief operating officer (k01c)",
    [(a1, "Halvorsund Chief Executive Morten Skjelbrede"), (b1, "Its chief executive, Morten Skjelbrede")],
    [(c1, "Morten Skjelbrede, the chief operating officer of Halvorsund Cruises")]),
 ab("quote", "k01 Skjelbrede: 'The outbreak is contained, and we expect to sail...' vs 'The outbreak is not yet contained, but we hope to sail...'",
    [(a1, CONTAINED), (b1, CONTAINED)],
    [(c1, "The outbreak is not yet contained, but we hope to sail again on Saturday")]),
 ab("attribution", "k01 'Passengers were confined to their cabins...': captain Ventresca-Lupi (k01a, c) vs health official Kourtelidou (k01b)",
    [(a1, CONFINED), (c1, CONFINED)], [(b1, CONFINED)]),
 # ---- k02 central-bank governor resigns (Accra, Ghana)
 ab("date", "k02 governor leaves office: on March 31 vs at the end of April (a deadline changed)",
    [(a2, "March 31")], [(b2, "the end of April")]),
 ab("date", "k02 governor appointed: in 2023 vs five years ago (= 2024; the term ends in 2031, two years after the 2029 resignation)",
    [(a2, "2023")], [(b2, "five years ago")]),
 ab("role", "k02 Darkwa-Ofosuhene: First Deputy Governor vs his second deputy governor",
    [(a2, "First Deputy Governor Akosua Darkwa-Ofosuhene")], [(b2, "His second deputy governor, Akosua Darkwa-Ofosuhene")]),
 ab("figure", "k02 inflation: 23.4% vs 32.4 percent", [(a2, "23.4%")], [(b2, "32.4 percent")]),
 ab("quote", "k02 Nyamekye-Boadwa: 'I leave with the job half done, and I regret that' vs 'I leave with the job done'",
    [(a2, "I leave with the job half done, and I regret that")], [(b2, "I leave with the job done")]),
 # ---- k03 university ranking (Singapore)
 ab("figure", "k03 Jurong Tech's overall score: 91.3 vs 93.1 points", [(a3, "91.3")], [(b3, "93.1 points")]),
 ab("date", "k03 full tables published: on October 2 vs on October 9", [(a3, "October 2")], [(b3, "October 9")]),
 ab("role", "k03 Venkatachalapathy: head of rankings at Quillmark vs a senior analyst at Quillmark",
    [(a3, "Deepali Venkatachalapathy, head of rankings at Quillmark")],
    [(b3, "Deepali Venkatachalapathy, a senior analyst at Quillmark Education Analytics")]),
 ab("quote", "k03 Venkatachalapathy: 'Asian universities are catching up with the West' vs 'have caught up with the West'",
    [(a3, "Asian universities are catching up with the West, and the gap is closing faster than anyone predicted")],
    [(b3, "Asian universities have caught up with the West, and the gap is closing faster than anyone predicted")]),
 # ---- k04 bus crash (Cusco region, Peru)
 ab("figure", "k04 dead: 19 people vs Sixteen people", [(a4, "19 people")], [(b4, "Sixteen people")]),
 ab("date", "k04 crash: before dawn on Sunday (dateline Sunday Nov 18) vs on Friday night", [(a4, "Sunday")], [(b4, "Friday night")]),
 ab("role", "k04 Quispihuanca: head of the Cusco regional police vs a police spokesman",
    [(a4, "General Leoncio Quispihuanca, head of the Cusco regional police")],
    [(b4, "A police spokesman, General Leoncio Quispihuanca")]),
 ab("attribution", "k04 'The driver had been at the wheel for 14 hours...': police head Quispihuanca (k04a) vs survivor Ccahuanaupa (k04b)",
    [(a4, DRIVER)], [(b4, DRIVER)]),
 # ---- k05 mackerel quota deal (Torshavn, Faroe Islands)
 ab("figure", "k05 Iceland's share: 16.5% vs 15.6 percent", [(a5, "16.5%")], [(b5, "15.6 percent")]),
 ab("date", "k05 deal reached: on Thursday (dateline Friday Dec 14) vs on Wednesday", [(a5, "Thursday")], [(b5, "Wednesday")]),
 ab("role", "k05 Thorvaldsdottir-Eyjolfs: Iceland's Fisheries Minister vs its foreign minister",
    [(a5, "Fisheries Minister Sigrún Thorvaldsdóttir-Eyjólfs")], [(b5, "its foreign minister, Sigrún Thorvaldsdóttir-Eyjólfs")]),
 ab("quote", "k05 Heinesen-Dalsgaard: 'We gave up more than we wanted, but...' vs 'We gave up less than we feared, and...'",
    [(a5, "We gave up more than we wanted, but we have a deal that lasts")],
    [(b5, "We gave up less than we feared, and we have a deal that lasts")]),
 ab("attribution", "k05 'The fish do not know where our borders are': Norway's chief negotiator Brattegard-Hovde (k05a) vs biologist Aasgaard-Lien (k05b)",
    [(a5, FISH)], [(b5, FISH)]),
 # ---- k06 marathon (Gdansk, Poland)
 ab("figure", "k06 winning time: 2:05:41 vs 2:05:14", [(a6, "2:05:41")], [(b6, "2:05:14")]),
 ab("date", "k06 race: on Sunday (the April 15 dateline) vs On Saturday", [(a6, "Sunday")], [(b6, "Saturday")]),
 ab("role", "k06 Zawadzki-Lipiec: Race director vs the race's medical director",
    [(a6, "Race director Grzegorz Zawadzki-Lipiec")], [(b6, "Grzegorz Zawadzki-Lipiec, the race's medical director")]),
 ab("quote", "k06 Gebremeskelu: 'I could have run faster without the wind' vs 'I could not have run faster, even without the wind'",
    [(a6, "I could have run faster without the wind, but today the record was enough")],
    [(b6, "I could not have run faster, even without the wind")]),
 ab("attribution", "k06 'The wind off the sea broke everyone after 30 kilometres': winner Gebremeskelu (k06a) vs runner-up Kipsamoei (k06b)",
    [(a6, WIND)], [(b6, WIND)]),
 # ---- k07 data-centre outage (Dublin, Ireland)
 ab("figure", "k07 outage length: nine hours vs 19 hours", [(a7, "nine hours", 2)], [(b7, "19 hours")]),
 ab("figure", "k07 businesses affected: about 3,400 vs 4,300", [(a7, "3,400 businesses")], [(b7, "4,300 business customers")]),
 ab("date", "k07 outage: on Tuesday (= July 10, dateline Wednesday July 11) vs on July 9", [(a7, "Tuesday")], [(b7, "July 9")]),
 ab("role", "k07 Garrahy-Quinlan: chief technology officer vs chief financial officer",
    [(a7, "Muireann Garrahy-Quinlan, Corrastor's chief technology officer")],
    [(b7, "Its chief financial officer, Muireann Garrahy-Quinlan")]),
 # ---- k08 hostage release (Niger), three reports
 ab("figure", "k08 captivity: 143 days (k08a body, k08c) vs 134 days (k08b)",
    [(a8, "143 days", 2), (c8, "143 days")], [(b8, "134 days")]),
 ab("date", "k08 abduction: on October 22 (k08a, c) vs on October 31 (k08b)",
    [(a8, "October 22"), (c8, "October 22")], [(b8, "October 31")]),
 ab("role", "k08 Garbakoye: Foreign Minister (k08a) / Niger's foreign minister (k08c) vs Interior Minister (k08b)",
    [(a8, "Foreign Minister Hamidou Garbakoye"), (c8, "Niger's foreign minister, Hamidou Garbakoye")],
    [(b8, "Interior Minister Hamidou Garbakoye")]),
 ab("quote", "k08 Garbakoye: 'No ransom was paid.' vs 'No ransom was paid by the government of Niger.' (narrowed: leaves room for others paying)",
    [(a8, RANSOM), (b8, RANSOM)],
    [(c8, "No ransom was paid by the government of Niger. These people were freed through patience and dialogue")]),
 ab("attribution", "k08 'We never stopped believing we would come home': nurse Ouellet-Brassard (k08a, b) vs engineer Capodilupo (k08c)",
    [(a8, HOME), (b8, HOME)], [(c8, HOME)]),
 # ---- k09 dam opening (Luang Prabang, Laos)
 ab("figure", "k09 capacity: 1,260 megawatts vs 1,620 megawatts", [(a9, "1,260 megawatts")], [(b9, "1,620 megawatts")]),
 ab("date", "k09 all turbines running: by the end of 2030 vs by the end of 2031", [(a9, "the end of 2030")], [(b9, "the end of 2031")]),
 ab("role", "k09 Phetdaraheuang: Energy and Mines Minister vs Deputy Energy Minister",
    [(a9, "Energy and Mines Minister Souksavanh Phetdaraheuang")], [(b9, "Deputy Energy Minister Souksavanh Phetdaraheuang")]),
 ab("quote", "k09 Phetdaraheuang: 'No family will be moved without new land to farm' vs 'No family will be moved without compensation'",
    [(a9, "No family will be moved without new land to farm")], [(b9, "No family will be moved without compensation")]),
 # ---- k10 film festival award (Riga, Latvia)
 ab("role", "k10 Raudaskoski-Lind: jury president vs a member of the jury",
    [(a10, "jury president Ilmari Raudaskoski-Lind")], [(b10, "Ilmari Raudaskoski-Lind, a member of the jury")]),
 ab("attribution", "k10 'This film is for everyone who was told to wait their turn': director Chkhetiani-Burduli (k10a) vs actress Meskhorashvili (k10b)",
    [(a10, TURN)], [(b10, TURN)]),
 ab("figure", "k10 prize money: 30,000 euros vs EUR 20,000", [(a10, "30,000 euros")], [(b10, "€20,000")]),
 ab("date", "k10 in Latvian cinemas: on November 8 vs on November 18", [(a10, "November 8")], [(b10, "November 18")]),
 # ---- k11 pension reform vote (Chile)
 ab("figure", "k11 vote: 84 to 62 vs 82-64", [(a11, "84 to 62")], [(b11, "82-64")]),
 ab("date", "k11 reform takes effect: in January 2031 vs January 2032", [(a11, "January 2031")], [(b11, "January 2032")]),
 ab("role", "k11 Irarrazabal-Fuenzalida: Labour Minister vs Finance Minister",
    [(a11, "Labour Minister Josefa Irarrázabal-Fuenzalida")], [(b11, "Finance Minister Josefa Irarrázabal-Fuenzalida")]),
 ab("quote", "k11 Irarrazabal-Fuenzalida: 'Nobody will retire with a smaller pension than today' vs 'Nobody who retires next year will get a smaller pension...'",
    [(a11, "Nobody will retire with a smaller pension than today")],
    [(b11, "Nobody who retires next year will get a smaller pension than today")]),
 ab("attribution", "k11 'This reform is theft dressed up as solidarity': opposition deputy Etchepare-Loyola (k11a) vs small traders' leader Cofre-Saavedra (k11b)",
    [(a11, THEFT)], [(b11, THEFT)]),
 # ---- k12 Roman coin hoard (Ptuj, Slovenia)
 ab("figure", "k12 coins: 1,743 vs 1,347", [(a12, "1,743", 2)], [(b12, "1,347 Roman coins")]),
 ab("date", "k12 hoard found: last week (dateline Friday Sept 28: Sept 17-23) vs on September 5", [(a12, "last week")], [(b12, "September 5")]),
 ab("role", "k12 Vrhovnik-Cestnik: head of archaeology at the museum vs a conservator at the museum",
    [(a12, "Mojca Vrhovnik-Cestnik, head of archaeology at the museum")],
    [(b12, "Mojca Vrhovnik-Cestnik, a conservator at the regional museum in Ptuj")]),
 ab("quote", "k12 Vrhovnik-Cestnik: 'They were almost certainly buried in a hurry' vs 'They may have been buried in a hurry'",
    [(a12, "They were almost certainly buried in a hurry, by someone who expected to come back for them and never did")],
    [(b12, "They may have been buried in a hurry, by someone who expected to come back for them and never did")]),
]

consistent = [
 # k01
 same("figure", "k01 passengers: about 3,100 = some 3,100 = roughly 3,100", (a1, "3,100 passengers"), (b1, "3,100 passengers"), (c1, "3,100 passengers")),
 same("figure", "k01 crew: 1,240 in all three", (a1, "1,240 crew"), (b1, "1,240 crew"), (c1, "1,240 crew")),
 same("figure", "k01 sick crew: 38 fell ill = Thirty-eight crew members = 38 were sick", (a1, "38"), (b1, "Thirty-eight"), (c1, "38")),
 same("figure", "k01 samples: 30 patients in all three", (a1, "30 patients"), (b1, "30 patients"), (c1, "30 patients")),
 same("figure", "k01 in hospital: Twelve passengers = a dozen passengers = Twelve people", (a1, "Twelve passengers"), (b1, "a dozen"), (c1, "Twelve people")),
 same("figure", "k01 refund: half of the fare = 50% refund = half the fare", (a1, "half"), (b1, "50%"), (c1, "half")),
 same("figure", "k01 cleaning: about 72 hours = three days = about 72 hours", (a1, "72 hours"), (b1, "three days"), (c1, "72 hours")),
 same("figure", "k01 voyage: 12-night = 12-night = Twelve nights", (a1, "12-night"), (b1, "12-night"), (c1, "Twelve nights")),
 same("date", "k01 passengers leave: from Wednesday morning = on Wednesday (both dated Wednesday May 16)", (a1, "Wednesday morning"), (b1, "Wednesday")),
 same("date", "k01 different events: passengers leave from Wednesday morning (k01a) vs ship docked on May 15 (k01c)", (a1, "Wednesday morning"), (c1, "May 15")),
 same("figure", "k01 different things: 12-night voyage (k01a) vs Twelve people in hospital (k01c)", (a1, "12-night"), (c1, "Twelve people")),
 same("role", "k01 Kourtelidou: head of = who heads = the head of the infectious diseases unit",
      (a1, "Eleni Kourtelidou, head of the infectious diseases unit"), (b1, "Eleni Kourtelidou, who heads the infectious diseases unit"),
      (c1, "the head of its infectious diseases unit, Eleni Kourtelidou")),
 same("role", "k01 Ventresca-Lupi: the ship's captain = the captain", (a1, "the ship's captain, Dario Ventresca-Lupi"), (c1, "the captain, Dario Ventresca-Lupi")),
 # k02
 same("date", "k02 resignation: on Thursday (the Feb 8 dateline) = on February 8", (a2, "Thursday"), (b2, "February 8")),
 same("figure", "k02 left early: two years early = two years before the end of his term", (a2, "two years early"), (b2, "two years early"), (b2, "two years before")),
 same("date", "k02 term due to end: until 2031 = two years before the end of his term (2029)", (a2, "2031"), (b2, "two years before")),
 same("figure", "k02 policy rate: 27% = 27 percent", (a2, "27%"), (b2, "27 percent")),
 same("figure", "k02 cedi fall: 9% = nine percent", (a2, "9%"), (b2, "nine percent")),
 same("figure", "k02 IMF programme: $3 billion = 3 billion dollar", (a2, "$3 billion"), (b2, "3 billion dollar")),
 same("date", "k02 IMF mission: later this month = before the end of February", (a2, "later this month"), (b2, "the end of February")),
 same("quote", "k02 Nyamekye-Boadwa: 'But a central bank that cannot act independently...' identical",
      (a2, "But a central bank that cannot act independently cannot do the job at all"),
      (b2, "But a central bank that cannot act independently cannot do the job at all")),
 same("role", "k02 Bonsrah-Kyeremeh: Finance Minister in both", (a2, "Finance Minister Adwoa Bonsrah-Kyeremeh"), (b2, "Finance Minister Adwoa Bonsrah-Kyeremeh")),
 same("date", "k02 different events: leaves office on March 31 (k02a) vs stepped down on February 8 (k02b)", (a2, "March 31"), (b2, "February 8")),
 # k03
 same("date", "k03 ranking published: on Tuesday (the Sept 25 dateline) = on September 25", (a3, "Tuesday"), (b3, "September 25")),
 same("figure", "k03 climbed seven places in both", (a3, "seven places"), (b3, "seven places")),
 same("figure", "k03 ranked: 1,850 universities = more than 1,800 institutions", (a3, "1,850 universities"), (b3, "1,800 institutions")),
 same("figure", "k03 countries: 104 in both", (a3, "104 countries"), (b3, "104 countries")),
 same("figure", "k03 Asian share of top 100: 31 of the top 100 = Nearly a third", (a3, "31 of the top 100"), (b3, "a third")),
 same("figure", "k03 Asian places a year before: 24 last year = 24 a year earlier", (a3, "24 last year"), (b3, "24 a year earlier")),
 same("figure", "k03 US universities in top 100: 38 in both", (a3, "fell to 38"), (b3, "38 of those places")),
 same("date", "k03 founded: in 1991 = set up 38 years ago (2029)", (a3, "1991"), (b3, "38 years ago")),
 same("figure", "k03 different things: 38 US universities (k03a) vs founded 38 years ago (k03b)", (a3, "fell to 38"), (b3, "38 years ago")),
 same("figure", "k03 funding: S$2.4 billion = 2.4 billion Singapore dollars", (a3, "S$2.4 billion"), (b3, "2.4 billion Singapore dollars")),
 same("figure", "k03 funding period: five years in both", (a3, "five years"), (b3, "five years")),
 same("figure", "k03 teaching weight: 30% = 30 percent", (a3, "30%"), (b3, "30 percent")),
 same("figure", "k03 subjects: 11 fields = 11 subjects", (a3, "11 fields"), (b3, "11 subjects")),
 same("role", "k03 Sheng-Tanaka: Its president in both", (a3, "Its president, Lim Zhen Sheng-Tanaka"), (b3, "Its president, Lim Zhen Sheng-Tanaka")),
 same("quote", "k03 Sheng-Tanaka: same words", (a3, "every researcher who chose to come to Singapore"), (b3, "every researcher who chose to come to Singapore")),
 # k04
 same("figure", "k04 fall: about 200 metres = some 650 feet", (a4, "200 metres"), (b4, "650 feet")),
 same("figure", "k04 injured: 26 = 26 were hurt", (a4, "26"), (b4, "26")),
 same("figure", "k04 passengers: 45 = Forty-five", (a4, "45 passengers"), (b4, "Forty-five passengers")),
 same("figure", "k04 altitude: about 4,300 metres = more than 14,000 feet", (a4, "4,300 metres"), (b4, "14,000 feet")),
 same("figure", "k04 distance to hospital: about 110 km = 68-mile", (a4, "110 km"), (b4, "68-mile")),
 same("figure", "k04 licence suspended: 90 days = three months", (a4, "90 days"), (b4, "three months")),
 same("figure", "k04 national road deaths: more than 3,000 in both", (a4, "3,000 people"), (b4, "3,000 road deaths")),
 same("figure", "k04 different things: 26 injured (k04a) vs 34-year-old survivor (k04b)", (a4, "26"), (b4, "34-year-old")),
 # k05
 same("figure", "k05 total catch: 740,000 tonnes = 740,000 metric tons", (a5, "740,000 tonnes"), (b5, "740,000 metric tons")),
 same("figure", "k05 cut: 12% = 12 percent", (a5, "12%"), (b5, "12 percent")),
 same("figure", "k05 talks: four days in both", (a5, "four days"), (b5, "four days")),
 same("figure", "k05 value: about $1.1 billion = roughly 1.1bn dollars", (a5, "$1.1 billion"), (b5, "1.1bn dollars")),
 same("figure", "k05 length: for the next five years / until 2034 = in force for five years",
      (a5, "five years"), (a5, "2034"), (b5, "five years")),
 same("date", "k05 first quota year: 2030 in both", (a5, "2030"), (b5, "2030")),
 same("role", "k05 Heinesen-Dalsgaard: the Faroese fisheries minister in both",
      (a5, "the Faroese fisheries minister, Jógvan Heinesen-Dalsgaard"), (b5, "The Faroese fisheries minister, Jógvan Heinesen-Dalsgaard")),
 # k06
 same("figure", "k06 margin: 47 seconds in both", (a6, "47 seconds"), (b6, "47 seconds")),
 same("figure", "k06 record lowered by 38 seconds in both", (a6, "38 seconds"), (b6, "38 seconds")),
 same("figure", "k06 prize: 50,000 euros = EUR 50,000", (a6, "50,000 euros"), (b6, "€50,000")),
 same("figure", "k06 winner's age: The 24-year-old = 24", (a6, "24-year-old"), (b6, "24")),
 same("figure", "k06 field: about 18,000 runners = some 18,000 starters", (a6, "18,000 runners"), (b6, "18,000 starters")),
 same("figure", "k06 temperature: around 9C = 48 degrees Fahrenheit", (a6, "9C"), (b6, "48 degrees Fahrenheit")),
 same("figure", "k06 gusts: up to 40 km per hour = 25 mph", (a6, "40 km per hour"), (b6, "25 mph")),
 same("figure", "k06 course: 42.195-km = 26.2-mile", (a6, "42.195-km"), (b6, "26.2-mile")),
 same("figure", "k06 break: final five kilometres = last five kilometres", (a6, "five kilometres"), (b6, "five kilometres")),
 same("figure", "k06 different things: 47 seconds behind vs record lowered by 38 seconds", (a6, "47 seconds"), (b6, "38 seconds")),
 # k07
 same("figure", "k07 heat: 34C = 93 degrees Fahrenheit", (a7, "34C"), (b7, "93 degrees Fahrenheit")),
 same("figure", "k07 retailers relying on Corrastor: About a third = 33%", (a7, "a third"), (b7, "33%")),
 same("figure", "k07 credit: 10% = 10 percent", (a7, "10%"), (b7, "10 percent")),
 same("figure", "k07 electricity use: about 21% = more than a fifth", (a7, "21%"), (b7, "a fifth")),
 same("figure", "k07 sites: 14 data centres = 14 sites", (a7, "14 data centres"), (b7, "14 sites")),
 same("date", "k07 founded in 2012 in both", (a7, "2012"), (b7, "2012")),
 same("figure", "k07 cooling units: Two of the three = two of three", (a7, "Two of the three"), (b7, "two of three")),
 same("date", "k07 backup cooling by the end of September in both", (a7, "the end of September"), (b7, "the end of September")),
 same("quote", "k07 Garrahy-Quinlan: full quote vs its second part",
      (a7, "No customer data was lost. What was lost was time, and for our customers time is money"),
      (b7, "What was lost was time, and for our customers time is money")),
 # k08
 same("date", "k08 released: on Wednesday in both (dateline Thursday March 15)", (a8, "Wednesday"), (b8, "Wednesday")),
 same("date", "k08 different events: Capodilupo flies on Thursday (k08a) vs freed on Wednesday (k08b)", (a8, "Thursday"), (b8, "Wednesday")),
 same("figure", "k08 distance: about 130 km = some 80 miles = about 130 km", (a8, "130 km"), (b8, "80 miles"), (c8, "130 km")),
 same("figure", "k08 nurse's age: 52 = 52-year-old = 52", (a8, "52"), (b8, "52-year-old"), (c8, "52")),
 same("figure", "k08 engineer's age: 38 = 38 = 38-year-old", (a8, "38"), (b8, "38"), (c8, "38-year-old")),
 same("figure", "k08 charity in Niger: 15 years in all three", (a8, "15 years"), (b8, "15 years"), (c8, "15 years")),
 same("figure", "k08 hostages: Four aid workers = four hostages = the four aid workers",
      (a8, "Four aid workers"), (b8, "four hostages"), (c8, "four aid workers")),
 same("date", "k08 abduction: last year (k08a, 2028) = since October 22 (k08c)", (a8, "last year"), (c8, "October 22")),
 same("role", "k08 Ouellet-Brassard: The Canadian nurse = the nurse from Quebec = the Canadian nurse",
      (a8, "The Canadian nurse, Geneviève Ouellet-Brassard"), (b8, "Geneviève Ouellet-Brassard, the 52-year-old nurse from Quebec"),
      (c8, "the Canadian nurse who had been held with him, Geneviève Ouellet-Brassard")),
 # k09
 same("figure", "k09 cost: $2.8 billion = 2.8 billion dollars", (a9, "$2.8 billion"), (b9, "2.8 billion dollars")),
 same("figure", "k09 height: 145-metre = 476-foot", (a9, "145-metre"), (b9, "476-foot")),
 same("figure", "k09 reservoir: about 270 square kilometres = about 104 square miles", (a9, "270 square kilometres"), (b9, "104 square miles")),
 same("figure", "k09 resettled: some 4,200 people in both", (a9, "4,200 people"), (b9, "4,200 people")),
 same("figure", "k09 villages: 14 in both", (a9, "14 villages"), (b9, "14 villages")),
 same("figure", "k09 turbines: six in both", (a9, "six turbines"), (b9, "six turbines")),
 same("figure", "k09 exports: About 80% = Four-fifths", (a9, "80%"), (b9, "Four-fifths")),
 same("date", "k09 construction began: in 2022 = seven years after work started (2029)", (a9, "2022"), (b9, "seven years")),
 same("date", "k09 opened: on Wednesday (= June 20, dateline Thursday June 21) = on June 20", (a9, "Wednesday"), (b9, "June 20")),
 same("quote", "k09 Phetdaraheuang: 'This dam is a battery for the whole region' identical",
      (a9, "This dam is a battery for the whole region"), (b9, "This dam is a battery for the whole region")),
 # k10
 same("date", "k10 award: on Saturday (= October 20, dateline Sunday Oct 21) = On October 20", (a10, "Saturday"), (b10, "October 20")),
 same("figure", "k10 director's age: 31 = 31-year-old", (a10, "31"), (b10, "31-year-old")),
 same("figure", "k10 running time: 98-minute = 1 hour 38 minutes", (a10, "98-minute"), (b10, "1 hour 38 minutes")),
 same("figure", "k10 shoot: 23 days in both", (a10, "23 days"), (b10, "23 days")),
 same("figure", "k10 competition: Fourteen films = beat 13 other films", (a10, "Fourteen films"), (b10, "13 other films")),
 same("figure", "k10 attendance: about 41,000 tickets = some 41,000 spectators", (a10, "41,000 tickets"), (b10, "41,000 spectators")),
 same("figure", "k10 festival length: ten-day = ten days", (a10, "ten-day"), (b10, "ten days")),
 same("quote", "k10 Raudaskoski-Lind: 'It is small, it is angry...' identical",
      (a10, "It is small, it is angry and it is completely alive"), (b10, "It is small, it is angry and it is completely alive")),
 same("role", "k10 Chkhetiani-Burduli: Director = The director",
      (a10, "Director Tamar Chkhetiani-Burduli"), (b10, "The director, 31-year-old Tamar Chkhetiani-Burduli")),
 same("date", "k10 different events: award on Saturday (k10a) vs cinema release November 18 (k10b)", (a10, "Saturday"), (b10, "November 18")),
 # k11
 same("date", "k11 vote: late on Wednesday (= Aug 22, dateline Thursday Aug 23) = on Aug. 22", (a11, "Wednesday"), (b11, "Aug. 22")),
 same("figure", "k11 employers' contribution: six percentage points = 6 points", (a11, "six percentage points"), (b11, "6 points")),
 same("figure", "k11 workers' contribution: 10% = ten percent", (a11, "10%"), (b11, "ten percent")),
 same("figure", "k11 minimum pension: 250,000 pesos = 250,000 Chilean pesos", (a11, "250,000 pesos"), (b11, "250,000 Chilean pesos")),
 same("figure", "k11 minimum pension in dollars: about $270 = about 270 dollars", (a11, "$270"), (b11, "270 dollars")),
 same("figure", "k11 beneficiaries: some 2.1 million = more than 2 million", (a11, "2.1 million"), (b11, "2 million")),
 same("date", "k11 system created: 1981 = in 1981 / more than four decades", (a11, "1981"), (b11, "1981"), (b11, "four decades")),
 same("figure", "k11 different things: 10% paid by workers (k11a) vs 6 points paid by employers (k11b)", (a11, "10%"), (b11, "6 points")),
 # k12
 same("figure", "k12 weight: 5.2 kg = 11.5 pounds", (a12, "5.2 kg"), (b12, "11.5 pounds")),
 same("figure", "k12 pot: about 40 cm = about 16 inches", (a12, "40 cm"), (b12, "16 inches")),
 same("figure", "k12 largest in: half a century = 50 years", (a12, "half a century"), (b12, "50 years")),
 same("figure", "k12 recovery: three days in both", (a12, "three days"), (b12, "three days")),
 same("date", "k12 coins' age: the 260s and 270s AD = the 260s and 270s / Buried for 1,760 years (2029)",
      (a12, "260s and 270s"), (b12, "260s and 270s"), (b12, "1,760 years")),
 same("date", "k12 exhibition: next spring = the spring of 2030", (a12, "next spring"), (b12, "the spring of 2030")),
 same("figure", "k12 depth: less than a metre in both", (a12, "a metre"), (b12, "a metre")),
]

optional = [
 # a headline that restates a changed figure is the same disagreement: each side is its headline and its body
 ab("figure", "k01 headlines: sickens 412 / 412 patients vs 241 people", [(a1, "412"), (c1, "412 patients")], [(b1, "241 people")]),
 ab("figure", "k04 headline: killing 19 vs Sixteen people", [(a4, "19")], [(b4, "Sixteen people")]),
 ab("figure", "k07 headline: offline for nine hours vs for 19 hours", [(a7, "nine hours")], [(b7, "19 hours")]),
 ab("figure", "k08 headline: after 143 days vs 134 days", [(a8, "143 days")], [(b8, "134 days")]),
 ab("figure", "k12 headline: hoard of 1,743 Roman coins vs 1,347 Roman coins", [(a12, "1,743")], [(b12, "1,347 Roman coins")]),
]

out = {"schema": "concord.conflicts/1", "conflicts": conflicts, "consistent": consistent, "optional": optional}
with open(sys.argv[1] if len(sys.argv) > 1 else 'conflicts.gold.json', 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(conflicts), "conflict groups,", len(consistent), "consistent,", len(optional), "optional")

if '--short' in sys.argv:
    for grp in conflicts + consistent + optional:
        for cl in grp["claims"]:
            if len(cl["text"]) <= 14:
                t = texts[cl["document"]]
                ctx = t[max(0, cl["begin"] - 40):cl["end"] + 40].replace("\n", " ")
                print(f'{cl["document"]:16} [{cl["text"]}]  ...{ctx}...')
