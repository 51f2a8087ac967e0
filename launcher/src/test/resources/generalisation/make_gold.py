#!/usr/bin/env python3
"""Writes the gold of a hand-annotated set in the concord.annotations/1 format (GUIDELINES.md): the sets
heldout-news, places-fresh, quotes-fresh and news-fresh3 share this one script.

  python3 make_gold.py SET [-v]   (writes SET/gold/<id>.json; -v prints a review of uncovered tokens)

The texts are the *.txt files of SET, written for that set (not taken from the seeds, the other generalisation
sets or any public benchmark). annotations.list holds the hand annotation, one line per annotation (format in its
header). Offsets are never typed by hand: each span is looked up in the text and converted to UTF-16 code units.

Checks (the script exits non-zero when one fails):
- every line's surface is found, in order; person/place/figure spans do not overlap one another;
- every stretch of text in quotation marks is listed as a quote (Q) or deliberately as a non-quote (X);
- figure kinds, units and qualifiers are from GUIDELINES.md.
It also prints, for review, capitalised words that no person or place covers (not at a sentence start) and
digits that no figure covers, so that a missed name or number is seen.

Decisions beyond GUIDELINES.md (mostly as in ../figures-quotes/make_gold.py):
- a person's name inside the name of an organisation, facility, prize or city is not a person (Nelson Mandela
  Foundation, Jomo Kenyatta International Airport, Davis Cup, Ho Chi Minh City, Rhodes Scholar);
- facilities (airports, stadiums, streets, markets, mines, hospitals, a cemetery, parks) are optional places of
  kind 'other'; city districts and named natural features are places of kind 'other';
- a place word inside an organisation name is not a place (Bank of Korea, Kent County Council); a place in a
  role or before an organisation as a separate word is (Hidaka Mayor, California's Office of Emergency Services);
  'U.S.' in 'U.S. District Judge' / 'U.S. Attorney's Office' is optional (as in ../people-places);
- a compact range (30-40%, 15-20%, 50-75 basis points) is one figure valued at its middle, qualifier approx;
  a spelled-out range (5 to 10 per cent, $3 billion to $5 billion, between 9 trillion and 11 trillion won) is two
  figures, the first taking the unit of the second;
- percentage points have unit 'pp', basis points 'bp' (value as stated); speeds km/h (kph) and mph;
- ages, rates written 'a day'/'a year'/'a month' after an amount, vague quantities (thousands), idiomatic 'one',
  exchange rates without a currency after the number, and holidays (Christmas) are optional;
- one-word quotes are optional; sports scores and vote tallies (3-2, 5-2) are not figures; numbers in names
  (the 118 freeway) are not figures; ordinals (fourth, 21st, third-largest) are not figures;
- a quote's speaker is the person named for it even when the sentence gives only a title or pronoun
  ('the judge said', 'he said', 'the Home Secretary told'); a body when a body speaks (ECB, NNPC).
"""
import json
import os
import re
import sys

# the set's folder: the first argument that is not an option
HERE = os.path.abspath(next((a for a in sys.argv[1:] if not a.startswith("-")), "."))
YEAR_H = 365.25 * 24
# base unit of each unit's dimension (GUIDELINES.md: km2, km, kg, h; and l, km/h, °C as in Concord)
NORM = {"km": ("km", 1), "m": ("km", 1e-3), "cm": ("km", 1e-5), "mm": ("km", 1e-6), "mi": ("km", 1.609344),
        "km2": ("km2", 1), "mi2": ("km2", 2.589988110336), "ha": ("km2", 0.01), "acre": ("km2", 0.0040468564224),
        "kg": ("kg", 1), "t": ("kg", 1000), "h": ("h", 1), "min": ("h", 1 / 60), "d": ("h", 24),
        "week": ("h", 168), "fortnight": ("h", 336), "month": ("h", YEAR_H / 12), "year": ("h", YEAR_H),
        "decade": ("h", YEAR_H * 10), "bbl": ("l", 158.987294928), "yd": ("km", 0.0009144), "in": ("km", 2.54e-5),
        "ft": ("km", 0.0003048), "lb": ("kg", 0.45359237), "mg": ("kg", 1e-6), "g": ("kg", 1e-3), "MW": ("MW", 1), "m3": ("m3", 1), "km/h": ("km/h", 1), "mph": ("km/h", 1.609344)}
