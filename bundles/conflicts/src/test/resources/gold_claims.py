"""Claims of the conflict sets' gold, found by their text in a set's docs/ (never typed as offsets); shared by
every make_gold.py beside this file.

  from gold_claims import claims, write_gold
  texts, c, g, ab, same = claims(__file__)
  ...
  write_gold(texts, conflicts, consistent, optional)
"""
import json
import os
import sys


def claims(script):
    """The texts of docs/ next to `script`, and the helpers that make claims and groups from them."""
    docs = os.path.join(os.path.dirname(os.path.abspath(script)), 'docs')
    texts = {f[:-4]: open(os.path.join(docs, f), encoding='utf-8').read() for f in os.listdir(docs)
             if f.endswith('.txt')}

    def c(doc, s, v=None, nth=1):
        """The nth occurrence of s in doc, as a claim of version v (None: no version)."""
        t = texts[doc]
        i = -1
        for _ in range(nth):
            i = t.find(s, i + 1)
            assert i >= 0, (doc, s, nth)
        d = {"document": doc, "begin": i, "end": i + len(s), "text": s}
        if v:
            d["version"] = v
        return d

    def g(kind, summary, *claim_list):
        return {"kind": kind, "summary": summary, "claims": list(claim_list)}

    def ab(kind, summary, a, b):
        """a, b: lists of (doc, text[, nth]) for version A and version B"""
        cl = [c(x[0], x[1], "A", *x[2:]) for x in a] + [c(x[0], x[1], "B", *x[2:]) for x in b]
        return g(kind, summary, *cl)

    def same(kind, summary, *xs):
        return g(kind, summary, *[c(x[0], x[1], None, *x[2:]) for x in xs])

    return texts, c, g, ab, same


def write_gold(texts, conflicts, consistent, optional):
    """Writes the gold (to the file named on the command line, else conflicts.gold.json), checks every claim against
    its text, and with --short or --repeats prints the claims worth a second look."""
    out = {"schema": "concord.conflicts/1", "conflicts": conflicts, "consistent": consistent, "optional": optional}
    with open(next((a for a in sys.argv[1:] if not a.startswith('--')), 'conflicts.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(len(conflicts), "conflict groups,", len(consistent), "consistent,", len(optional), "optional")

    for grp in conflicts + consistent + optional:
        for cl in grp["claims"]:
            assert texts[cl["document"]][cl["begin"]:cl["end"]] == cl["text"], cl
            assert all(ord(ch) < 0x10000 for ch in texts[cl["document"]]), cl["document"]  # code points = UTF-16 units

    if '--short' in sys.argv or '--repeats' in sys.argv:
        for grp in conflicts + consistent + optional:
            for cl in grp["claims"]:
                t = texts[cl["document"]]
                if ('--short' in sys.argv and len(cl["text"]) <= 14) or ('--repeats' in sys.argv and t.count(cl["text"]) > 1):
                    ctx = t[max(0, cl["begin"] - 40):cl["end"] + 40].replace("\n", " ")
                    print(f'{cl["document"]:16} [{cl["text"]}] x{t.count(cl["text"])}  ...{ctx}...')
