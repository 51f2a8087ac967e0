#!/usr/bin/env python3
"""Reads Concord's WebAnno TSV 3.3 export by INCEpTION's rules and checks it against the JSON export.

Offsets are UTF-16 code units (the format's definition), so the text is sliced as UTF-16. Each token's
form must be its slice of the document's text, each sentence's #Text lines (unescaped, joined by line
feeds) the text from its first token, and the named entities read back (units with the same
disambiguation id joined) exactly the JSON's people, places and figures widened to whole tokens.
Standard library only.

    python3 check_webanno.py OUT_DIR DOCS_DIR   (OUT_DIR holds <id>.tsv and <id>.json, DOCS_DIR <id>.txt)
"""
import json
import os
import re
import sys

FIGURES = {"count": "CARDINAL", "ratio": "CARDINAL", "money": "MONEY", "percent": "PERCENT",
           "measure": "QUANTITY", "duration": "DATE", "date": "DATE"}
TEXT_ESCAPES = {"t": "\t", "n": "\n", "f": "\f", "r": "\r", "b": "\b"}


def label(a):
    return {"person": "PER", "place": "LOC"}.get(a["type"]) or (
        FIGURES.get(a.get("kind"), "CARDINAL") if a["type"] == "figure" else None)


def unescape_text(s):
    return re.sub(r"\\(.)", lambda m: TEXT_ESCAPES.get(m.group(1), m.group(1)), s)


def check(out, docs):
    problems, compared = [], 0
    for name in sorted(os.listdir(out)):
        if not name.endswith(".tsv"):
            continue
        doc = name[:-4]
        with open(os.path.join(docs, doc + ".txt"), encoding="utf-8-sig", newline="") as f:
            units = f.read().encode("utf-16-le")
        slice16 = lambda b, e: units[2 * b:2 * e].decode("utf-16-le")
        with open(os.path.join(out, doc + ".json"), encoding="utf-8") as f:
            annotations = [a for a in json.load(f)["annotations"] if label(a)]
        with open(os.path.join(out, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        if lines[0] != "#FORMAT=WebAnno TSV 3.3":
            problems.append(f"{doc}: no TSV 3.3 header")
        tokens, got, by_id, sentence, first = [], [], {}, None, None
        for line in lines[1:]:
            if line.startswith("#Text="):
                part = unescape_text(line[6:])
                sentence = part if first is not None or sentence is None else sentence + "\n" + part
                first = None
                continue
            if not line or line.startswith("#"):
                sentence = None if not line else sentence
                continue
            cols = line.split("\t")
            b, e = (int(x) for x in cols[1].split("-"))
            if slice16(b, e) != cols[2]:
                problems.append(f"{doc} {cols[0]}: {cols[2]!r} is not the text at {b}-{e}")
            first = b if first is None else first
            if not sentence.startswith(slice16(first, e)):
                problems.append(f"{doc} {cols[0]}: #Text does not match the text")
            tokens.append((b, e))
            if cols[4] == "_":
                continue
            for value in re.split(r"(?<!\\)\|", cols[4]):
                m = re.fullmatch(r"(.*?)(?:\[(\d+)\])?", value)
                if m.group(2):
                    span = by_id.setdefault(m.group(2), [m.group(1), b, e])
                    span[2] = e
                else:
                    got.append((m.group(1), b, e))
        got += [tuple(v) for v in by_id.values()]
        expected = []
        for a in annotations:
            span = [t for t in tokens if t[0] < a["end"] and t[1] > a["begin"]]
            if span:
                expected.append((label(a), span[0][0], span[-1][1]))
        if sorted(got) != sorted(expected):
            problems.append(f"{doc}: read {len(got)} entities, expected {len(expected)}: "
                            f"{sorted(set(got) ^ set(expected))[:5]}")
        compared += len(expected)
    return compared, problems


if __name__ == "__main__":
    compared, problems = check(sys.argv[1], sys.argv[2])
    for p in problems:
        print(p)
    print(f"{compared} entities compared, {len(problems)} problems")
    sys.exit(1 if problems else 0)
