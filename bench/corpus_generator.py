#!/usr/bin/env python3
"""A newsroom-shaped collection of news reports, for benchmarks.

  python3 bench/corpus_generator.py OUT_DIR [--mb 5] [--seed 1] [--big-story-copies 0]

Why: a newsroom collection is not five texts repeated. It is many stories of different sizes, most
told by one to four reports, some picked up by ten to fifty outlets, now and then one wire story with
hundreds of near-identical copies; and the copies of a story differ by the small edits outlets make.
That shape is what drives story clustering and conflict detection, so a benchmark must run on it.

What it writes into OUT_DIR:
  doc-NNNNNN.txt   the reports, in shuffled order (stories arrive interleaved), UTF-8
  corpus.json      what was generated: parameters, totals, the stories (base texts, size, length class,
                   documents) and, for every document, its story and the edits applied to it

How a story is built:
  1. Base texts are the project's own: seeds/*.txt and launcher/src/test/resources/generalisation/*/*.txt,
     read at run time, with their gold annotations (people, places, figures, quotes) next to them; a kind
     a gold file does not annotate is guessed (capitalised names, places after a preposition, quotation
     marks, digits), and names known from other texts' gold are replaced too.
  2. A story's text is derived from one base text (plus the paragraphs of one or two more for a long
     feature) by consistently replacing its people (names recombined from the gold first names and
     surnames of all texts), its places (another real place of the same kind), its quotes (quotes of
     other texts) and its figures (every digit figure scaled by one factor, dates and years kept). So
     stories derived from the same base share neither names, places, quotes nor figures, and a story
     clusterer should not take them for copies of each other.
  3. A length class per story: a brief (headline and two or three paragraphs), a standard report, or
     a long feature (several bases combined).
  4. The story's reports are its first text (the original) and syndicated copies of it, each a pure
     copy or carrying one to three edits: a changed figure (40 -> 45, $3.2 billion -> $3.5 billion),
     a shortened or reworded quote, a changed or dropped title of a person (minister -> deputy
     minister), paragraphs dropped or reordered, a different headline, a dateline added, a unit
     restated (270 square miles -> 699 sq km).
  5. Story sizes are long-tailed: about two thirds of the stories have 1-4 reports, a quarter 5-9 and
     one in ten 10-50; --big-story-copies N adds one story of N reports. Stories are added until the
     collection holds --mb megabytes (the big story counts towards it).

Deterministic for a given --seed (and the same base texts).
"""
import argparse
import glob
import json
import math
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE_GLOBS = ["seeds/*.txt", "launcher/src/test/resources/generalisation/*/*.txt"]
FIGURE_KINDS_SCALED = {"count", "money", "percent", "measure"}
AGENCIES = ["Concord Wire", "Metro Desk", "Regional Press", "Daily Ledger", "City News Service", "Evening Post"]
HEADLINE_PREFIXES = ["UPDATE 1-", "UPDATE 2-", "BREAKING: ", "Analysis: ", "Explainer: ", ""]


# ---------------------------------------------------------------------------------------------- base texts

class Base:
    """A base text and its gold annotations; a kind the gold does not annotate is guessed (see guess)."""

    def __init__(self, name, text, annotations):
        self.name, self.text, self.annotations = name, text, annotations
        self.gold_kinds = {a["type"] for a in annotations}

    def of(self, kind):
        if kind in self.gold_kinds:
            return [a for a in self.annotations if a["type"] == kind]
        return guess(self.text, kind)

    def gold(self, kind):
        return [a for a in self.annotations if a["type"] == kind]


NOT_NAMES = set("""The A An In On At For From And But Of To By As It Its This That These Those He She They We I
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Prime Minister President Mayor Governor Chancellor Opposition Police
    Ministry Department Government Parliament Council Court Supreme High National State Federal Central European
    United New North South East West Bank Union Party Republic Health Finance Foreign Interior Defence Labour""".split())
PLACE_CUE = re.compile(r"\b(?:in|at|from|near|across|outside|to) ((?:[A-Z][a-zà-ÿ]+)(?: [A-Z][a-zà-ÿ]+)?)")
PERSON_RX = re.compile(r"(?<![\w.])([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?(?: [A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?){1,4})(?![\w-])")
QUOTE_RX = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")


