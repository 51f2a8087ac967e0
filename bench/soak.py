#!/usr/bin/env python3
"""A soak test of the batch: a long run with annotator bundles updated and removed every few seconds, corrupt
files mixed in, and the process killed once and resumed.

  python3 bench/soak.py [--dist launcher/target/concord] [--mb 4] [--churn-seconds 3] [--kill-at 0.4]
                        [--threads 2] [--seed 1]

Generates a newsroom-shaped collection (bench/corpus_generator.py) of at least --mb MB and mixes in one corrupt
file per 50 documents (binary, empty, not UTF-8). Copies the distribution into a temporary folder and runs
`annotate --threads N` (with conflicts) into one output folder while a second thread, every --churn-seconds,
does one of: drop an updated places annotator (its version bumped) into deploy/, remove the people annotator,
put people and the original places back, replace the figures annotator with the same jar. When --kill-at of the
documents are written, the process is killed (SIGKILL, no shutdown hook); the original jars are put back and the
same command is run again with --resume until it ends (the churn goes on after a few seconds). A document the
first run annotated with the pipeline the resumed run starts with is kept; the others are annotated again.

Reports:
  lost        valid documents with neither an output file nor a state in run.json (must be 0)
  corrupt     corrupt files recorded as failed, with their reasons (all must be)
  failed      documents failed by cause; annotator problems by annotator and status
  resumed     documents the second run kept from the first
  memory      resident memory (MB) sampled every 0.5 s: per run the median and maximum, and the trend of the
              first run (MB per minute over its second half, from a least-squares line)
  pipeline    how many documents each annotator version annotated (the churn's effect)
Writes bench/results/soak-<timestamp>.json. Exit status 1 when a document is lost or a corrupt file is not
recorded as failed.
"""
import argparse
import collections
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_generator  # noqa: E402
from runtime_bench import ROOT, bump_version, copy_dist, rss_mb  # noqa: E402


def add_corrupt_files(corpus, every, rng):
    """One corrupt file per `every` documents: binary, empty or not UTF-8. Returns their file names."""
    names = sorted(n for n in os.listdir(corpus) if n.endswith(".txt"))
    corrupt = []
    for k in range(0, len(names), every):
        kind = ("binary", "empty", "latin1")[len(corrupt) % 3]
        name = "corrupt-%05d-%s.txt" % (k, kind)
        with open(os.path.join(corpus, name), "wb") as f:
            if kind == "binary":
                f.write(bytes(rng.randrange(256) for _ in range(4000)) + b"\0")
            elif kind == "latin1":
                f.write("Le caf\u00e9 de la gare a ferm\u00e9 lundi, a dit le maire.".encode("latin-1"))
        corrupt.append(name)
    return corrupt


class Churn(threading.Thread):
    """Updates, removes and restores annotator bundles in deploy/ every few seconds while a batch runs."""

    def __init__(self, deploy, work, every):
        super().__init__(daemon=True)
        self.deploy, self.work, self.every = deploy, work, every
        self.stop = threading.Event()
        self.paused = threading.Event()
        self.events = []
        self.people = os.path.join(deploy, "concord-annotator-people.jar")
        self.people_aside = os.path.join(work, "people-aside.jar")
        self.places = os.path.join(deploy, "concord-annotator-places.jar")
        self.places_original = os.path.join(work, "places-original.jar")
        self.figures = os.path.join(deploy, "concord-annotator-figures.jar")
        with open(self.places, "rb") as src, open(self.places_original, "wb") as dst:
            dst.write(src.read())

    def put(self, source, target):
        """Copies through a temporary name and renames, as an operator's deploy script would."""
        tmp = target + ".part"
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            dst.write(src.read())
        os.replace(tmp, target)

    def run(self):
        step = 0
        while not self.stop.wait(self.every):
            if self.paused.is_set():
                continue
            action = ("update places", "remove people", "restore people and places", "replace figures")[step % 4]
            try:
                if action == "update places":
                    updated = os.path.join(self.work, "places-%d.jar" % step)
                    version = bump_version(self.places_original, updated, "soak%d" % step)
                    self.put(updated, self.places)
                    action += " to " + version
                elif action == "remove people" and os.path.exists(self.people):
                    os.replace(self.people, self.people_aside)
                elif action == "restore people and places":
                    self.restore()
                elif action == "replace figures":
                    self.put(self.figures, self.figures + ".same")
                    os.replace(self.figures + ".same", self.figures)
                self.events.append((round(time.time(), 1), action))
            except OSError as e:
                self.events.append((round(time.time(), 1), action + " failed: " + str(e)))
            step += 1

    def restore(self):
        """The distribution's own jars back in deploy/: the pipeline of the start again."""
        if os.path.exists(self.people_aside):
            self.put(self.people_aside, self.people)
            os.remove(self.people_aside)
        self.put(self.places_original, self.places)

    def pause_and_restore(self, settle):
        self.paused.set()
        self.restore()
        self.events.append((round(time.time(), 1), "paused; original jars restored"))
        time.sleep(settle)

    def go_on(self):
        self.paused.clear()

    def finish(self):
        self.stop.set()
        self.join()
        self.restore()