KINDS = {"count", "money", "percent", "measure", "duration", "ratio", "date"}
QUALIFIERS = {"exact", "approx", "over", "under", "at-least", "at-most"}
PLACE_KINDS = {"country", "city", "region", "continent", "water", "other"}
OPEN, CLOSE = "“\"", "”\""


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def number(s):
    v = float(s)
    return int(v) if v.is_integer() and abs(v) < 1e15 else v


def find_word(text, surface, start, nth=1):
    pat = re.compile(r"(?<![\w$€£¥₦₹])" + re.escape(surface) + r"(?!\w)")
    pos = start
    for _ in range(nth):
        m = pat.search(text, pos)
        if not m:
            return None
        pos = m.end()
    return m


def quote_span(text, prefix, start):
    """The quote that begins with prefix right after an opening mark, at or after start: (begin, end)."""
    i = start
    while True:
        i = text.find(prefix, i)
        if i < 0:
            return None
        if i > 0 and text[i - 1] in OPEN:
            break
        i += 1
    mark = text[i - 1]
    close = "\"" if mark == "\"" else "”"
    j = text.find(close, i)
    nl = text.find("\n", i)
    if nl >= 0 and (j < 0 or nl < j):  # runs on into the next paragraph: one quote per paragraph
        j = nl
        while text[j - 1].isspace():
            j -= 1
    return i, j


