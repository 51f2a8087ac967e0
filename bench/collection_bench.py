#!/usr/bin/env python3
"""Concord over a newsroom-shaped collection, phase by phase, against a baseline kept in the repo.

  python3 bench/collection_bench.py [--dist launcher/target/concord] [--mb 5] [--runs 3] [--threads 2]
                                    [--seed 1] [--big-story-copies 0]
                                    [--baseline bench/baseline-collection.json] [--write-baseline]

Generates a collection with bench/corpus_generator.py (many stories of different sizes, syndicated copies
with small edits; --big-story-copies N adds one story of N copies) into a temporary folder, copies the
distribution there (so a rebuild meanwhile does not change what is measured), and per run measures:
  startup       wall time of `bin/concord bundles` (JVM + Felix + all bundles up, command run, stopped)
  annotate      run.json annotateSeconds: reading, annotating and writing the per-document JSON
  conflicts     run.json totalSeconds - annotateSeconds: story grouping, conflict rules and writing
                conflicts.json / conflicts.html
  overhead      wall time of `annotate` - totalSeconds: JVM and framework start and stop, run.json
  wall          wall time of the whole `annotate` command
  documents/s and MB/s of the annotate phase, and the peak resident memory (VmHWM) of the process.
Writing is not a phase of its own: run.json does not time it apart, so per-document JSON writing is in
annotate and the conflict files in conflicts; the bytes written are reported.

Also reports how the stories Concord found compare with the generated ones (pair precision and recall)
from the first run's conflicts.json, which says whether the corpus is shaped as intended.

Prints medians and, against --baseline, the ratio per phase: baseline/now for times (above 1 = faster
now), now/baseline for throughput (above 1 = faster now), baseline/now for memory (above 1 = less now).
A baseline measured on another corpus (size, seed, big story) is still compared, with a warning.
Writes bench/results/collection-<timestamp>.json. --write-baseline writes this run as the baseline,
keeping the previous baseline inside it under "previous".
"""
import argparse
import collections
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_generator  # noqa: E402
from runtime_bench import ROOT, copy_dist, run_measured  # noqa: E402

# phase key, label, unit, "time" (lower is better) or "rate" (higher is better)
PHASES = [("startupSeconds", "start-up (bundles)", "s", "time"),
          ("annotateSeconds", "annotate", "s", "time"),
          ("conflictSeconds", "conflicts", "s", "time"),
          ("overheadSeconds", "JVM/framework overhead", "s", "time"),
          ("wallSeconds", "annotate command wall", "s", "time"),
          ("documentsPerSecond", "documents/s (annotate)", "/s", "rate"),
          ("megabytesPerSecond", "MB/s (annotate)", "MB/s", "rate"),
          ("peakRssMegabytes", "peak RSS", "MB", "time")]


def one_run(concord, corpus, out, threads, docs, size):
    """Start-up and one annotate with conflicts; the measurements of this run."""
    secs, _, rc, err = run_measured([concord, "bundles"])
    if rc != 0:
        sys.exit("bin/concord bundles failed:\n" + err)
    startup = secs
    wall, peak, rc, err = run_measured([concord, "annotate", corpus, "--out", out, "--threads", str(threads), "--quiet"])
    if rc != 0:
        sys.exit("annotate failed (exit %d):\n%s" % (rc, err))
    with open(os.path.join(out, "run.json"), encoding="utf-8") as f:
        run = json.load(f)
    written = sum(os.path.getsize(os.path.join(out, n)) for n in os.listdir(out))
    conflict_files = sum(os.path.getsize(os.path.join(out, n)) for n in ("conflicts.json", "conflicts.html")
                         if os.path.exists(os.path.join(out, n)))
    return {
        "startupSeconds": startup,
        "annotateSeconds": run["annotateSeconds"],
        "conflictSeconds": run["totalSeconds"] - run["annotateSeconds"],
        "overheadSeconds": wall - run["totalSeconds"],
        "wallSeconds": wall,
        "documentsPerSecond": docs / run["annotateSeconds"],
        "megabytesPerSecond": size / 1e6 / run["annotateSeconds"],
        "peakRssMegabytes": peak,
        "writtenMegabytes": written / 1e6,
        "conflictFilesMegabytes": conflict_files / 1e6,
        "conflicts": run.get("conflicts"),
        "consistent": run.get("consistent"),
        "storiesFound": run.get("stories"),
        "failed": len(run.get("failed") or []),
        "annotatorProblems": run.get("annotatorProblems") or [],
        "pipeline": ["%s %s" % (p.get("id"), p.get("version")) for p in run.get("pipeline", [])],
        "stderr": err.strip()[-2000:],
    }


def pairs(n):
    return n * (n - 1) // 2


