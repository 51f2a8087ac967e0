#!/usr/bin/env bash
# Times conflict detection on generated news-like collections: median of 5 runs (after a warm-up) for
# 1,000 and 10,000 documents unless other sizes are given. Needs concord-conflicts installed:
#   (cd ../../bundles/conflicts && mvn -q install)
# Options as system properties: RUNS=3 SEED=7 ./run.sh 500 5000
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -q -B compile exec:java -Druns="${RUNS:-5}" -Dseed="${SEED:-42}" -Dexec.args="${*:-1000 10000}"