def run_sampled(cmd, env, out, docs, kill_at):
    """Runs cmd, sampling its memory; kills it (SIGKILL) once kill_at of docs are written. Returns the samples,
    the exit code (None when killed) and stderr."""
    err = tempfile.TemporaryFile()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
    start = time.time()
    samples = []
    killed = False
    while p.poll() is None:
        samples.append((round(time.time() - start, 1), round(rss_mb(p.pid, "VmRSS"), 1)))  # bin/concord execs java
        if kill_at and not killed and os.path.isdir(out):
            written = sum(1 for n in os.listdir(out) if n.endswith(".json") and n not in ("run.json", "conflicts.json"))
            if written >= kill_at * docs:
                p.send_signal(signal.SIGKILL)
                killed = True
        time.sleep(0.5)
    err.seek(0)
    return samples, (None if killed else p.returncode), err.read().decode("utf-8", "replace")


def trend_mb_per_minute(samples):
    """The slope of a least-squares line through the second half of the samples, in MB per minute; None for a
    run shorter than two minutes, whose second half is still the heap growing to its working size."""
    half = [s for s in samples[len(samples) // 2:] if s[1] > 0]
    if len(samples) < 240 or len(half) < 3:
        return None
    xs = [t for t, _ in half]
    ys = [m for _, m in half]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return round(60 * sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var, 1) if var else None


def memory(samples):
    values = [m for _, m in samples if m > 0]
    return {"samples": len(values), "medianMb": round(statistics.median(values), 1) if values else None,
            "maxMb": max(values) if values else None, "trendMbPerMinute": trend_mb_per_minute(samples)}


def cause(reason):
    """A failure's reason without what is particular to one document (offsets, names)."""
    r = (reason or "").split(" (")[0]
    return r.split(";")[0][:80]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dist", default=os.path.join(ROOT, "launcher", "target", "concord"))
    ap.add_argument("--mb", type=float, default=4)
    ap.add_argument("--churn-seconds", type=float, default=3)
    ap.add_argument("--kill-at", type=float, default=0.4)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="concord-soak-")
    rng = random.Random(args.seed)
    corpus = os.path.join(work, "corpus")
    corpus_generator.generate(corpus, mb=args.mb, seed=args.seed)
    valid = sorted(n for n in os.listdir(corpus) if n.endswith(".txt"))
    corrupt = add_corrupt_files(corpus, 50, rng)
    home = copy_dist(args.dist, work)
    user = os.path.join(work, "home")
    os.makedirs(os.path.join(user, "conf"))
    with open(os.path.join(user, "conf", "concord.properties"), "w") as f:
        f.write("felix.fileinstall.poll=300\n")
    env = dict(os.environ, CONCORD_HOME=user)
    out = os.path.join(work, "out")
    cmd = [os.path.join(home, "bin", "concord"), "annotate", corpus, "--out", out, "--threads", str(args.threads),
           "--format", "json", "--quiet"]
    total = len(valid) + len(corrupt)
    print("soak: %d documents (%d corrupt) in %s; churn every %.0f s; kill at %.0f%%"
          % (total, len(corrupt), work, args.churn_seconds, 100 * args.kill_at), file=sys.stderr)

    churn = Churn(os.path.join(home, "deploy"), work, args.churn_seconds)
    churn.start()
    started = time.time()
    first, code1, err1 = run_sampled(cmd, env, out, total, args.kill_at)
    # the resumed run starts with the first run's original pipeline, so that what the first run annotated with
    # it can be kept; the churn goes on a few seconds later
    churn.pause_and_restore(1.0)
    threading.Timer(2 * args.churn_seconds, churn.go_on).start()
    second, code2, err2 = run_sampled(cmd + ["--resume"], env, out, total, 0)
    churn.finish()
    seconds = time.time() - started

    with open(os.path.join(out, "run.json"), encoding="utf-8") as f:
        run = json.load(f)
    states = {s["source"].rsplit("/", 1)[-1]: s for s in run.get("states", [])}
    written = {n[:-5] for n in os.listdir(out) if n.endswith(".json")}
    lost = [n for n in valid if n not in states or (states[n]["state"] == "annotated" and n[:-4] not in written)]
    corrupt_unrecorded = [n for n in corrupt if states.get(n, {}).get("state") != "failed"]
    failed = collections.Counter(cause(s.get("reason")) for s in states.values() if s["state"] == "failed")
    problems = collections.Counter("%s %s" % (p["annotator"], p["status"]) for p in run.get("annotatorProblems", []))
    versions = collections.Counter()
    unreadable = 0
    for n in written - {"run", "conflicts"}:
        try:
            with open(os.path.join(out, n + ".json"), encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError):
            unreadable += 1
            continue
        for a in doc.get("annotators", []):
            versions["%s %s" % (a["annotator"], a["version"])] += 1

    result = {
        "documents": total, "corrupt": len(corrupt), "mb": args.mb, "threads": args.threads,
        "churnSeconds": args.churn_seconds, "churnEvents": len(churn.events), "seconds": round(seconds, 1),
        "firstRun": {"killed": code1 is None, "exit": code1, "memory": memory(first)},
        "resumedRun": {"exit": code2, "memory": memory(second), "resumed": run.get("resumed"),
                       "state": run.get("state")},
        "lost": lost, "corruptNotRecorded": corrupt_unrecorded, "unreadableOutputs": unreadable,
        "failedByCause": dict(failed), "annotatorProblems": dict(problems),
        "annotatedBy": dict(sorted(versions.items())), "conflicts": run.get("conflicts"),
        "events": churn.events, "stderrTail": (err1 + err2)[-3000:],
    }
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", "soak-%s.json" % time.strftime("%Y%m%dT%H%M%S"))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)

    print("documents        %d (%d corrupt), %.0f s, %d churn events" % (total, len(corrupt), seconds, len(churn.events)))
    print("first run        %s; memory median %s MB, max %s MB, trend %s MB/min" % (
        "killed" if code1 is None else "exit %s" % code1, result["firstRun"]["memory"]["medianMb"],
        result["firstRun"]["memory"]["maxMb"], result["firstRun"]["memory"]["trendMbPerMinute"]))
    print("resumed run      exit %s, %s kept from the first run; memory median %s MB, max %s MB" % (
        code2, run.get("resumed"), result["resumedRun"]["memory"]["medianMb"], result["resumedRun"]["memory"]["maxMb"]))
    print("lost             %d%s" % (len(lost), (": " + ", ".join(lost[:10])) if lost else ""))
    print("corrupt recorded %d of %d" % (len(corrupt) - len(corrupt_unrecorded), len(corrupt)))
    print("unreadable JSON  %d" % unreadable)
    print("failed by cause  %s" % (dict(failed) or "none"))
    print("annotator probl. %s" % (dict(problems) or "none"))
    print("annotated by     %s" % ", ".join("%s: %d" % kv for kv in sorted(versions.items())))
    print("written          %s" % os.path.relpath(path, ROOT))
    return 1 if lost or corrupt_unrecorded or unreadable else 0


if __name__ == "__main__":
    sys.exit(main())
