#!/usr/bin/env python3
"""Hand annotations of the generalisation texts (figures and quotes, GUIDELINES.md) -> <id>.txt + <id>.json.

Each annotation names its span by its text (and occurrence, 1-based); offsets are computed here. Run from this
folder; it writes the texts here and the gold into gold/, where GeneralisationIT scores the distribution's output
against it with seeds/gold/score.py.

Decisions beyond GUIDELINES.md: sports scores and vote tallies (3-1) are not figures; rates written 'a day' /
'a year' after an amount are optional; vague quantities (dozens) are optional; a year in a copyright line is not
a figure; 'mid-June' is a date XXXX-06; temperature normalises to degrees Celsius; speakers of one-word quotes
are optional quotes.
"""
import json, os, re, sys

# base-unit factors for normalizedValue (same as UnitConversions)
YEAR_H = 365.25 * 24
NORM = {"km": ("km", 1), "m": ("km", 1e-3), "mm": ("km", 1e-6), "mi": ("km", 1.609344), "km2": ("km2", 1),
        "mi2": ("km2", 2.589988110336), "ha": ("km2", 0.01), "acre": ("km2", 0.0040468564224), "kg": ("kg", 1),
        "t": ("kg", 1000), "h": ("h", 1), "min": ("h", 1 / 60), "d": ("h", 24), "week": ("h", 168),
        "month": ("h", YEAR_H / 12), "year": ("h", YEAR_H), "decade": ("h", YEAR_H * 10), "bbl": ("l", 158.987294928)}

DOCS = {}

def doc(id, text, anns):
    DOCS[id] = (text, anns)

def F(span, kind, value, unit=None, q="exact", opt=False, occ=1):
    return ("figure", span, occ, dict(kind=kind, value=value, unit=unit, qualifier=q), opt)

def Q(span, speaker, cue=None, opt=False, occ=1):
    return ("quote", span, occ, dict(speaker=speaker, cue=cue), opt)

doc("g01_retail_results", """Shares in Harlow Foods fell 7.4% on Thursday after the grocer reported a 12% drop in first-half profit to £312m, or 18.5 pence a share.

Revenue rose to £4.1 billion in the six months to September 28, while the company cut its dividend by a third.

"Trading conditions remain tough, and we expect no improvement before mid-2026," chief executive Margaret Ellison said in a statement. She added that the group would close 40 stores and cut about 1,200 jobs over the next two years.

Analysts at Barrow Securities had expected profit of £340 million. "This is a 'kitchen sink' set of results," said Tom Reddick, an analyst at the broker.

The FTSE 100 index closed up 0.3 per cent at 8,214 points.
""", [
    F("7.4%", "percent", 7.4, "%"), F("Thursday", "date", "XXXX-WXX-4"), F("12%", "percent", 12, "%"),
    F("£312m", "money", 312e6, "GBP"), F("18.5 pence", "money", 0.185, "GBP"), F("£4.1 billion", "money", 4.1e9, "GBP"),
    F("six months", "duration", 6, "month"), F("September 28", "date", "XXXX-09-28"), F("a third", "ratio", 0.3333),
    F("mid-2026", "date", "2026"), F("40", "count", 40), F("1,200", "count", 1200, q="approx"),
    F("two years", "duration", 2, "year"), F("£340 million", "money", 3.4e8, "GBP"),
    F("0.3 per cent", "percent", 0.3, "%"), F("8,214", "count", 8214),
    Q("Trading conditions remain tough, and we expect no improvement before mid-2026,", "Margaret Ellison", "said"),
    Q("This is a 'kitchen sink' set of results,", "Tom Reddick", "said"),
])

doc("g02_eurozone_inflation", """Inflation in the euro zone slowed to 2.4% in November from 2.9% in
October, the lowest rate since July 2021, data showed on Wednesday.

The European Central Bank raised its deposit rate by 25 basis points to
4 percent in September and has held it there since. Economists polled
by the agency expect the first cut in the second quarter of 2024.

"We are not yet at a point where we can declare victory over
inflation," ECB President Christine Lagarde told lawmakers in Brussels.
"The last mile is often the hardest."

Core inflation, which strips out food and energy prices, eased to 3.6
per cent. Unemployment held at a record low of 6.5%, with some 10.9
million people out of work across the bloc's 20 member states.
""", [
    F("2.4%", "percent", 2.4, "%"), F("November", "date", "XXXX-11"), F("2.9%", "percent", 2.9, "%"),
    F("October", "date", "XXXX-10"), F("July 2021", "date", "2021-07"), F("Wednesday", "date", "XXXX-WXX-3"),
    F("25 basis points", "percent", 25, "bp"), F("4 percent", "percent", 4, "%"), F("September", "date", "XXXX-09"),
    F("2024", "date", "2024"), F("3.6\nper cent", "percent", 3.6, "%"), F("6.5%", "percent", 6.5, "%"),
    F("10.9\nmillion", "count", 10.9e6, q="approx"), F("20", "count", 20),
    Q("We are not yet at a point where we can declare victory over\ninflation,", "Christine Lagarde", "told"),
    Q("The last mile is often the hardest.", "Christine Lagarde"),
])

