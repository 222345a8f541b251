#!/usr/bin/env bash
# Records what the screening engine decides, so a performance change can be shown to change nothing:
#
#   infrastructure/benchmarks/behaviour-snapshot.sh OUTDIR    # on the base commit, then again after
#   diff -r BEFORE AFTER && echo byte-identical
#
# Builds the engine, then writes: EvaluateCommand on corpus (held-out; --all --misses) and on
# corpus-blind (--all --misses), and ScreenCommand's verdict for every line of every corpus/*.jsonl and
# corpus-blind/*.jsonl (screening id and timestamp stripped; scores and evidence kept).
# Never add corpus-blind-2 to -6 here: they stay blind.
set -euo pipefail
OUT="$(mkdir -p "$1" && cd "$1" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
E=functions/screening-engine
mvn -q -o -pl $E -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/runtime.classpath -DincludeScope=runtime
CP=$E/target/classes:$(cat $E/target/runtime.classpath)
java -cp "$CP" dev.marketguard.screening.evaluation.EvaluateCommand $E/corpus > "$OUT/eval-corpus-heldout.txt" 2>&1
java -cp "$CP" dev.marketguard.screening.evaluation.EvaluateCommand $E/corpus --all --misses > "$OUT/eval-corpus-all.txt" 2>&1
java -cp "$CP" dev.marketguard.screening.evaluation.EvaluateCommand $E/corpus-blind --all --misses > "$OUT/eval-blind-all.txt" 2>&1
for d in corpus corpus-blind; do
  for f in $E/$d/*.jsonl; do
    java -cp "$CP" dev.marketguard.screening.cli.ScreenCommand < "$f" 2>&1 | python3 -c '
import json, sys
for line in sys.stdin:
    o = json.loads(line)
    o.pop("screeningId", None)
    o.pop("screenedAt", None)
    print(json.dumps(o, ensure_ascii=False, sort_keys=True))
' > "$OUT/screen-$d-$(basename "$f" .jsonl).jsonl"
  done
done
ls "$OUT"