def guess(text, kind):
    """Rough annotations for a base whose gold lacks a kind: people as two or three capitalised words,
    places after a preposition, quotes between quotation marks, figures as digits (years kept)."""
    out = []
    if kind == "person":
        for m in PERSON_RX.finditer(text):
            words = m.group(1).split()
            while words and words[0] in NOT_NAMES:
                words = words[1:]
            if 2 <= len(words) <= 3 and not any(w in NOT_NAMES for w in words):
                out.append({"type": "person", "text": " ".join(words), "canonical": " ".join(words)})
    elif kind == "place":
        for m in PLACE_CUE.finditer(text):
            if not any(w in NOT_NAMES for w in m.group(1).split()):
                out.append({"type": "place", "text": m.group(1), "canonical": m.group(1), "kind": None})
    elif kind == "quote":
        for m in QUOTE_RX.finditer(text):
            g = 1 if m.group(1) else 2
            out.append({"type": "quote", "text": m.group(g), "begin": m.start(g), "end": m.end(g)})
    elif kind == "figure":
        for m in re.finditer(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,:])\d+(?:\.\d+)?(?![\w:])", text):
            if not re.fullmatch(r"(19|20)\d\d", m.group(0)):
                out.append({"type": "figure", "text": m.group(0), "kind": "count", "begin": m.start(), "end": m.end()})
    return out


def load_bases(root=ROOT):
    bases = []
    for pattern in BASE_GLOBS:
        for path in sorted(glob.glob(os.path.join(root, pattern))):
            with open(path, encoding="utf-8-sig") as f:
                text = f.read().replace("\r\n", "\n")
            gold = os.path.join(os.path.dirname(path), "gold", os.path.basename(path)[:-4] + ".json")
            annotations = []
            if os.path.exists(gold):
                with open(gold, encoding="utf-8") as f:
                    annotations = [a for a in json.load(f).get("annotations", [])
                                   if text[a["begin"]:a["end"]] == a["text"]]
            bases.append(Base(os.path.relpath(path, root), text, annotations))
    if not bases:
        sys.exit("no base texts found under " + root)
    return bases


class Pools:
    """Names, places and quotes of all base texts, to draw replacements from."""

    def __init__(self, bases):
        firsts, lasts, quotes = set(), set(), []
        places, self.place_forms, self.people = {}, {}, {}
        for b in bases:
            for p in b.gold("person"):
                parts = (p.get("canonical") or p["text"]).split()
                if len(parts) >= 2 and all(x[:1].isupper() for x in parts):
                    firsts.add(parts[0])
                    lasts.add(parts[-1])
                    self.people.setdefault(" ".join(parts), {"type": "person", "text": " ".join(parts),
                                                             "canonical": " ".join(parts)})
            for p in b.gold("place"):
                places.setdefault(p.get("kind") or "place", set()).add(p.get("canonical") or p["text"])
                if p["text"][:1].isupper() and len(p["text"]) > 2:
                    self.place_forms.setdefault(p["text"], {"type": "place", "text": p["text"], "kind": p.get("kind"),
                                                            "canonical": p.get("canonical") or p["text"]})
            for q in b.gold("quote"):
                if len(q["text"].split()) >= 4 and "\n" not in q["text"]:
                    quotes.append((b.name, q["text"]))
        self.firsts, self.lasts = sorted(firsts), sorted(lasts)
        self.places = {k: sorted(v) for k, v in places.items()}
        self.all_places = sorted({p for v in places.values() for p in v})
        self.quotes = quotes


# ------------------------------------------------------------------------------------ deriving a story text

def scale_number(text, factor):
    """'1,200' scaled by 1.5 -> '1,800'; keeps decimals and thousands separators; None if not a number."""
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?", text)
    if not m:
        return None
    value = float(text.replace(",", ""))
    decimals = len(m.group(2)) - 1 if m.group(2) else 0
    new = round(value * factor, decimals)
    if decimals == 0:
        new = max(1, int(new))
        return "{:,}".format(new) if "," in text else str(new)
    return "{:.{}f}".format(new, decimals)


def scaled_figure(text, factor):
    """Every number in a figure's text scaled (years and small ordinals kept)."""
    def repl(m):
        s = m.group(0)
        if re.fullmatch(r"(19|20)\d\d", s):
            return s
        return scale_number(s, factor) or s
    return re.sub(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", repl, text)


def new_quote(original, pool, base_name, rng):
    """A quote of another text, ending with the original's punctuation (so the sentence still reads)."""
    others = [q for b, q in pool.quotes if b != base_name]
    if not others:
        return original
    q = rng.choice(others).strip().rstrip(",.;:!?")
    tail = original[-1] if original and original[-1] in ",.!?" else ""
    return q + tail


_KNOWN = {}


def known(base, forms, kind):
    """The base's gold annotations of a kind, plus every form known from other texts' gold found in it."""
    key = (base.name, kind)
    if key not in _KNOWN:
        rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                        + r")(?![\w-])")
        _KNOWN[key] = list(base.of(kind)) + [forms[f] for f in sorted(set(rx.findall(base.text)))]
    return _KNOWN[key]


