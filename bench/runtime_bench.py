#!/usr/bin/env python3
"""Concord runtime benchmark, run over the command line of a built distribution.

  python3 bench/runtime_bench.py [--dist launcher/target/concord] [--mb 10] [--runs 5] [--threads 2]

Measures, as medians over --runs runs (machines are noisy, so medians and ratios, not single timings):
  startup      wall time of `bin/concord bundles` (JVM + Felix + all bundles up, command run, framework stopped)
  throughput   documents/s and MB/s (UTF-8 bytes) of `annotate` over a generated corpus of at least --mb MB,
               from run.json's annotateSeconds (reading, annotating, writing JSON; conflicts excluded),
               plus the peak resident memory of the process
  conflicts    seconds of conflict detection over the same corpus (totalSeconds - annotateSeconds)
  hot-deploy   seconds from dropping an updated annotator jar into deploy/ until the first document
               annotated by the new version is written
Writes bench/results/runtime-<timestamp>.json and prints a table.

The corpus is the seed texts repeated (news text, the real annotators' workload); ids differ per copy.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seed_texts():
    seeds = os.path.join(ROOT, "seeds")
    out = []
    for name in sorted(os.listdir(seeds)):
        if name.endswith(".txt"):
            with open(os.path.join(seeds, name), encoding="utf-8-sig") as f:
                out.append(f.read())
    return out


def make_corpus(path, mb):
    os.makedirs(path, exist_ok=True)
    texts = seed_texts()
    total, i = 0, 0
    while total < mb * 1_000_000:
        t = texts[i % len(texts)]
        with open(os.path.join(path, "doc-%06d.txt" % i), "w", encoding="utf-8") as f:
            f.write(t)
        total += len(t.encode("utf-8"))
        i += 1
    return i, total


def copy_dist(dist, where):
    home = os.path.join(where, "concord")
    shutil.copytree(dist, home)
    return home


def run_measured(cmd, poll=0.02):
    """Runs cmd; returns (seconds, peak RSS in MB, returncode, stderr)."""
    start = time.perf_counter()
    err = tempfile.TemporaryFile()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    peak = 0
    while p.poll() is None:
        peak = max(peak, rss_mb(p.pid))
        time.sleep(poll)
    secs = time.perf_counter() - start
    err.seek(0)
    return secs, peak, p.returncode, err.read().decode("utf-8", "replace")


def rss_mb(pid, field="VmHWM"):
    """A process's memory from /proc in MB: its peak resident size (VmHWM) or, with "VmRSS", the size now;
    0 once it has ended."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0


def bump_version(jar, target, suffix):
    with zipfile.ZipFile(jar) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        version = None
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "META-INF/MANIFEST.MF":
                lines = data.decode("utf-8").replace("\r\n", "\n").replace("\n ", "").split("\n")
                out = []
                for line in lines:
                    if line.startswith("Bundle-Version:"):
                        version = line.split(":", 1)[1].strip() + suffix
                        line = "Bundle-Version: " + version
                    out.append(line)
                data = b"".join(fold(line) for line in out if line) + b"\r\n"
            zout.writestr(item, data)
    return version


def fold(line):
    """A manifest line folded at 72 bytes, as the jar format requires (Java rejects long lines)."""
    raw = line.encode("utf-8")
    chunks = [raw[:72]] + [b" " + raw[i:i + 71] for i in range(72, len(raw), 71)]
    return b"".join(c + b"\r\n" for c in chunks)


