#!/usr/bin/env python3
"""Writes the hand-made gold of the generalisation texts in the concord.annotations/1 format.

  python3 build-gold.py        (in this folder)

The texts are the *.txt files here (written for this check, not taken from the seeds); annotations.list
lists their person and place mentions in text order (see its header). Each mention is looked up as a whole
word from the end of the previous one. The gold goes to gold/, where GeneralisationIT scores the
distribution's output against it with seeds/gold/score.py.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = HERE


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def main():
    docs = {}
    current = None
    with open(os.path.join(HERE, "annotations.list"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("== "):
                current = line[3:].strip()
                docs[current] = []
            else:
                docs[current].append(line)
    os.makedirs(os.path.join(TEXTS, "gold"), exist_ok=True)
    for doc, lines in docs.items():
        with open(os.path.join(TEXTS, doc + ".txt"), encoding="utf-8-sig") as f:
            text = f.read()
        cursor = 0
        anns = []
        for line in lines:
            optional = line.startswith("?")
            kind, surface, canonical, extra = line.lstrip("?").split("|")
            m = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(text, cursor)
            if not m:
                sys.exit(f"{doc}: '{surface}' not found after {cursor}")
            cursor = m.end()
            a = {"type": "person" if kind == "P" else "place", "begin": utf16(text, m.start()),
                 "end": utf16(text, m.end()), "text": surface, "canonical": canonical}
            if kind == "P" and extra:
                a["role"] = extra
            if kind == "L":
                a["kind"] = extra
            if optional:
                a["optional"] = True
            anns.append(a)
        out = {"schema": "concord.annotations/1", "document": {"id": doc, "length": utf16(text, len(text))},
               "annotations": anns}
        with open(os.path.join(TEXTS, "gold", doc + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote gold for {len(docs)} documents")


if __name__ == "__main__":
    main()