def story_agreement(out, corpus_info):
    """Pair precision and recall of Concord's stories against the generated ones."""
    path = os.path.join(out, "conflicts.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        found = json.load(f).get("stories", [])
    truth = {d["file"][:-4]: d["story"] for d in corpus_info["documentList"]}
    together = sum(pairs(c) for s in found
                   for c in collections.Counter(truth.get(d) for d in s["documents"]).values())
    found_pairs = sum(pairs(len(s["documents"])) for s in found)
    true_pairs = sum(pairs(s["size"]) for s in corpus_info["storyList"])
    return {"generatedStories": corpus_info["stories"], "foundStories": len(found),
            "pairPrecision": round(together / found_pairs, 3) if found_pairs else None,
            "pairRecall": round(together / true_pairs, 3) if true_pairs else None}


def medians(runs):
    return {k: round(statistics.median(r[k] for r in runs), 3) for k, _, _, _ in PHASES}


def ratios(now, base):
    out = {}
    for k, _, _, better in PHASES:
        b, n = base.get(k), now.get(k)
        if b and n:
            out[k] = round(b / n if better == "time" else n / b, 3)
    return out


def shown(path):
    """A path relative to the repository when inside it."""
    rel = os.path.relpath(os.path.abspath(path), ROOT)
    return path if rel.startswith("..") else rel


def load_baseline(path):
    if not path or not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def corpus_key(result):
    p = result["corpus"]["parameters"]
    return (p["mb"], p["seed"], p["bigStoryCopies"], result["threads"])


def print_table(result, baseline):
    c = result["corpus"]
    print("corpus: %d documents, %.2f MB, %d stories (%s, largest %d); %d run(s), %d threads" % (
        c["documents"], c["megabytes"], c["stories"], c["storySizeHistogram"], c["largestStory"],
        len(result["runs"]), result["threads"]))
    base = baseline["medians"] if baseline else {}
    rat = result.get("ratioToBaseline") or {}
    print("%-26s %12s %12s %8s" % ("phase (median)", "now", "baseline", "ratio"))
    for k, label, unit, _ in PHASES:
        b = base.get(k)
        print("%-26s %12s %12s %8s" % (label, "%.3f %s" % (result["medians"][k], unit),
                                       "%.3f" % b if b is not None else "-",
                                       "%.2f" % rat[k] if k in rat else "-"))
    a = result.get("storyAgreement")
    if a:
        print("stories: generated %d, found %d, pair precision %s, recall %s" % (
            a["generatedStories"], a["foundStories"], a["pairPrecision"], a["pairRecall"]))
    last = result["runs"][-1]
    print("written: %.1f MB (conflict files %.1f MB); conflicts %s, consistent %s, failed %d" % (
        last["writtenMegabytes"], last["conflictFilesMegabytes"], last["conflicts"], last["consistent"], last["failed"]))
    if rat:
        print("ratios: times and memory baseline/now, throughput now/baseline; above 1 = better now")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dist", default=os.path.join(ROOT, "launcher", "target", "concord"))
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--big-story-copies", type=int, default=0)
    ap.add_argument("--baseline", default=os.path.join(ROOT, "bench", "baseline-collection.json"))
    ap.add_argument("--write-baseline", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.dist, "bin", "concord")):
        sys.exit("no distribution at %s: build it first (mvn -B package -DskipTests)" % args.dist)

    work = tempfile.mkdtemp(prefix="concord-collection-")
    try:
        home = copy_dist(args.dist, work)
        concord = os.path.join(home, "bin", "concord")
        corpus = os.path.join(work, "corpus")
        info = corpus_generator.generate(corpus, args.mb, args.seed, args.big_story_copies)
        # the description stays outside the folder annotated, so that only reports are read
        os.replace(os.path.join(corpus, "corpus.json"), os.path.join(work, "corpus.json"))
        runs, agreement = [], None
        for i in range(args.runs):
            out = os.path.join(work, "out-%d" % i)
            runs.append(one_run(concord, corpus, out, args.threads, info["documents"], info["bytes"]))
            if i == 0:
                agreement = story_agreement(out, info)
            shutil.rmtree(out, ignore_errors=True)
            print("run %d: annotate %.2f s, conflicts %.2f s, peak RSS %.0f MB" % (
                i + 1, runs[-1]["annotateSeconds"], runs[-1]["conflictSeconds"], runs[-1]["peakRssMegabytes"]),
                file=sys.stderr, flush=True)

        corpus_summary = {k: v for k, v in info.items() if k not in ("storyList", "documentList")}
        result = {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "machine": {"cpus": os.cpu_count()},
            "dist": shown(args.dist),
            "command": "python3 bench/collection_bench.py " + " ".join(sys.argv[1:]),
            "threads": args.threads,
            "corpus": corpus_summary,
            "pipeline": runs[0]["pipeline"],
            "medians": medians(runs),
            "storyAgreement": agreement,
            "runs": runs,
        }
        baseline = load_baseline(args.baseline)
        if baseline:
            result["baseline"] = {"file": shown(args.baseline), "timestamp": baseline.get("timestamp")}
            result["ratioToBaseline"] = ratios(result["medians"], baseline["medians"])
            if corpus_key(baseline) != corpus_key(result):
                print("warning: the baseline was measured on another corpus or thread count %s; now %s" % (
                    corpus_key(baseline), corpus_key(result)))
            if baseline.get("previous"):
                result["ratioToPreviousBaseline"] = ratios(result["medians"], baseline["previous"]["medians"])

        os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
        path = os.path.join(ROOT, "bench", "results", "collection-%s.json" % time.strftime("%Y%m%d-%H%M%S"))
        with open(path, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2)
        print_table(result, baseline)
        print("written to", os.path.relpath(path, ROOT))
        if args.write_baseline:
            new = {k: v for k, v in result.items() if k not in ("baseline", "ratioToBaseline", "ratioToPreviousBaseline")}
            if baseline:  # one level kept: the baseline this one replaces, without its own "previous"
                new["previous"] = {k: v for k, v in baseline.items() if k != "previous"}
            with open(args.baseline, "w", encoding="utf-8") as f:
                json.dump(new, f, indent=2)
            print("baseline written to", shown(args.baseline))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