doc("g03_earthquake", """At least 38 people were killed and more than 200 injured when a magnitude 6.8 earthquake struck eastern Turkey early on Sunday, officials said.

The quake hit at a depth of 10 km (6 miles) near the town of Elazig, about 550 km east of Ankara, the disaster agency AFAD said. Up to 1,500 buildings may have been damaged, and an estimated 30,000 people spent the night in tents as temperatures fell to minus 8 degrees Celsius.

\u201cOur teams are working through the night to reach people under the rubble,\u201d Interior Minister Suleyman Soylu told reporters. He said nearly 400 rescue workers had been deployed.

Dozens of aftershocks followed, the strongest measuring 5.1. It was the deadliest quake in the region since 2011, when more than 600 people died.
""", [
    F("38", "count", 38, q="at-least"), F("200", "count", 200, q="over"), F("6.8", "count", 6.8),
    F("Sunday", "date", "XXXX-WXX-7"), F("10 km", "measure", 10, "km"), F("6 miles", "measure", 6, "mi"),
    F("550 km", "measure", 550, "km", q="approx"), F("1,500", "count", 1500, q="at-most"),
    F("30,000", "count", 30000, q="approx"), F("minus 8 degrees Celsius", "measure", -8, "°C"),
    F("400", "count", 400, q="under"), F("Dozens", "count", 24, opt=True), F("5.1", "count", 5.1),
    F("2011", "date", "2011"), F("600", "count", 600, q="over"),
    Q("Our teams are working through the night to reach people under the rubble,", "Suleyman Soylu", "told"),
])

doc("g04_football", """Arsenal beat Chelsea 3-1 at the Emirates on Saturday to move four points clear at the top of the Premier League with 12 games left.

Bukayo Saka scored twice in the first 20 minutes, and a crowd of 60,383 saw Kai Havertz add a third against his former club in the 71st minute.

"We showed real character today," manager Mikel Arteta said. "The players gave everything for 90 minutes."

Chelsea, who have won only one of their last six league matches, are ninth. Their manager said the team had been "naive" at the back.

Arsenal have not won the title since 2004. Tickets for the next home game cost from £45, the club said.
""", [
    F("Saturday", "date", "XXXX-WXX-6"), F("four", "count", 4), F("12", "count", 12),
    F("20 minutes", "duration", 20, "min"), F("60,383", "count", 60383), F("90 minutes", "duration", 90, "min"),
    F("one", "count", 1, opt=True, occ=1), F("six", "count", 6), F("2004", "date", "2004"),
    F("£45", "money", 45, "GBP", q="at-least"),
    Q("We showed real character today,", "Mikel Arteta", "said"),
    Q("The players gave everything for 90 minutes.", "Mikel Arteta"),
    Q("naive", None, "said", opt=True),
])

doc("g05_obesity_study", """A new study published on March 15, 2024 found that one in five adults in England now lives with obesity, up from one in seven in the 1990s.

Researchers at the University of Leeds tracked 12,400 volunteers for a decade. Participants who walked at least 8,000 steps a day weighed on average 4.5 kg less than those who did not, and their risk of diabetes fell by roughly a quarter.

\u201cThe message is simple: move more,\u201d said lead author Dr Priya Natarajan. She said two-thirds of the participants had never been told by a doctor that their weight was a problem.

The NHS spends an estimated £6.5bn a year on obesity-related illness, according to government figures.
""", [
    F("March 15, 2024", "date", "2024-03-15"), F("one in five", "ratio", 0.2), F("one in seven", "ratio", 0.1429),
    F("1990s", "date", "199"), F("12,400", "count", 12400), F("a decade", "duration", 1, "decade"),
    F("8,000", "count", 8000, q="at-least"), F("a day", "duration", 1, "d", opt=True), F("4.5 kg", "measure", 4.5, "kg"),
    F("a quarter", "ratio", 0.25, q="approx"), F("two-thirds", "ratio", 0.6667),
    F("£6.5bn", "money", 6.5e9, "GBP", q="approx"), F("a year", "duration", 1, "year", opt=True),
    Q("The message is simple: move more,", "Priya Natarajan", "said"),
])

