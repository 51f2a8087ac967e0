#!/usr/bin/env python3
"""Reads Concord's CoNLL export as NER tools do and checks it against the JSON export of the same run.

Chunks are read as conlleval and seqeval read IOB2 (a chunk begins at B-, or at an I- that does not
continue the chunk before it; a blank line ends a sentence). Each token must be the next piece of the
document's text after white space only (a `_` in a token may stand for white space in the text). Every
person, place and figure of the JSON that shares no token with another one must come back as one chunk
with its label, widened to whole tokens; and no chunk may come from nowhere. Standard library only.

    python3 check_conll.py OUT_DIR DOCS_DIR     (OUT_DIR holds <id>.conll and <id>.json, DOCS_DIR <id>.txt)
"""
import json
import os
import re
import sys

FIGURES = {"count": "CARDINAL", "ratio": "CARDINAL", "money": "MONEY", "percent": "PERCENT",
           "measure": "QUANTITY", "duration": "DATE", "date": "DATE"}


def label(a):
    if a["type"] == "person":
        return "PER"
    if a["type"] == "place":
        return "LOC"
    if a["type"] == "figure":
        return FIGURES.get(a.get("kind"), "CARDINAL")
    return None


def read(conll, text):
    tokens, chunks, cursor, chunk = [], [], 0, None
    for line in conll.split("\n") + [""]:
        cols = line.split()
        boundary = not cols or cols[0] == "-DOCSTART-"
        tag = "O" if boundary else cols[-1]
        typ = None if tag == "O" else tag[2:]
        continues = chunk is not None and tag.startswith("I-") and typ == chunk[0]
        if chunk is not None and not continues:
            chunks.append(tuple(chunk))
            chunk = None
        if boundary:
            continue
        pattern = re.escape(cols[0]).replace("_", "[_\\s]")
        m = re.compile(r"\s*(" + pattern + ")").match(text, cursor)
        if m is None:
            raise ValueError(f"token {cols[0]!r} is not the next piece of the text at {cursor}")
        tokens.append((m.start(1), m.end(1)))
        cursor = m.end(1)
        if typ is not None and not continues:
            chunk = [typ, m.start(1), m.end(1)]
        elif continues:
            chunk[2] = m.end(1)
    return tokens, chunks


def check(out, docs):
    problems, compared = [], 0
    for name in sorted(os.listdir(out)):
        if not name.endswith(".conll"):
            continue
        doc = name[:-6]
        with open(os.path.join(docs, doc + ".txt"), encoding="utf-8-sig", newline="") as f:
            text = f.read()
        with open(os.path.join(out, doc + ".json"), encoding="utf-8") as f:
            annotations = [a for a in json.load(f)["annotations"] if label(a)]
        with open(os.path.join(out, name), encoding="utf-8") as f:
            tokens, chunks = read(f.read(), text)
        # Python counts code points, Concord's JSON UTF-16 units: map the JSON's offsets to Python's
        units = [0]
        for ch in text:
            units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
        index = {u: i for i, u in enumerate(units)}
        covered = []
        for a in annotations:
            b, e = index[a["begin"]], index[a["end"]]
            span = [t for t in tokens if t[0] < e and t[1] > b]
            covered.append((a, {tokens.index(t) for t in span}, span))
        expected = set()
        for a, ids, span in covered:
            alone = all(not (ids & other) for o, other, _ in covered if o is not a)
            if alone and span:
                expected.add((label(a), span[0][0], span[-1][1]))
        got = set(chunks)
        for c in expected - got:
            problems.append(f"{doc}: {c[0]} {text[c[1]:c[2]]!r} not read back")
        allowed = {(label(a), s[0][0], s[-1][1]) for a, _, s in covered if s}
        for c in got - allowed:
            problems.append(f"{doc}: chunk {c[0]} {text[c[1]:c[2]]!r} is no annotation")
        compared += len(expected)
    return compared, problems


if __name__ == "__main__":
    compared, problems = check(sys.argv[1], sys.argv[2])
    for p in problems:
        print(p)
    print(f"{compared} entities compared, {len(problems)} problems")
    sys.exit(1 if problems else 0)
