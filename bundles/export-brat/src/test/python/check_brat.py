#!/usr/bin/env python3
"""Reads a folder of brat standoff (<id>.txt, <id>.ann) the way brat does, in Python, and checks it.

For every text-bound annotation the spans sliced from the .txt (opened with universal newlines and
counted in code points, as brat's server reads it) joined by one space must equal the text column;
every attribute, note and relation must name a text-bound of the file; every entity type and attribute
value must be declared in annotation.conf when the folder has one. Standard library only.

    python3 check_brat.py OUT_DIR      exit status 0 when every file passes
"""
import os
import re
import sys


def conf_declarations(path):
    entities, values = set(), {}
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line
            elif section == "[entities]":
                entities.add(line)
            elif section == "[attributes]":
                name, rest = line.split(None, 1)
                m = re.search(r"Value:([^,]*)", rest)
                values[name] = set(m.group(1).split("|")) if m else {True}
    return entities, values


def check(folder):
    problems, counted = [], 0
    conf = os.path.join(folder, "annotation.conf")
    entities, values = conf_declarations(conf) if os.path.exists(conf) else (None, None)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ann"):
            continue
        with open(os.path.join(folder, name[:-4] + ".txt"), encoding="utf-8") as f:
            text = f.read()
        textbounds = set()
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f]
        for line in lines:
            if line.startswith("T"):
                ident, data, covered = line.split("\t", 2)
                typ, spans = data.split(" ", 1)
                pieces = []
                for span in spans.split(";"):
                    start, end = (int(x) for x in span.split(" "))
                    pieces.append(text[start:end])
                    if "\n" in text[start:end]:
                        problems.append(f"{name} {ident}: a fragment runs over a line break")
                if " ".join(pieces) != covered:
                    problems.append(f"{name} {ident}: {' '.join(pieces)!r} != {covered!r}")
                if entities is not None and typ not in entities:
                    problems.append(f"{name} {ident}: type {typ} not in annotation.conf")
                textbounds.add(ident)
                counted += 1
        for line in lines:
            fields = line.split("\t")
            if line.startswith("A"):
                attr, target, value = fields[1].split(" ", 2)
                if target not in textbounds:
                    problems.append(f"{name} {fields[0]}: no {target}")
                if values is not None and value not in values.get(attr, ()):
                    problems.append(f"{name} {fields[0]}: {attr} {value} not in annotation.conf")
            elif line.startswith("#"):
                if fields[1].split(" ")[1] not in textbounds:
                    problems.append(f"{name} {fields[0]}: note on an unknown annotation")
            elif line.startswith("R"):
                for arg in fields[1].split(" ")[1:]:
                    if arg.split(":")[1] not in textbounds:
                        problems.append(f"{name} {fields[0]}: no {arg}")
    return counted, problems


if __name__ == "__main__":
    counted, problems = check(sys.argv[1])
    for p in problems:
        print(p)
    print(f"{counted} text-bound annotations read, {len(problems)} problems")
    sys.exit(1 if problems else 0)
