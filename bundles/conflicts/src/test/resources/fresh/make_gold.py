# Writes conflicts.gold.json (concord.conflicts/1) for the texts in docs/: spans are found by their text.
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
conflicts = [
 g("figure", "Landslide death toll: 27 (s1a, s1c) vs 31 (s1b)",
   c("s1a_landslide", "27 people", "A"), c("s1c_landslide", "27 people dead", "A"), c("s1b_landslide", "31 people", "B")),
 g("quote", "Thapa: mud 'came down in seconds and buried two villages' (s1a, s1b excerpt) vs 'came down within seconds and swallowed two villages' (s1c)",
   c("s1a_landslide", "The mud came down in seconds and buried two villages.", "A"),
   c("s1b_landslide", "The mud came down in seconds,", "A"),
   c("s1c_landslide", "The mud came down within seconds and swallowed two villages,", "B")),
 g("figure", "IMF loan for Egypt: $8 billion (s2a, s2b) vs USD 6 billion (s2c)",
   c("s2a_imf", "$8 billion", "A"), c("s2b_imf", "8bn dollar", "A", 2), c("s2d_imf", "$8 billion", "A"), c("s2c_imf", "USD 6 billion", "B", 2)),
 g("role", "Khaled Mansour: Finance Minister (s2a, s2b) vs former finance minister (s2c)",
   c("s2a_imf", "Finance Minister Khaled Mansour", "A"), c("s2b_imf", "Finance Minister Khaled Mansour", "A"),
   c("s2d_imf", "Finance Minister Khaled Mansour", "A"), c("s2c_imf", "Former finance minister Khaled Mansour", "B")),
 g("date", "Date of the Geneva talks: Wednesday (s3a), June 12, 2024 (s3b) vs June 13, 2024, a Thursday (s3c)",
   c("s3a_talks", "Wednesday", "A"), c("s3b_talks", "June 12, 2024", "A"), c("s3c_talks", "June 13, 2024", "B")),
 g("quote", "Okello: 'We will not accept a frozen conflict' (s3a) vs 'We will never accept a frozen conflict' (s3b)",
   c("s3a_talks", "We will not accept a frozen conflict that leaves millions hungry.", "A"),
   c("s3b_talks", "We will never accept a frozen conflict that leaves millions hungry,", "B")),
 g("attribution", "'the guns must fall silent before the rainy season': Okello (s3a) vs Hamdan (s3c)",
   c("s3a_talks", "the guns must fall silent before the rainy season.", "A"),
   c("s3c_talks", "The guns must fall silent before the rainy season,", "B")),
 g("figure", "Price of Solvik: 4.5 billion euros (s4a, s4b) vs €5.4 billion (s4c)",
   c("s4a_deal", "4.5 billion euros", "A", 2), c("s4b_deal", "€4.5bn", "A", 2), c("s4c_deal", "€5.4 billion", "B")),
]
consistent = [
 g("figure", "Toll of the Sindhupalchok landslide (27) vs other tolls (38 nationwide since March, 45 in last year's floods, 4 in Dolakha)",
   c("s1d_landslide", "38 people"), c("s1d_landslide", "45 people"), c("s1d_landslide", "four people"),
   c("s1a_landslide", "27 people"), c("s1c_landslide", "27 people dead"), c("s1a_landslide", "27", None, 1)),
 g("figure", "Toll of the Sindhupalchok landslide (31) vs other tolls (38 nationwide since March, 45 in last year's floods, 4 in Dolakha)",
   c("s1d_landslide", "38 people"), c("s1d_landslide", "45 people"), c("s1d_landslide", "four people"),
   c("s1b_landslide", "31 people"), c("s1b_landslide", "31", None, 1)),
 g("date", "Bonds rallied on Monday (s2d) vs IMF board approval on Friday", c("s2d_imf", "Monday"), c("s2a_imf", "Friday"), c("s2b_imf", "Friday"), c("s2c_imf", "Friday")),
 g("figure", "40 police officers vs 40 injured", c("s1d_landslide", "40 police"), c("s1a_landslide", "40"), c("s1b_landslide", "40 people")),
 g("date", "Dolakha landslide on Monday vs Sindhupalchok landslide on Tuesday / March 5",
   c("s1d_landslide", "Monday"), c("s1a_landslide", "Tuesday"), c("s1b_landslide", "March 5, 2024"), c("s1c_landslide", "Tuesday")),
 g("figure", "Other sums in Egypt's story (UAE deal $5 billion, Saudi deposit $5.3 billion, gaps $11bn/$28bn) vs the IMF loan",
   c("s2d_imf", "$5 billion"), c("s2d_imf", "$5.3 billion"), c("s2d_imf", "$11 billion"), c("s2d_imf", "$28 billion"),
   c("s2a_imf", "$8 billion", None, 1), c("s2a_imf", "$8 billion", None, 2), c("s2b_imf", "8bn dollar", None, 1), c("s2b_imf", "8bn dollar", None, 2)),
 g("figure", "Other sums in Egypt's story vs the USD 6 billion loan", c("s2d_imf", "$5 billion"), c("s2d_imf", "$5.3 billion"),
   c("s2d_imf", "$11 billion"), c("s2c_imf", "USD 6 billion", None, 1), c("s2c_imf", "USD 6 billion", None, 2)),
 g("figure", "Injured: 40 = 40 = some 40", c("s1a_landslide", "40"), c("s1b_landslide", "40 people"), c("s1c_landslide", "some 40")),
 g("figure", "Rain: 150 millimetres = nearly six inches = around 150 mm",
   c("s1a_landslide", "150 millimetres"), c("s1b_landslide", "six inches"), c("s1c_landslide", "150 mm")),
 g("figure", "Evacuated: more than 12,000 = some 12,500 = the 12,000",
   c("s1a_landslide", "12,000 residents"), c("s1b_landslide", "12,500 people"), c("s1c_landslide", "12,000 people")),
 g("date", "Landslide day: Tuesday = March 5, 2024 = Tuesday's",
   c("s1a_landslide", "Tuesday"), c("s1b_landslide", "March 5, 2024"), c("s1c_landslide", "Tuesday")),
 g("date", "Different events: rescue resumed Wednesday vs search suspended Thursday vs toll given Wednesday",
   c("s1a_landslide", "Wednesday"), c("s1b_landslide", "Thursday"), c("s1b_landslide", "Wednesday")),
 g("quote", "Thapa quote truncated", c("s1a_landslide", "The mud came down in seconds and buried two villages."), c("s1b_landslide", "The mud came down in seconds,")),
 g("figure", "Relief: 200,000 rupees", c("s1a_landslide", "200,000 rupees"), c("s1b_landslide", "200,000 rupees")),
 g("figure", "First tranche: $820 million = $820m", c("s2a_imf", "$820 million"), c("s2b_imf", "$820m")),
 g("figure", "Inflation: 35.7% = nearly 36 per cent = 35.7 per cent",
   c("s2a_imf", "35.7%"), c("s2b_imf", "36 per cent"), c("s2c_imf", "35.7 per cent")),
 g("quote", "Mansour quote truncated", c("s2a_imf", "restore confidence in the Egyptian economy and bring inflation down step by step."),
   c("s2b_imf", "restore confidence in the Egyptian economy."), c("s2c_imf", "restore confidence in the Egyptian economy and bring inflation down step by step.")),
 g("figure", "Different things: loan $8 billion vs tranche $820 million vs import backlog $6 billion",
   c("s2a_imf", "$6 billion"), c("s2c_imf", "USD 6 billion"), c("s2b_imf", "$820m")),
 g("figure", "Different prices: bread 20 piastres vs petrol 12.25 pounds a litre",
   c("s2a_imf", "20 piastres"), c("s2b_imf", "12.25 pounds")),
 g("role", "Secretary-General = Secretary General", c("s3a_talks", "UN Secretary-General Antonio Guterres"), c("s3b_talks", "UN Secretary General Antonio Guterres")),
 g("role", "adviser = aide", c("s3a_talks", "Okello's adviser Peter Lomole"), c("s3b_talks", "Okello aide Peter Lomole")),
 g("figure", "Hunger: around 25 million = some 25 million = about 25 million",
   c("s3a_talks", "25 million"), c("s3b_talks", "25 million"), c("s3c_talks", "25 million")),
 g("figure", "Different quantities: 25 million hungry vs 10 million displaced",
   c("s3a_talks", "10 million"), c("s3c_talks", "10 million"), c("s3b_talks", "25 million")),
 g("date", "Jeddah round (another event) vs Geneva talks (Wednesday/June 12)",
   c("u1_jeddah", "October 2, 2024"), c("u1_jeddah", "Thursday"), c("s3a_talks", "Wednesday"), c("s3b_talks", "June 12, 2024")),
 g("date", "Jeddah round (another event) vs Geneva talks (June 13)",
   c("u1_jeddah", "October 2, 2024"), c("u1_jeddah", "Thursday"), c("s3c_talks", "June 13, 2024")),
 g("quote", "Okello's Geneva quote truncated in s3c", c("s3a_talks", "We will not accept a frozen conflict that leaves millions hungry."), c("s3c_talks", "a first step")),
 g("figure", "Premium: 19.3% = just over 19 per cent", c("s4a_deal", "19.3%"), c("s4b_deal", "19 per cent"), c("s4c_deal", "19.3%")),
 g("figure", "Farms: three = 3", c("s4a_deal", "three offshore wind farms"), c("s4b_deal", "3 wind farms"), c("s4c_deal", "three wind farms")),
 g("figure", "Capacity 1,200 megawatts = 1,200 MW", c("s4a_deal", "1,200 megawatts"), c("s4c_deal", "1,200 MW")),
 g("figure", "Jobs: about 1,200 = 1,200 positions", c("s4a_deal", "1,200 jobs"), c("s4b_deal", "1,200 positions")),
 g("figure", "Offer: 212 crowns per share", c("s4a_deal", "212 crowns"), c("s4b_deal", "212 crowns"), c("s4c_deal", "212 crowns")),
 g("date", "Announcement: Tuesday = September 17, 2024", c("s4a_deal", "Tuesday"), c("s4b_deal", "September 17, 2024"), c("s4c_deal", "Tuesday")),
 g("date", "Closing: first quarter of 2025 = early next year", c("s4a_deal", "first quarter of 2025"), c("s4c_deal", "early next year")),
 g("quote", "Dahl quote: excerpt vs full", c("s4a_deal", "make us the leading wind player in northern Europe."),
   c("s4b_deal", "This will make us the leading wind player in northern Europe,"), c("s4c_deal", "make us the leading wind player in northern Europe.")),
 g("role", "chief executive = CEO", c("s4a_deal", "Nordlys chief executive Ingrid Dahl"), c("s4b_deal", "Nordlys CEO Ingrid Dahl")),
]
optional = [
 g("role", "Ingrid Dahl: chief executive / CEO (s4a, s4b) vs chairman (s4c): one person can be chairman and chief executive",
   c("s4a_deal", "Nordlys chief executive Ingrid Dahl", "A"), c("s4b_deal", "Nordlys CEO Ingrid Dahl", "A"),
   c("s4c_deal", "Nordlys chairman Ingrid Dahl", "B")),
 g("figure", "Headline repeats of the toll: 27 (s1a headline) vs 31 (s1b headline and body)",
   c("s1a_landslide", "27", "A", 1), c("s1a_landslide", "27 people", "A"), c("s1c_landslide", "27 people dead", "A"),
   c("s1b_landslide", "31", "B", 1), c("s1b_landslide", "31 people", "B")),
 g("figure", "Headline repeats of the IMF loan: $8 billion / 8bn dollar (s2a, s2b) vs USD 6 billion (s2c)",
   c("s2a_imf", "$8 billion", "A", 1), c("s2a_imf", "$8 billion", "A", 2), c("s2b_imf", "8bn dollar", "A", 1),
   c("s2b_imf", "8bn dollar", "A", 2), c("s2d_imf", "$8 billion", "A"), c("s2c_imf", "USD 6 billion", "B", 1),
   c("s2c_imf", "USD 6 billion", "B", 2)),
 g("figure", "Headline repeats of the Solvik price: 4.5 billion euros / €4.5bn (s4a, s4b) vs €5.4 billion (s4c)",
   c("s4a_deal", "4.5 billion euros", "A", 1), c("s4a_deal", "4.5 billion euros", "A", 2), c("s4b_deal", "€4.5bn", "A", 1),
   c("s4b_deal", "€4.5bn", "A", 2), c("s4c_deal", "€5.4 billion", "B")),
 g("figure", "Houses swept away (27, s1c) is not the toll; debatable pairing with nothing", c("s1c_landslide", "27 houses", "A")),
]
out = {"schema": "concord.conflicts/1", "conflicts": conflicts, "consistent": consistent, "optional": optional}
json.dump(out, open(sys.argv[1], 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
print(len(conflicts), len(consistent))