def person_mapping(base, pools, rng):
    """Every person mention -> a generated name (full name, surname and first name kept consistent)."""
    mapping, new_names = {}, {}
    for p in known(base, pools.people, "person"):
        canonical = p.get("canonical") or p["text"]
        parts = canonical.split()
        if canonical not in new_names:
            new_names[canonical] = (rng.choice(pools.firsts), rng.choice(pools.lasts)) if pools.lasts else None
        new = new_names[canonical]
        if new is None or not parts[0][:1].isupper():
            continue
        mapping[canonical] = new[0] + " " + new[1] if len(parts) > 1 else new[1]
        if len(parts) > 1:
            mapping.setdefault(parts[-1], new[1])
        text = p["text"]
        if text != canonical and text[:1].isupper():
            words = text.split()
            mapping.setdefault(text, new[1] if len(words) == 1 else new[0] + " " + new[1])
    return mapping


def place_mapping(base, pools, rng):
    """Every place mention -> another real place of the same kind, one replacement per canonical place."""
    mapping, chosen = {}, {}
    for p in known(base, pools.place_forms, "place"):
        canonical = p.get("canonical") or p["text"]
        if canonical not in chosen:
            candidates = [x for x in pools.places.get(p.get("kind") or "place", []) if x != canonical]
            chosen[canonical] = rng.choice(candidates or pools.all_places)
        if p["text"][:1].isupper():
            mapping.setdefault(p["text"], chosen[canonical])
            mapping.setdefault(canonical, chosen[canonical])
    for k, v in list(mapping.items()):
        if len(k) > 3:
            mapping.setdefault(k.upper(), v.upper())  # datelines
    return mapping


def replace_words(text, mapping):
    """Whole-word replacement of every key of mapping, longest first, in one pass."""
    keys = sorted((k for k in mapping if k and mapping[k] != k), key=len, reverse=True)
    if not keys:
        return text
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def derive(base, pools, rng):
    """A new story text from a base: other people, places, quotes and figures, consistently."""
    factor = rng.choice([rng.uniform(0.55, 0.9), rng.uniform(1.15, 1.9)])
    spans = []  # (begin, end, replacement), quotes and figures; non-overlapping
    for q in base.of("quote"):
        spans.append((q["begin"], q["end"], new_quote(q["text"], pools, base.name, rng)))
    for f in base.of("figure"):
        if f.get("kind") in FIGURE_KINDS_SCALED and re.search(r"\d", f["text"]):
            spans.append((f["begin"], f["end"], scaled_figure(f["text"], factor)))
    spans.sort()
    kept, end = [], -1
    for s in spans:
        if s[0] >= end:
            kept.append(s)
            end = s[1]
    text = base.text
    for b, e, r in reversed(kept):
        text = text[:b] + r + text[e:]
    places = place_mapping(base, pools, rng)
    mapping = dict(places)
    mapping.update(person_mapping(base, pools, rng))
    return replace_words(text, mapping), sorted({v for v in places.values() if not v.isupper()})


def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def split_headline(paras):
    """(headline or None, body paragraphs): a short first paragraph without a final full stop is a headline."""
    if len(paras) > 1 and len(paras[0]) < 160 and not paras[0].rstrip().endswith((".", "”", '"')):
        return paras[0], paras[1:]
    return None, paras


class Story:
    def __init__(self, sid, length, bases, headline, body, places, date):
        self.id, self.length, self.bases = sid, length, bases
        self.headline, self.body, self.places, self.date = headline, body, places, date


def make_story(sid, bases, pools, rng):
    """One story: a derived base text, trimmed to a brief or combined with more bases into a feature."""
    length = rng.choices(["brief", "standard", "feature"], weights=[35, 45, 20])[0]
    used = [rng.choice(bases)]
    if length == "feature":
        used += rng.sample(bases, rng.choice([1, 2]))
    headline, body, places = None, [], []
    for i, b in enumerate(used):
        text, names = derive(b, pools, rng)
        h, paras = split_headline(paragraphs(text))
        if i == 0:
            headline = h
        body += paras
        places += names
    if length == "brief":
        body = body[:rng.choice([2, 3])]
    date = "%s %d" % (rng.choice(["Jan", "Mar", "May", "Jul", "Sep", "Nov"]), rng.randint(1, 28))
    return Story(sid, length, [b.name for b in used], headline, body, places, date)