def hot_deploy_latency(home, corpus, work, suffix):
    out = os.path.join(work, "hot-out")
    shutil.rmtree(out, ignore_errors=True)
    jar = os.path.join(home, "deploy", "concord-annotator-places.jar")
    updated = os.path.join(work, "updated.jar")
    version = bump_version(jar, updated, suffix)
    p = subprocess.Popen([os.path.join(home, "bin", "concord"), "annotate", corpus, "--out", out, "--format", "json",
                          "--no-conflicts", "-q", "--threads", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not (os.path.isdir(out) and len(os.listdir(out)) > 20):
            time.sleep(0.01)
        tmp = jar + ".part"
        shutil.copy(updated, tmp)
        os.replace(tmp, jar)
        dropped = time.time()
        seen = set()
        while p.poll() is None and time.time() - dropped < 60:
            names = sorted(n for n in os.listdir(out) if n.endswith(".json") and n not in seen)
            for n in names[-3:]:
                try:
                    with open(os.path.join(out, n), encoding="utf-8") as f:
                        doc = json.load(f)
                except (OSError, ValueError):
                    continue
                seen.add(n)
                if any(a["annotator"] == "places" and a["version"] == version for a in doc.get("annotators", [])):
                    return os.path.getmtime(os.path.join(out, n)) - dropped
            time.sleep(0.01)
        return None
    finally:
        p.kill()
        p.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dist", default=os.path.join(ROOT, "launcher", "target", "concord"))
    ap.add_argument("--mb", type=float, default=10)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.dist, "bin", "concord")):
        sys.exit("no distribution at %s: build it first (mvn -B package -DskipTests)" % args.dist)

    work = tempfile.mkdtemp(prefix="concord-bench-")
    try:
        home = copy_dist(args.dist, work)
        concord = os.path.join(home, "bin", "concord")
        corpus = os.path.join(work, "corpus")
        docs, size = make_corpus(corpus, args.mb)

        startup = []
        for _ in range(args.runs):
            secs, _, rc, err = run_measured([concord, "bundles"])
            if rc != 0:
                sys.exit("bin/concord bundles failed:\n" + err)
            startup.append(secs)

        throughput, mbps, rss, conflict_secs = [], [], [], []
        for i in range(max(3, args.runs // 2 + 1)):
            out = os.path.join(work, "out-%d" % i)
            secs, peak, rc, err = run_measured([concord, "annotate", corpus, "--out", out, "--format", "json",
                                                "--threads", str(args.threads), "-q"])
            if rc != 0:
                sys.exit("annotate failed:\n" + err)
            with open(os.path.join(out, "run.json"), encoding="utf-8") as f:
                run = json.load(f)
            throughput.append(docs / run["annotateSeconds"])
            mbps.append(size / 1e6 / run["annotateSeconds"])
            conflict_secs.append(run["totalSeconds"] - run["annotateSeconds"])
            rss.append(peak)
            shutil.rmtree(out)

        latencies = [l for l in (hot_deploy_latency(home, corpus, work, "-bench%d" % i) for i in range(3)) if l is not None]

        result = {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "machine": {"cpus": os.cpu_count()},
            "corpus": {"documents": docs, "megabytes": round(size / 1e6, 2)},
            "threads": args.threads,
            "startupSecondsMedian": round(statistics.median(startup), 3),
            "documentsPerSecondMedian": round(statistics.median(throughput), 1),
            "megabytesPerSecondMedian": round(statistics.median(mbps), 3),
            "peakRssMegabytesMedian": round(statistics.median(rss), 1),
            "conflictSecondsMedian": round(statistics.median(conflict_secs), 3),
            "hotDeploySecondsMedian": round(statistics.median(latencies), 3) if latencies else None,
            "runs": {"startup": startup, "documentsPerSecond": throughput, "hotDeploy": latencies},
        }
        os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
        path = os.path.join(ROOT, "bench", "results", "runtime-%s.json" % time.strftime("%Y%m%d-%H%M%S"))
        with open(path, "w") as f:
            json.dump(result, f, indent=2)
        print("corpus: %d documents, %.1f MB; threads %d" % (docs, size / 1e6, args.threads))
        for k in ("startupSecondsMedian", "documentsPerSecondMedian", "megabytesPerSecondMedian",
                  "peakRssMegabytesMedian", "conflictSecondsMedian", "hotDeploySecondsMedian"):
            print("%-26s %s" % (k, result[k]))
        print("written to", os.path.relpath(path, ROOT))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