doc("g06_carmaker_results", """Tokyo-based Sakura Motors said on Tuesday its net profit rose 18% to ¥412bn ($2.8bn) in the three months to June, helped by a weaker yen and strong demand for hybrids in North America.

The carmaker sold 2.3 million vehicles in the quarter, up 5 per cent from a year earlier, and raised its full-year operating profit forecast to 1.6 trillion yen.

In China, where sales fell for a fourth straight quarter, the company cut prices by as much as 30,000 yuan on some models. Sakura's chief financial officer, Kenji Watanabe, told Reuters the price war "is not sustainable for anyone".

Its shares closed 2.1% higher at ¥3,450. Rival Daewon Motors reported revenue of 41.2 trillion won, or about €28 billion.
""", [
    F("Tuesday", "date", "XXXX-WXX-2"), F("18%", "percent", 18, "%"), F("¥412bn", "money", 412e9, "JPY"),
    F("$2.8bn", "money", 2.8e9, "USD"), F("three months", "duration", 3, "month"), F("June", "date", "XXXX-06"),
    F("2.3 million", "count", 2.3e6), F("5 per cent", "percent", 5, "%"), F("a year", "duration", 1, "year", opt=True),
    F("1.6 trillion yen", "money", 1.6e12, "JPY"), F("30,000 yuan", "money", 30000, "CNY", q="at-most"),
    F("2.1%", "percent", 2.1, "%"), F("¥3,450", "money", 3450, "JPY"),
    F("41.2 trillion won", "money", 41.2e12, "KRW"), F("€28 billion", "money", 28e9, "EUR", q="approx"),
    Q("is not sustainable for anyone", "Kenji Watanabe", "told"),
])

doc("g07_assam_floods", """Floods in the Indian state of Assam have displaced nearly 2.4 million people and submerged more than 40,000 hectares of farmland, state officials said on 2 July.

The Brahmaputra river rose 1.2 metres above the danger mark at Guwahati overnight. At least 52 people have died since mid-June, including 11 children.

"The situation is grim. Water levels are still rising in 23 districts," said a spokesperson for the Assam State Disaster Management Authority. The federal government released Rs 250 crore in emergency aid.

In neighbouring Bangladesh, the army said it had evacuated about 75,000 people, and the UN children's agency warned that half of the affected families had no access to clean water.

Heavy rain of up to 300 mm is forecast over the next 48 hours.
""", [
    F("2.4 million", "count", 2.4e6, q="under"), F("40,000 hectares", "measure", 40000, "ha", q="over"),
    F("2 July", "date", "XXXX-07-02"), F("1.2 metres", "measure", 1.2, "m"), F("52", "count", 52, q="at-least"),
    F("mid-June", "date", "XXXX-06"), F("11", "count", 11), F("23", "count", 23),
    F("Rs 250 crore", "money", 2.5e9, "INR"), F("75,000", "count", 75000, q="approx"), F("half", "ratio", 0.5),
    F("300 mm", "measure", 300, "mm", q="at-most"), F("48 hours", "duration", 48, "h"),
    Q("The situation is grim. Water levels are still rising in 23 districts,",
      "Assam State Disaster Management Authority", "said"),
])

doc("g08_defence_budget", """Prime Minister Helena Strand announced on Monday that Norway would increase defence spending to 2.5% of gross domestic product by 2030.

\u201cWe live in a more dangerous world than at any time since the end of the Cold War,\u201d Strand told parliament.

\u201cThat is why this government will invest an additional 60 billion crowns over the next decade. It is a choice we make for our children.

\u201cWe will not be caught unprepared.\u201d

Opposition leader Lars Eide called the plan \u201ctoo little, too late\u201d and said his party would demand a vote. \u201cThe prime minister has finally woken up,\u201d he said.

The finance ministry said in a statement that the spending would be funded without raising taxes.
""", [
    F("Monday", "date", "XXXX-WXX-1"), F("2.5%", "percent", 2.5, "%"), F("2030", "date", "2030"),
    F("60 billion crowns", "money", 6e10, "NOK"),
    Q("We live in a more dangerous world than at any time since the end of the Cold War,", "Helena Strand", "told"),
    Q("That is why this government will invest an additional 60 billion crowns over the next decade. It is a choice we make for our children.", "Helena Strand"),
    Q("We will not be caught unprepared.", "Helena Strand"),
    Q("too little, too late", "Lars Eide", "called"),
    Q("The prime minister has finally woken up,", "Lars Eide", "said"),
])