# ------------------------------------------------------------------------------------- syndication edits
# Each edit takes (headline, body, story, rng) and returns (headline, body, description) or None when it
# does not apply to this text.

NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])")


def edit_figure(headline, body, story, rng):
    found = [(i, m) for i, p in enumerate(body) for m in NUMBER.finditer(p)
             if not re.fullmatch(r"(19|20)\d\d", m.group(0))]
    if not found:
        return None
    i, m = rng.choice(found)
    old = m.group(0)
    value = float(old.replace(",", ""))
    if value < 10 and "." not in old:
        new = str(int(value) + rng.choice([1, 2]))
    else:
        new = scale_number(old, rng.choice([rng.uniform(1.05, 1.3), rng.uniform(0.75, 0.95)]))
    if not new or new == old:
        return None
    body = list(body)
    body[i] = body[i][:m.start()] + new + body[i][m.end():]
    return headline, body, "figure: %s -> %s" % (old, new)


QUOTE = re.compile(r"“([^”\n]{20,})”|\"([^\"\n]{20,})\"")
SYNONYMS = {"very": "really", "big": "large", "said": "stated", "people": "residents", "we": "we all",
            "must": "have to", "will": "are going to", "think": "believe", "important": "vital",
            "now": "today", "help": "support", "work": "effort", "time": "moment", "good": "positive"}


def edit_quote(headline, body, story, rng):
    found = [(i, m, 1 if m.group(1) else 2) for i, p in enumerate(body) for m in QUOTE.finditer(p)
             if len((m.group(1) or m.group(2)).split()) >= 6]
    if not found:
        return None
    i, m, g = rng.choice(found)
    words = m.group(g).split()
    tail = words[-1][-1] if words[-1][-1] in ",.!?" else ""
    if rng.random() < 0.5:
        new = " ".join(words[:max(3, int(len(words) * rng.uniform(0.4, 0.7)))]).rstrip(",.;:") + "..." + tail
        what = "quote shortened: " + new
    else:
        swappable = [k for k, w in enumerate(words[:-1]) if w.lower() in SYNONYMS]
        if swappable:
            k = rng.choice(swappable)
            words[k] = SYNONYMS[words[k].lower()]
        else:
            del words[rng.randrange(1, len(words) - 1)]
        new = " ".join(words)
        what = "quote reworded: " + new
    body = list(body)
    body[i] = body[i][:m.start(g)] + new + body[i][m.end(g):]
    return headline, body, what


TITLES = [(r"\b([Pp]rime [Mm]inister)\b", ["deputy prime minister", "former prime minister"]),
          (r"\b((?:[A-Z][a-z]+ )?[Mm]inister)\b", ["deputy {0}", "junior {0}", "former {0}"]),
          (r"\b([Pp]resident)\b", ["vice president", "former president"]),
          (r"\b([Mm]ayor|[Gg]overnor|[Cc]hancellor|[Ss]ecretary)\b", ["deputy {0}", "former {0}"]),
          (r"\b(chief executive|spokesman|spokeswoman|director|coach|leader)\b", ["former {0}", "acting {0}"])]
DROPPABLE_TITLE = re.compile(r"\b(?:(?:Prime|Foreign|Finance|Health|Defence|Interior|Deputy) )?"
                             r"(?:Minister|President|Mayor|Governor|Councillor|Senator|Judge|Chancellor|Dr\.) (?=[A-Z][a-z])")


def edit_title(headline, body, story, rng):
    if rng.random() < 0.35:
        found = [(i, m) for i, p in enumerate(body) for m in DROPPABLE_TITLE.finditer(p)]
        if found:
            i, m = rng.choice(found)
            body = list(body)
            body[i] = body[i][:m.start()] + body[i][m.end():]
            return headline, body, "title dropped: %s" % m.group(0).strip()
    found = [(i, m, variants) for pattern, variants in TITLES for i, p in enumerate(body)
             for m in re.finditer(pattern, p)]
    if not found:
        return None
    i, m, variants = rng.choice(found)
    old = m.group(1)
    new = rng.choice(variants).format(old)
    if old[0].isupper():
        new = " ".join(w[:1].upper() + w[1:] for w in new.split())
    body = list(body)
    body[i] = body[i][:m.start(1)] + new + body[i][m.end(1):]
    return headline, body, "title changed: %s -> %s" % (old, new)