def quoted_stretches(text):
    """Every stretch in double quotation marks, one per paragraph: list of (begin, end)."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        p, s = para.group(), para.start()
        i = 0
        while i < len(p):
            if p[i] in OPEN and (p[i] == "“" or i == 0 or not p[i - 1].isalnum()):
                close = "\"" if p[i] == "\"" else "”"
                j = p.find(close, i + 1)
                j = len(p) if j < 0 else j
                out.append((s + i + 1, s + j))
                i = j + 1
            else:
                i += 1
    # a quote whose paragraph opens with a mark and ends without one continues; already covered above
    return out


def parse_list(path):
    docs, cur = {}, None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("== "):
                cur = line[3:].strip()
                docs[cur] = []
            else:
                docs[cur].append((n, line))
    return docs


def build(doc, lines, errors):
    with open(os.path.join(HERE, doc + ".txt"), encoding="utf-8-sig") as f:
        text = f.read()
    cursor, qcursor = 0, 0
    anns, spans, covered_quotes = [], [], []

    def err(n, msg):
        errors.append(f"{doc} line {n}: {msg}")

    for n, line in lines:
        optional = line.startswith("?")
        fields = line.lstrip("?").split("|")
        tag = fields[0]
        if tag in ("P", "L", "F"):
            surface, nth = fields[1], 1
            m = re.fullmatch(r"(.*)@(\d+)", surface)
            if m:
                surface, nth = m.group(1), int(m.group(2))
            hit = find_word(text, surface, cursor, nth)
            if not hit:
                err(n, f"{surface!r} not found after offset {cursor}")
                continue
            b, e = hit.start(), hit.end()
            cursor = e
            a = {"type": {"P": "person", "L": "place", "F": "figure"}[tag], "begin": utf16(text, b),
                 "end": utf16(text, e), "text": surface}
            if tag == "P":
                a["canonical"] = fields[2]
                if len(fields) > 3 and fields[3]:
                    a["role"] = fields[3]
            elif tag == "L":
                a["canonical"], a["kind"] = fields[2], fields[3]
                if a["kind"] not in PLACE_KINDS:
                    err(n, f"place kind {a['kind']}")
            else:
                kind, value = fields[2], fields[3]
                unit = fields[4] if len(fields) > 4 and fields[4] else None
                qual = fields[5] if len(fields) > 5 and fields[5] else "exact"
                if unit in QUALIFIERS:  # a qualifier written one column early
                    err(n, f"qualifier {unit!r} in the unit field")
                if kind not in KINDS or qual not in QUALIFIERS:
                    err(n, f"figure kind/qualifier {kind}/{qual}")
                a.update(kind=kind, value=value if kind == "date" else number(value), unit=unit, qualifier=qual)
                if kind in ("measure", "duration") and unit in NORM:
                    base, factor = NORM[unit]
                    a["normalizedValue"] = number(f"{a['value'] * factor:.7g}")
                    a["normalizedUnit"] = base
                elif kind in ("measure", "duration") and unit in ("°C", "°F"):
                    v = a["value"] if unit == "°C" else (a["value"] - 32) * 5 / 9
                    a["normalizedValue"], a["normalizedUnit"] = round(v, 2), "°C"
                elif kind in ("measure", "duration"):
                    err(n, f"no normalisation for unit {unit}")
            for sb, se, sn in spans:
                if b < se and sb < e:
                    err(n, f"{surface!r} overlaps the span of line {sn}")
            spans.append((b, e, n))
        elif tag == "Q":
            q = quote_span(text, fields[1], qcursor)
            if not q:
                err(n, f"quote {fields[1]!r} not found after offset {qcursor}")
                continue
            b, e = q
            qcursor = e
            speaker = None if fields[2] == "-" else fields[2]
            a = {"type": "quote", "begin": utf16(text, b), "end": utf16(text, e), "text": text[b:e],
                 "speaker": speaker}
            if len(fields) > 3 and fields[3]:
                a["cue"] = fields[3]
            covered_quotes.append((b, e))
        elif tag == "X":
            q = quote_span(text, fields[1], 0)
            if not q:
                err(n, f"non-quote {fields[1]!r} not found")
            else:
                covered_quotes.append(q)
            continue
        else:
            err(n, f"unknown line {line!r}")
            continue
        if optional:
            a["optional"] = True
        anns.append(a)

    for b, e in quoted_stretches(text):
        if not any(qb <= b < qe or b <= qb < e for qb, qe in covered_quotes):
            errors.append(f"{doc}: quoted text not listed as Q or X: {text[b:e][:60]!r}")

    review = []
    ent = [(s, e) for s, e, _ in spans]
    for m in re.finditer(r"\b[A-Z][\w’'.-]*", text):
        if any(s <= m.start() < e for s, e in ent):
            continue
        before = text[:m.start()].rstrip(" “\"(")
        if not before or before[-1] in ".!?:\n—-" or before.endswith("--"):
            continue
        review.append(m.group())
    digits = [m.group() for m in re.finditer(r"\d[\d,.]*", text) if not any(s <= m.start() < e for s, e in ent)]
    anns.sort(key=lambda a: (a["begin"], a["end"], a["type"]))
    out = {"schema": "concord.annotations/1", "document": {"id": doc, "length": utf16(text, len(text))},
           "annotations": anns}
    with open(os.path.join(HERE, "gold", doc + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return anns, review, digits, len(text.split())


def main():
    docs = parse_list(os.path.join(HERE, "annotations.list"))
    texts = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    errors = [f"text without annotations: {t}" for t in texts if t not in docs]
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    totals = {}
    for doc, lines in docs.items():
        anns, review, digits, words = build(doc, lines, errors)
        for a in anns:
            key = a["type"] + (" (optional)" if a.get("optional") else "")
            totals[key] = totals.get(key, 0) + 1
        if "-v" in sys.argv:
            print(f"{doc} ({words} words): capitalised, not covered: {' '.join(review)}")
            print(f"{' ' * len(doc)}   digits, not covered: {' '.join(digits)}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"wrote gold for {len(docs)} documents:", ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
