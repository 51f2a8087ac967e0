#!/usr/bin/env python3
"""Checks a real run's W3C Web Annotation files with Python's own string slicing (standard library only).

    python3 check_webannotation.py OUT INPUT_FOLDER

For every OUT/<id>.jsonld whose text is INPUT_FOLDER/<id>.txt: the text is read as Concord reads it (UTF-8,
a leading BOM dropped, line ends kept: newline=''), every TextPositionSelector sliced from it (Python counts
code points, as the W3C model does) equals its TextQuoteSelector's exact, prefix and suffix are the text
around it, and when OUT/<id>.json is there too, the annotations are the same ones in the same order.
"""
import json
import pathlib
import sys


def main(out, inputs):
    out, inputs = pathlib.Path(out), pathlib.Path(inputs)
    files = sorted(out.glob("*.jsonld"))
    checked = 0
    for f in files:
        doc_id = f.name[: -len(".jsonld")]
        txt = inputs / (doc_id + ".txt")
        if not txt.exists():
            continue
        with open(txt, encoding="utf-8-sig", newline="") as t:
            text = t.read()
        root = json.loads(f.read_text(encoding="utf-8"))
        assert root["@context"] == "http://www.w3.org/ns/anno.jsonld", f
        assert root["type"] == "AnnotationCollection", f
        items = root["first"]["items"]
        assert root["total"] == len(items), f
        for a in items:
            assert a["type"] == "Annotation" and a["id"] and a["target"], a
            sel = {s["type"]: s for s in a["target"]["selector"]}
            pos, quote = sel["TextPositionSelector"], sel["TextQuoteSelector"]
            start, end = pos["start"], pos["end"]
            assert text[start:end] == quote["exact"], (f.name, a["id"], text[start:end], quote["exact"])
            assert text[max(0, start - 32):start] == quote.get("prefix", ""), (f.name, a["id"])
            assert text[end:end + 32] == quote.get("suffix", ""), (f.name, a["id"])
            checked += 1
        exported = out / (doc_id + ".json")
        if exported.exists():
            annotations = json.loads(exported.read_text(encoding="utf-8"))["annotations"]
            assert [(x["type"], x["text"]) for x in annotations] == [
                (a["body"][0]["value"], {s["type"]: s for s in a["target"]["selector"]}["TextQuoteSelector"]["exact"])
                for a in items], f
    print(f"{len(files)} files, {checked} annotations: every position selector slices to its quote")
    return 0 if checked else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