doc("g09_heatwave", """Temperatures in Phoenix reached 118 degrees Fahrenheit (47.8C) on Wednesday, breaking a record set in 1990, the National Weather Service said.

The city has now recorded 31 consecutive days above 110F. Hospitals reported a 40 per cent rise in heat-related admissions compared with the same period last year.

"People underestimate how fast dehydration sets in," said Dr Maria Lopez, an emergency physician at Valleywise Health. She said patients arriving with body temperatures above 40 degrees had a one-in-three chance of serious organ damage. "Drink water before you feel thirsty."

Officials have opened 25 cooling centres across the county, which covers 9,200 square miles and is home to 4.5 million people.
""", [
    F("118 degrees Fahrenheit", "measure", 118, "°F"), F("47.8C", "measure", 47.8, "°C"),
    F("Wednesday", "date", "XXXX-WXX-3"), F("1990", "date", "1990"), F("31", "count", 31),
    F("110F", "measure", 110, "°F", q="over"), F("40 per cent", "percent", 40, "%"),
    F("40 degrees", "measure", 40, "°C", q="over"), F("one-in-three", "ratio", 0.3333), F("25", "count", 25),
    F("9,200 square miles", "measure", 9200, "mi2"), F("4.5 million", "count", 4.5e6),
    Q("People underestimate how fast dehydration sets in,", "Maria Lopez", "said"),
    Q("Drink water before you feel thirsty.", "Maria Lopez"),
])

doc("g10_tariffs", """The White House said on Friday that tariffs on $300 billion of imports would take effect on September 1, despite warnings from retailers.

\u201cThe president has been clear that unfair trade practices will not be tolerated,\u201d the White House said in a statement.

China\u2019s commerce ministry said it would \u201cfirmly respond\u201d to the move. According to the ministry, \u201cthe US side bears full responsibility for the escalation.\u201d

The National Retail Federation estimated the duties would cost the average household $1,000 a year. Police said about 300 protesters gathered outside the Treasury building. \u201cWe\u2019re here because prices are already too high,\u201d one protester said.
""", [
    F("Friday", "date", "XXXX-WXX-5"), F("$300 billion", "money", 3e11, "USD"), F("September 1", "date", "XXXX-09-01"),
    F("$1,000", "money", 1000, "USD"), F("a year", "duration", 1, "year", opt=True), F("300", "count", 300, q="approx", occ=2),
    Q("The president has been clear that unfair trade practices will not be tolerated,", "White House", "said"),
    Q("firmly respond", "Chinese commerce ministry", "said"),
    Q("the US side bears full responsibility for the escalation.", "Chinese commerce ministry", "according to"),
    Q("We\u2019re here because prices are already too high,", None, "said"),
])

doc("g11_lyon_rally", """Speaking at a rally in Lyon on Saturday, French Interior Minister Claire Dubois said: \u201cWe will not let a handful of extremists set the agenda.\u201d

Her rival, Marc Lefevre of the Republican Party, accused the government of \u201cbetraying\u201d voters. \u201cWhen she says \u2018security\u2019, she means cameras on every corner,\u201d Lefevre told the crowd, while Dubois dismissed his comments as \u201ctheatre\u201d.

About 15,000 people attended the rally, according to police, while organisers put the figure at 40,000.

The so-called \u201cgreen corridor\u201d plan, which would ban diesel cars from the city centre from 2028, remains popular: a poll last month found 58% of residents supported it.
""", [
    F("Saturday", "date", "XXXX-WXX-6"), F("15,000", "count", 15000, q="approx"), F("40,000", "count", 40000),
    F("2028", "date", "2028"), F("58%", "percent", 58, "%"),
    Q("We will not let a handful of extremists set the agenda.", "Claire Dubois", "said"),
    Q("betraying", "Marc Lefevre", "accused", opt=True),
    Q("When she says \u2018security\u2019, she means cameras on every corner,", "Marc Lefevre", "told"),
    Q("theatre", "Claire Dubois", "dismissed", opt=True),
])

