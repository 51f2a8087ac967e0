#!/usr/bin/env python3
"""Cost of pathological inputs: time per annotator and peak memory on documents made to hurt.

  python3 bench/adversarial_bench.py [--dist launcher/target/concord] [--mb 1] [--runs 3]

Each case is one generated document of about --mb MB (issue 10, case 8): a run of "Mr. ", a run of "1,",
one very long line of news text, a run of quote marks, a run of capitalised words, text without spaces.
For each case it runs `bin/concord annotate` --runs times and reports the median wall time, the median
milliseconds of each annotator (from the document's "annotators" list) and the peak resident memory.
Medians, because the machines are noisy. Writes bench/results/adversarial-<timestamp>.json.
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SENTENCE = "Officials in Lyon said 40 people were hurt on Monday and Marie Dubois said we will rebuild "


def cases(size):
    def fill(unit):
        return unit * max(1, size // len(unit))
    return {
        "mr-run": fill("Mr. "),
        "comma-ones": fill("1,"),
        "one-long-line": fill(SENTENCE),
        "quote-marks": fill("\u201c\" "),
        "capitalised-run": fill("Alpha Beta Gamma Delta "),
        "no-spaces": fill("abcdefghij"),
    }


def run_once(dist, path, out):
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", os.path.join(dist, "bin/concord"), "annotate", path,
                           "--out", out, "--format", "json", "--no-conflicts", "--quiet"],
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    rss_kb = int(proc.stderr.strip().splitlines()[-1]) if proc.stderr.strip() else -1
    doc = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".json")
    annotators = {}
    if os.path.exists(doc):
        for a in json.load(open(doc)).get("annotators", []):
            annotators[a.get("annotator")] = a.get("millis")
    return wall, rss_kb, annotators, proc.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dist", default=os.path.join(ROOT, "launcher/target/concord"))
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="concord-adversarial-")
    results = {}
    for name, text in cases(int(args.mb * 1_000_000)).items():
        path = os.path.join(work, name + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        walls, rss, per = [], [], {}
        for r in range(args.runs):
            wall, kb, annotators, rc = run_once(args.dist, path, os.path.join(work, "out-%s-%d" % (name, r)))
            walls.append(wall)
            rss.append(kb)
            for k, v in annotators.items():
                per.setdefault(k, []).append(v)
        results[name] = {"wall_s": round(statistics.median(walls), 2), "peak_rss_mb": round(max(rss) / 1024),
                         "annotator_ms": {k: statistics.median(v) for k, v in per.items()}}
        print("%-16s %7.2f s  %6d MB  %s" % (name, results[name]["wall_s"], results[name]["peak_rss_mb"],
                                            ", ".join("%s %d ms" % (k, v) for k, v in results[name]["annotator_ms"].items())))
    os.makedirs(os.path.join(ROOT, "bench/results"), exist_ok=True)
    path = os.path.join(ROOT, "bench/results/adversarial-%s.json" % time.strftime("%Y%m%d-%H%M%S"))
    with open(path, "w") as f:
        json.dump({"mb": args.mb, "runs": args.runs, "results": results}, f, indent=2)
    print("written to", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
