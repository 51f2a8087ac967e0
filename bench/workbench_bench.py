#!/usr/bin/env python3
"""Concord workbench benchmark: server-side response times of the browser workbench's HTTP API.

  python3 bench/workbench_bench.py [--dist launcher/target/concord] [--runs 30]

Starts `bin/concord workbench` of a built distribution on a free loopback port with a fresh workspace,
fills three projects and measures, as medians (and 90th percentiles) over --runs requests:
  open-seed        GET /api/documents/{id}: a seed document with its annotations (what the document screen loads)
  open-50-pages    the same for a 50-page document (about 150,000 characters, built from the repository's news texts)
  curate           PATCH /api/annotations/{id}: accept or reject one annotation (a curation action)
  conflicts-100    GET /api/projects/{id}/conflicts of a 100-document project, recomputed after a curation
                   action each time (the honest figure: every action makes a new revision)
  conflicts-cached the same without an action in between (served from the per-revision cache)
Writes bench/results/workbench-<timestamp>.json and prints a table. Targets (issue 7): opening a document
under 100 ms, a curation action under 50 ms, the conflicts view of 100 documents under 200 ms.

Texts: the seeds, the generalisation sets under launcher/src/test/resources/generalisation and the fresh
conflict collection under bundles/conflicts/src/test/resources/fresh; the 100-document project cycles
through them with their figures changed in later copies, so stories and conflicts are realistic in size.
"""
import argparse
import glob
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def texts():
    pats = ["seeds/*.txt", "launcher/src/test/resources/generalisation/*/*.txt",
            "bundles/conflicts/src/test/resources/fresh/docs/*.txt"]
    out = []
    for p in pats:
        for f in sorted(glob.glob(os.path.join(ROOT, p))):
            with open(f, encoding="utf-8-sig") as h:
                out.append((os.path.basename(f), h.read()))
    return out


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Api:
    def __init__(self, base, token):
        self.base, self.token = base, token

    def call(self, method, path, body=None, raw=None, name=None):
        url = self.base + path.lstrip("/")
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Authorization", "Bearer " + self.token)
        req.add_header("Content-Type", "application/octet-stream" if raw is not None else "application/json")
        with urllib.request.urlopen(req, timeout=300) as r:
            payload = r.read()
            return json.loads(payload) if payload else None

    def timed(self, method, path, body=None):
        t = time.perf_counter()
        out = self.call(method, path, body)
        return (time.perf_counter() - t) * 1000, out


def upload(api, project, name, text):
    return api.call("POST", "api/projects/%d/documents?name=%s" % (project, urllib.parse.quote(name)), raw=text.encode("utf-8"))


def summary(ms):
    ms = sorted(ms)
    return {"median_ms": round(statistics.median(ms), 1), "p90_ms": round(ms[int(0.9 * (len(ms) - 1))], 1), "n": len(ms)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dist", default=os.path.join(ROOT, "launcher/target/concord"))
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="concord-wb-bench-")
    port = free_port()
    out = open(os.path.join(work, "stdout"), "w")
    err = open(os.path.join(work, "stderr"), "w")
    proc = subprocess.Popen([os.path.join(args.dist, "bin/concord"), "workbench", "--workspace", os.path.join(work, "ws"),
                             "--port", str(port)], stdout=out, stderr=err)
    try:
        deadline = time.time() + 120
        token = None
        while time.time() < deadline and token is None:
            time.sleep(0.3)
            m = re.search(r"\?token=([A-Za-z0-9_-]+)", open(os.path.join(work, "stdout")).read())
            token = m.group(1) if m else None
        if token is None:
            sys.exit("the workbench did not start; see " + work)
        api = Api("http://127.0.0.1:%d/" % port, token)
        corpus = texts()
        results = {}

        seeds = api.call("POST", "api/projects", {"name": "seeds"})["id"]
        for name, text in corpus[:5]:
            upload(api, seeds, name, text)
        seed_doc = api.call("GET", "api/projects/%d" % seeds)["documents"][0]["id"]
        results["open-seed"] = summary([api.timed("GET", "api/documents/%d" % seed_doc)[0] for _ in range(args.runs)])

        big = api.call("POST", "api/projects", {"name": "long"})["id"]
        pages, text = [], ""
        while len(text) < 150_000:
            for name, t in corpus:
                text += t + "\n\n"
                if len(text) >= 150_000:
                    break
        upload(api, big, "fifty-pages.txt", text)
        big_doc = api.call("GET", "api/projects/%d" % big)["documents"][0]["id"]
        ms, doc = [], None
        for _ in range(args.runs):
            t, doc = api.timed("GET", "api/documents/%d" % big_doc)
            ms.append(t)
        results["open-50-pages"] = dict(summary(ms), chars=len(doc["text"]), annotations=len(doc["annotations"]))

        anns = [a for a in doc["annotations"]][: args.runs * 2]
        ms = []
        for i, a in enumerate(anns[: args.runs]):
            t, _ = api.timed("PATCH", "api/annotations/%d" % a["id"],
                             {"version": a["version"], "status": "accepted" if i % 2 else "rejected"})
            ms.append(t)
        results["curate"] = summary(ms)

        hundred = api.call("POST", "api/projects", {"name": "hundred"})["id"]
        for i in range(100):
            name, t = corpus[i % len(corpus)]
            if i >= len(corpus):
                t = re.sub(r"\b(\d{2,})\b", lambda m: str(int(m.group(1)) + i % 7), t)
            upload(api, hundred, "%03d-%s" % (i, name), t)
        first = api.call("GET", "api/projects/%d" % hundred)["documents"][0]["id"]
        victims = [a for a in api.call("GET", "api/documents/%d" % first)["annotations"]]
        ms, cached, report = [], [], None
        for i in range(min(args.runs, len(victims))):
            a = victims[i]
            api.call("PATCH", "api/annotations/%d" % a["id"], {"version": a["version"], "status": "accepted"})
            t, report = api.timed("GET", "api/projects/%d/conflicts" % hundred)
            ms.append(t)
            cached.append(api.timed("GET", "api/projects/%d/conflicts" % hundred)[0])
        results["conflicts-100"] = dict(summary(ms), conflicts=len(report["conflicts"]), stories=len(report["stories"]))
        results["conflicts-cached"] = summary(cached)

        stamp = time.strftime("%Y%m%d-%H%M%S")
        os.makedirs(os.path.join(ROOT, "bench/results"), exist_ok=True)
        path = os.path.join(ROOT, "bench/results/workbench-%s.json" % stamp)
        with open(path, "w") as f:
            json.dump({"runs": args.runs, "cpus": os.cpu_count(), "results": results}, f, indent=2)
        print("%-18s %10s %10s  %s" % ("measure", "median ms", "p90 ms", "notes"))
        for k, v in results.items():
            notes = ", ".join("%s=%s" % (n, v[n]) for n in v if n not in ("median_ms", "p90_ms", "n"))
            print("%-18s %10.1f %10.1f  %s" % (k, v["median_ms"], v["p90_ms"], notes))
        print("written to", os.path.relpath(path, ROOT))
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