def edit_drop(headline, body, story, rng):
    if len(body) < 4:
        return None
    n = rng.choice([1, 1, 2])
    drop = set(rng.sample(range(1, len(body)), n))
    return headline, [p for k, p in enumerate(body) if k not in drop], "paragraphs dropped: %d" % n


def edit_trim(headline, body, story, rng):
    if len(body) < 5:
        return None
    keep = rng.randint(2, len(body) - 2)
    return headline, body[:keep], "trimmed: to %d paragraphs" % keep


def edit_reorder(headline, body, story, rng):
    if len(body) < 4:
        return None
    k = rng.randrange(1, len(body) - 1)
    body = list(body)
    body[k], body[k + 1] = body[k + 1], body[k]
    return headline, body, "paragraphs reordered: %d <-> %d" % (k + 1, k + 2)


DATELINE = re.compile(r"^[A-Z][\w .,'-]{2,40}?(?:, [A-Z][a-z]{2} \d+)? ?(?:\([^)]*\))? ?(?:—|–|--|-) ")


def edit_headline(headline, body, story, rng):
    first = re.split(r"(?<=[.!?])\s", DATELINE.sub("", body[0]))[0] if body else ""
    words = first.split()[:rng.randint(6, 10)]
    if not words:
        return None
    new = rng.choice(HEADLINE_PREFIXES) + " ".join(words).rstrip(",.;:—-")
    if rng.random() < 0.5:
        new = " ".join(w[:1].upper() + w[1:] for w in new.split())
    return new, body, "headline changed: " + new


def edit_dateline(headline, body, story, rng):
    if not body or DATELINE.match(body[0]):
        return None
    place = rng.choice(story.places or ["LONDON"]).upper()
    line = "%s, %s (%s) — " % (place, story.date, rng.choice(AGENCIES))  # one date per story
    return headline, [line + body[0]] + list(body[1:]), "dateline added: " + line.strip()


UNITS = [(r"square miles|sq mi", "sq km", 2.58999), (r"square kilometres|square kilometers|sq km|km2", "square miles", 0.386102),
         (r"kilometres|kilometers|km", "miles", 0.621371), (r"miles", "km", 1.609344),
         (r"hectares", "acres", 2.47105), (r"acres", "hectares", 0.404686),
         (r"metres|meters", "feet", 3.28084), (r"feet", "metres", 0.3048),
         (r"kilograms|kg", "pounds", 2.20462), (r"centimetres|centimeters|cm", "inches", 0.393701),
         (r"degrees Celsius|°C", "°F", None)]


def edit_unit(headline, body, story, rng):
    found = []
    for pattern, target, factor in UNITS:
        rx = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?[ -]?(" + pattern + r")\b")
        found += [(i, m, target, factor) for i, p in enumerate(body) for m in rx.finditer(p)]
    if not found:
        return None
    i, m, target, factor = rng.choice(found)
    value = float((m.group(1) + (m.group(2) or "")).replace(",", ""))
    new_value = value * 9 / 5 + 32 if factor is None else value * factor
    new = ("{:,.0f}" if new_value >= 10 else "{:.1f}").format(new_value) + " " + target
    body = list(body)
    body[i] = body[i][:m.start()] + new + body[i][m.end():]
    return headline, body, "unit restated: %s -> %s" % (m.group(0), new)


EDITS = [(edit_figure, 25), (edit_quote, 18), (edit_title, 12), (edit_drop, 12), (edit_trim, 6),
         (edit_reorder, 8), (edit_headline, 12), (edit_dateline, 10), (edit_unit, 8)]


def syndicated_copy(story, rng):
    """(text, edits) of one outlet's copy: a pure copy (one in five) or one to three edits."""
    headline, body, done, used = story.headline, story.body, [], set()
    if rng.random() >= 0.2:
        wanted = rng.choice([1, 1, 2, 2, 3])
        for _ in range(wanted * 4):
            if len(done) >= wanted:
                break
            edit = rng.choices([e for e, _ in EDITS], weights=[w for _, w in EDITS])[0]
            if edit in used and edit is not edit_figure:
                continue
            used.add(edit)
            out = edit(headline, body, story, rng)
            if out:
                headline, body, what = out
                done.append(what)
    return render(headline, body), done


