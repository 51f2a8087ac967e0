#!/usr/bin/env python3
"""A/B annotation speed of two built distributions, runs interleaved (the machine is noisy):

  python3 bench/ab_bench.py BEFORE_DIST AFTER_DIST [PAIRS]

Annotates runtime_bench's 10 MB corpus with JSON out and no conflicts, 2 threads, and prints the medians
and the after/before speed ratio (annotateSeconds from run.json)."""
import sys, os, json, subprocess, statistics, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runtime_bench as rb
corpus = '/tmp/ab-corpus'
if not os.path.isdir(corpus):
    rb.make_corpus(corpus, 10)
res = {'before': [], 'after': []}
dists = {'before': sys.argv[1], 'after': sys.argv[2]}
for i in range(int(sys.argv[3]) if len(sys.argv) > 3 else 4):
    for name in ('before', 'after') if i % 2 == 0 else ('after', 'before'):
        out = '/tmp/ab-out'
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([os.path.join(dists[name], 'bin', 'concord'), 'annotate', corpus, '--out', out, '--format', 'json',
                        '--no-conflicts', '-q', '--threads', '2'], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        secs = json.load(open(out + '/run.json'))['annotateSeconds']
        res[name].append(secs)
        print(name, secs, flush=True)
b, a = statistics.median(res['before']), statistics.median(res['after'])
size = sum(os.path.getsize(os.path.join(corpus, f)) for f in os.listdir(corpus)) / 1e6
print('median seconds before %.2f after %.2f; MB/s before %.2f after %.2f; after/before speed ratio %.2f' % (b, a, size / b, size / a, b / a))