doc("g12_house_prices_wire", """LONDON, Oct 3 (Reuters) - British house prices rose by 0.9% in
September, the biggest monthly increase since March, mortgage lender
Nationwide said on Tuesday, pushing the average price of a home to
£265,000.

"The market has shown surprising resilience in the face of higher
borrowing costs," said Robert Gardner, Nationwide's chief economist.
He added that prices were still around 3% below their peak of
August 2022.

The Bank of England has raised rates 14 times since December 2021,
taking Bank Rate to 5.25%, its highest in 15 years.

(Reporting by Jane Hobbs; Editing by Kate Holton)
\u00a9 2023 Thomson Reuters. All rights reserved.
""", [
    F("Oct 3", "date", "XXXX-10-03"), F("0.9%", "percent", 0.9, "%"), F("September", "date", "XXXX-09"),
    F("March", "date", "XXXX-03"), F("Tuesday", "date", "XXXX-WXX-2"), F("£265,000", "money", 265000, "GBP"),
    F("3%", "percent", 3, "%", q="approx"), F("August 2022", "date", "2022-08"), F("14", "count", 14),
    F("December 2021", "date", "2021-12"), F("5.25%", "percent", 5.25, "%"), F("15 years", "duration", 15, "year"),
    Q("The market has shown surprising resilience in the face of higher\nborrowing costs,", "Robert Gardner", "said"),
])

doc("g13_expulsions", """Russia\u2019s foreign ministry said on Thursday that the expulsion of four of its diplomats was \u201ca hostile act that will not go unanswered\u201d.

Germany said the diplomats had been engaged in espionage. \u201cTheir activities were incompatible with their diplomatic status,\u201d the German foreign office said.

Chancellor Olaf Scholz and French President Emmanuel Macron said in a joint statement that Europe would \u201cstand united in the face of intimidation\u201d.

Later, Macron told reporters in Paris that he had spoken to the Russian president for two hours in March. \u201cI told him frankly that this path leads nowhere,\u201d he said. \u201cHe listened.\u201d

NATO Secretary General Jens Stoltenberg said the alliance was monitoring the situation closely.
""", [
    F("Thursday", "date", "XXXX-WXX-4"), F("four", "count", 4), F("two hours", "duration", 2, "h"),
    F("March", "date", "XXXX-03"),
    Q("a hostile act that will not go unanswered", "Russian foreign ministry", "said"),
    Q("Their activities were incompatible with their diplomatic status,", "German foreign office", "said"),
    Q("stand united in the face of intimidation", "Olaf Scholz and Emmanuel Macron", "said"),
    Q("I told him frankly that this path leads nowhere,", "Emmanuel Macron", "said"),
    Q("He listened.", "Emmanuel Macron"),
])

doc("g14_bridge", """The 18-month construction project, which began in January 2022, was finally completed last week, almost three years behind schedule and £1.2 billion over its original budget of £4.8 billion.

The bridge is 1.7 miles long and carries an estimated 85,000 vehicles a day. About three-quarters of them are lorries and vans heading to the port.

Work stopped for six weeks in the summer of 2023 after engineers found cracks in two of the 14 main supports. The operator said tolls would rise from £3.50 to £4 on 1 April.

\u201cIt has been a long road,\u201d said the project director, Sarah Quinn. \u201cBut we are proud of what 2,000 workers have built here over the past five years.\u201d
""", [
    F("18-month", "duration", 18, "month"), F("January 2022", "date", "2022-01"),
    F("three years", "duration", 3, "year", q="under"), F("£1.2 billion", "money", 1.2e9, "GBP"),
    F("£4.8 billion", "money", 4.8e9, "GBP"), F("1.7 miles", "measure", 1.7, "mi"),
    F("85,000", "count", 85000, q="approx"), F("a day", "duration", 1, "d", opt=True),
    F("three-quarters", "ratio", 0.75, q="approx"), F("six weeks", "duration", 6, "week"), F("2023", "date", "2023"),
    F("two", "count", 2), F("14", "count", 14), F("£3.50", "money", 3.5, "GBP"), F("£4", "money", 4, "GBP", occ=2),
    F("1 April", "date", "XXXX-04-01"), F("2,000", "count", 2000), F("five years", "duration", 5, "year"),
    Q("It has been a long road,", "Sarah Quinn", "said"),
    Q("But we are proud of what 2,000 workers have built here over the past five years.", "Sarah Quinn"),
])