def render(headline, body):
    return "\n\n".join(([headline] if headline else []) + list(body)) + "\n"


# --------------------------------------------------------------------------------------------- collection

def story_size(rng):
    """Long-tailed: mostly 1-4 reports, some 5-9, one in ten 10-50 (log-uniform)."""
    r = rng.random()
    if r < 0.65:
        return rng.choices([1, 2, 3, 4], weights=[40, 30, 18, 12])[0]
    if r < 0.90:
        return rng.randint(5, 9)
    return int(round(math.exp(rng.uniform(math.log(10), math.log(50)))))


def generate(out_dir, mb=5.0, seed=1, big_story_copies=0, root=ROOT):
    rng = random.Random(seed)
    bases = load_bases(root)
    pools = Pools(bases)
    os.makedirs(out_dir, exist_ok=True)
    budget = int(mb * 1_000_000)
    docs, stories, total = [], [], 0
    sizes = [big_story_copies] if big_story_copies > 0 else []
    while total < budget or sizes:
        big = bool(sizes)
        size = sizes.pop(0) if sizes else story_size(rng)
        story = make_story("story-%04d" % len(stories), bases, pools, rng)
        members = []
        for k in range(size):  # copy 0 is the original
            text, edits = (render(story.headline, story.body), []) if k == 0 else syndicated_copy(story, rng)
            n = len(text.encode("utf-8"))
            docs.append({"text": text, "story": story.id, "copy": k, "bytes": n,
                         "edits": edits if k else ["original"]})
            members.append(len(docs) - 1)
            total += n
            if total >= budget and k > 0 and not big:
                break
        stories.append({"id": story.id, "length": story.length, "bases": story.bases, "size": len(members)})
    order = list(range(len(docs)))
    rng.shuffle(order)
    for pos, i in enumerate(order):
        docs[i]["file"] = "doc-%06d.txt" % pos
        with open(os.path.join(out_dir, docs[i]["file"]), "w", encoding="utf-8") as f:
            f.write(docs[i]["text"])
    return describe(out_dir, docs, stories, mb, seed, big_story_copies, len(bases))


def describe(out_dir, docs, stories, mb, seed, big_story_copies, base_count):
    for s in stories:
        s["documents"] = sorted(d["file"] for d in docs if d["story"] == s["id"])
    histogram = {"1-4": 0, "5-9": 0, "10-50": 0, ">50": 0}
    for s in stories:
        bucket = "1-4" if s["size"] <= 4 else "5-9" if s["size"] <= 9 else "10-50" if s["size"] <= 50 else ">50"
        histogram[bucket] += 1
    edit_counts = {}
    for d in docs:
        for e in d["edits"] or ["pure copy"]:
            key = e.split(":")[0]
            edit_counts[key] = edit_counts.get(key, 0) + 1
    sizes = sorted(d["bytes"] for d in docs)
    info = {
        "generator": "bench/corpus_generator.py",
        "parameters": {"mb": mb, "seed": seed, "bigStoryCopies": big_story_copies, "baseTexts": base_count},
        "documents": len(docs),
        "bytes": sum(sizes),
        "megabytes": round(sum(sizes) / 1e6, 3),
        "documentBytes": {"min": sizes[0], "median": sizes[len(sizes) // 2], "max": sizes[-1]},
        "stories": len(stories),
        "storySizeHistogram": histogram,
        "largestStory": max(s["size"] for s in stories),
        "lengthClasses": {c: sum(1 for s in stories if s["length"] == c) for c in ("brief", "standard", "feature")},
        "editCounts": dict(sorted(edit_counts.items())),
        "storyList": stories,
        "documentList": [{k: d[k] for k in ("file", "story", "copy", "bytes", "edits")}
                         for d in sorted(docs, key=lambda d: d["file"])],
    }
    with open(os.path.join(out_dir, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, indent=1, ensure_ascii=False)
    return info


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--big-story-copies", type=int, default=0)
    args = ap.parse_args()
    info = generate(args.out_dir, args.mb, args.seed, args.big_story_copies)
    print("%d documents, %.2f MB, %d stories (sizes %s, largest %d); edits %s" % (
        info["documents"], info["megabytes"], info["stories"], info["storySizeHistogram"],
        info["largestStory"], info["editCounts"]))


if __name__ == "__main__":
    main()