doc("g15_oil_prices", """Oil prices rose more than 2% on Monday after Saudi Arabia said it would extend its voluntary cut of 1 million barrels per day until the end of the year.

Brent crude futures gained $1.87 to $86.40 a barrel, while US West Texas Intermediate rose 95 cents. Gasoline futures climbed to $2.61 a gallon.

"Markets are clearly tighter than many expected," said Giovanni Staunovo, an analyst at UBS.

Separately, Australia said iron ore exports rose 4% to 74.5 million tonnes in the 12 months to the end of June. The OPEC+ group, which pumps around 40 per cent of the world's crude, next meets on Nov. 26.
""", [
    F("2%", "percent", 2, "%", q="over"), F("Monday", "date", "XXXX-WXX-1"),
    F("1 million barrels", "measure", 1e6, "bbl"), F("$1.87", "money", 1.87, "USD"), F("$86.40", "money", 86.4, "USD"),
    F("95 cents", "money", 0.95, "USD"), F("$2.61", "money", 2.61, "USD"), F("4%", "percent", 4, "%"),
    F("74.5 million tonnes", "measure", 7.45e7, "t"), F("12 months", "duration", 12, "month"),
    F("June", "date", "XXXX-06"), F("40 per cent", "percent", 40, "%", q="approx"),
    F("Nov. 26", "date", "XXXX-11-26"),
    Q("Markets are clearly tighter than many expected,", "Giovanni Staunovo", "said"),
])

doc("g16_warehouse_strike", """A spokeswoman for Amazon said the company had \u201cno plans\u201d to change its delivery policy.

Union organiser Dana Whitfield told Reuters the workers would strike for 48 hours starting on Black Friday. \u201cWe\u2019ve asked politely for two years. Now we\u2019re done asking,\u201d she said. Whitfield said roughly 1,100 of the warehouse\u2019s 1,400 staff had signed the petition.

The company has disputed those numbers. \u201cThe vast majority of our employees do not support this action,\u201d according to Amazon spokesperson Kelly Nantel.

Amazon employs more than 1.5 million people worldwide.
""", [
    F("48 hours", "duration", 48, "h"), F("Friday", "date", "XXXX-WXX-5", opt=True), F("two years", "duration", 2, "year"),
    F("1,100", "count", 1100, q="approx"), F("1,400", "count", 1400), F("1.5 million", "count", 1.5e6, q="over"),
    Q("no plans", "Amazon", "said"),
    Q("We\u2019ve asked politely for two years. Now we\u2019re done asking,", "Dana Whitfield", "said"),
    Q("The vast majority of our employees do not support this action,", "Kelly Nantel", "according to"),
])


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "gold"), exist_ok=True)
    errors = 0
    for did, (text, anns) in DOCS.items():
        out = []
        for typ, span, occ, attrs, opt in anns:
            pos = -1
            found = 0
            for m in re.finditer(re.escape(span), text):
                i, j = m.start(), m.end()
                if (i > 0 and text[i - 1].isalnum()) or (j < len(text) and text[j].isalnum()):
                    continue  # a whole-word occurrence only
                found += 1
                if found == occ:
                    pos = i
                    break
            if pos < 0:
                print(f"{did}: not found: {span!r} (occurrence {occ})", file=sys.stderr)
                errors += 1
                continue
            b = utf16_len(text[:pos])
            a = {"type": typ, "begin": b, "end": b + utf16_len(span), "text": span}
            a.update(attrs)
            if typ == "figure" and attrs["unit"] in NORM and attrs["kind"] in ("measure", "duration"):
                base, f = NORM[attrs["unit"]]
                a["normalizedValue"] = float(f"{attrs['value'] * f:.7g}")
                a["normalizedUnit"] = base
            if typ == "figure" and attrs["unit"] in ("°C", "°F"):
                v = attrs["value"] if attrs["unit"] == "°C" else (attrs["value"] - 32) * 5 / 9
                a["normalizedValue"] = round(v, 2)
                a["normalizedUnit"] = "°C"
            if opt:
                a["optional"] = True
            out.append(a)
        out.sort(key=lambda a: (a["begin"], a["end"]))
        with open(os.path.join(here, did + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(here, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump({"schema": "concord.annotations/1", "document": {"id": did, "length": utf16_len(text)},
                       "annotations": out}, f, ensure_ascii=False, indent=1)
    print("wrote", len(DOCS), "documents to", here)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
