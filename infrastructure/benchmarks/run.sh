#!/usr/bin/env bash
# Reproduces every figure of docs/performance.md. Run from anywhere; results land in
# infrastructure/benchmarks/target/results/ (text logs, JMH JSON, hyperfine JSON, heap histogram).
#
#   infrastructure/benchmarks/run.sh [--no-build] [section...]
#
# sections (default: env jmh heap process):
#   env       date, JDK, CPUs, load average, git commit, benchmark posting hash
#   jmh       JMH: EngineVsKuromojiBenchmark and HandlerOverheadBenchmark (default JIT, C2), with
#             CpuTimeProfiler (CPU time per op next to wall clock) and the bars' ratios (jmh-ratios.py)
#   jmh-c1    the same JMH benchmarks with -XX:TieredStopAtLevel=1 (the JAVA_TOOL_OPTIONS template.yaml deploys)
#   profile   JFR CPU profile of engineScreen and handlerRequest, summarised by jfr-summary.py; -prof gc of both
#   heap      HeapAfterLoad (G1 and Serial GC) + jcmd GC.class_histogram of a loaded engine
#   process   fresh JVM running the `screen` command on the benchmark posting, hyperfine, median of 5,
#             for several JVM flag sets (default, C1 only, AppCDS, AppCDS + C1, AppCDS + C1 + SerialGC)
#
# JMH settings suit a 2-core machine shared with teammates: a longer warmup than JMH examples use
# (under load the JIT threads get little CPU and the handler needs ~20-30 s to reach steady state),
# and 3 forks, because fork-to-fork JIT variance of the engine was 20-30% in single-fork runs.
# The whole jmh section takes about 16 minutes. Override with JMH_OPTS.
# The machine is shared: the load average is logged before and after every section; compare it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="$HERE/target/benchmarks.jar"
OUT="$HERE/target/results"
JMH_OPTS="${JMH_OPTS:--f 3 -wi 6 -w 3s -i 4 -r 3s}"
mkdir -p "$OUT"
cd "$ROOT"

build=1
sections=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    *) sections+=("$a") ;;
  esac
done
[ ${#sections[@]} -eq 0 ] && sections=(env jmh heap process)

load() { echo "# load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs) at $(date -u +%FT%TZ)"; }

if [ "$build" = 1 ]; then
  # The benchmarks jar (with the current engine and function), and the screening engine's runtime
  # classpath for the `screen` command (reactor paths, not whatever sits in ~/.m2).
  mvn -q -pl infrastructure/benchmarks -am package -DskipTests
  mvn -q -pl functions/screening-engine -am package -DskipTests \
      dependency:build-classpath -Dmdep.outputFile=target/runtime.classpath -DincludeScope=runtime
fi

section_env() {
  {
    echo "# date: $(date -u +%FT%TZ)"
    echo "# commit: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))"
    java -version 2>&1 | sed 's/^/# /'
    echo "# cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    load
    java -cp "$JAR" dev.marketguard.benchmarks.BenchmarkPosting 2>&1 >/dev/null | sed 's/^/# /'
  } | tee "$OUT/env.txt"
}

jmh() { # name, extra JMH args...
  local name="$1"; shift
  load | tee "$OUT/$name.txt"
  echo "+ java -jar $JAR $* $JMH_OPTS -rf json -rff $OUT/$name.json" | tee -a "$OUT/$name.txt"
  # shellcheck disable=SC2086
  java -jar "$JAR" "$@" $JMH_OPTS -rf json -rff "$OUT/$name.json" >>"$OUT/$name.txt" 2>&1
  load | tee -a "$OUT/$name.txt"
  sed -n '/^Benchmark  /,$p' "$OUT/$name.txt"
  case "$*" in *CpuTimeProfiler*) python3 "$HERE/jmh-ratios.py" "$OUT/$name.json" | tee "$OUT/$name.ratios.txt" ;; esac
}

CPU=(-prof dev.marketguard.benchmarks.CpuTimeProfiler)

section_jmh() {
  jmh engine-vs-kuromoji EngineVsKuromojiBenchmark "${CPU[@]}"
  jmh handler-overhead HandlerOverheadBenchmark "${CPU[@]}"
}

section_jmh_c1() {
  jmh engine-vs-kuromoji-c1 EngineVsKuromojiBenchmark "${CPU[@]}" -jvmArgsAppend -XX:TieredStopAtLevel=1
  jmh handler-overhead-c1 HandlerOverheadBenchmark "${CPU[@]}" -jvmArgsAppend -XX:TieredStopAtLevel=1
}

section_profile() {
  for b in EngineVsKuromojiBenchmark.engineScreen HandlerOverheadBenchmark.handlerRequest; do
    rm -rf "$OUT/jfr-$b"
    jmh "profile-jfr-$b" "$b\$" -prof "jfr:dir=$OUT/jfr-$b"
    python3 "$HERE/jfr-summary.py" "$(find "$OUT/jfr-$b" -name '*.jfr' | head -1)" | tee "$OUT/profile-jfr-$b.summary.txt"
  done
  jmh profile-gc 'EngineVsKuromojiBenchmark.(engineScreen|kuromojiTokenize)$|HandlerOverheadBenchmark.(engineScreen|handlerRequest)$' -prof gc
}

section_heap() {
  {
    load
    echo "+ java -cp $JAR dev.marketguard.benchmarks.HeapAfterLoad"
    java -cp "$JAR" dev.marketguard.benchmarks.HeapAfterLoad
    echo "+ java -XX:+UseSerialGC -cp $JAR dev.marketguard.benchmarks.HeapAfterLoad"
    java -XX:+UseSerialGC -cp "$JAR" dev.marketguard.benchmarks.HeapAfterLoad
  } 2>&1 | tee "$OUT/heap.txt"
  # What the retained heap is made of: a histogram (after a full GC) of a JVM holding a loaded engine.
  local fifo="$OUT/heap-hold.fifo" pid=""
  rm -f "$fifo"; mkfifo "$fifo"
  java -cp "$JAR" dev.marketguard.benchmarks.HeapAfterLoad --hold <"$fifo" >"$OUT/heap-hold.txt" 2>&1 &
  local java_pid=$!
  exec 9>"$fifo"   # keep stdin open until the histogram is taken
  for _ in $(seq 1 120); do
    pid="$(sed -n 's/^READY pid=//p' "$OUT/heap-hold.txt")"
    [ -n "$pid" ] && break
    sleep 0.5
  done
  echo "+ jcmd $pid GC.class_histogram" | tee "$OUT/heap-histogram.txt"
  jcmd "$pid" GC.class_histogram | head -40 | tee -a "$OUT/heap-histogram.txt"
  jcmd "$pid" GC.class_histogram | tail -1 | tee -a "$OUT/heap-histogram.txt"
  exec 9>&-
  wait "$java_pid" || true
  rm -f "$fifo"
}

section_process() {
  local cp_file="$ROOT/functions/screening-engine/target/runtime.classpath"
  [ -s "$cp_file" ] || { echo "missing $cp_file: run without --no-build" >&2; exit 1; }
  local cp="$ROOT/functions/screening-engine/target/screening-engine-0.1.0-SNAPSHOT.jar:$(cat "$cp_file")"
  local main=dev.marketguard.screening.cli.ScreenCommand
  local input="$OUT/posting.jsonl" jsa="$OUT/screen.jsa"
  java -cp "$JAR" dev.marketguard.benchmarks.BenchmarkPosting >"$input" 2>/dev/null
  echo "$cp" >"$OUT/screen.classpath"
  # AppCDS archive of the classes a `screen` run loads (JDK 13+ dynamic archive), from one training run.
  rm -f "$jsa"
  java -XX:ArchiveClassesAtExit="$jsa" -cp "$cp" "$main" <"$input" >/dev/null 2>"$OUT/appcds-training.log"
  # The verdict, once, for the record (it must be a block with the LINE ID and the phone number).
  java -cp "$cp" "$main" <"$input" >"$OUT/screen-output.jsonl"
  {
    load
    echo "+ classpath (\$CP) = $OUT/screen.classpath"
    echo "+ input: $input ($(wc -c <"$input") bytes)"
  } | tee "$OUT/process.txt"
  local -a names=(default c1 appcds appcds-c1 appcds-c1-serialgc)
  local -a flags=(
    ""
    "-XX:TieredStopAtLevel=1"
    "-XX:SharedArchiveFile=$jsa"
    "-XX:SharedArchiveFile=$jsa -XX:TieredStopAtLevel=1"
    "-XX:SharedArchiveFile=$jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  )
  local -a cmds=()
  for i in "${!names[@]}"; do
    cmds+=(-n "${names[$i]}" "java ${flags[$i]} -cp \$CP $main < $input > /dev/null")
  done
  echo "+ hyperfine --warmup 1 --runs 5 ${cmds[*]}" | tee -a "$OUT/process.txt"
  CP="$cp" hyperfine --style basic --warmup 1 --runs 5 --export-json "$OUT/process.json" "${cmds[@]}" 2>&1 | tee -a "$OUT/process.txt"
  python3 - "$OUT/process.json" <<'EOF' | tee -a "$OUT/process.txt"
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    verdict = "PASS" if r["median"] <= 1.2 else "FAIL"
    times = ", ".join(f"{t * 1000:.0f}" for t in r["times"])
    cpu = (r["user"] + r["system"]) * 1000
    print(f"{r['command'][:18]:18} median {r['median'] * 1000:6.0f} ms  (runs: {times} ms; mean CPU user+sys {cpu:.0f} ms)  bar <= 1200 ms: {verdict}")
EOF
  load | tee -a "$OUT/process.txt"
}

for s in "${sections[@]}"; do
  echo "=== $s"
  case "$s" in
    env) section_env ;;
    jmh) section_jmh ;;
    jmh-c1) section_jmh_c1 ;;
    profile) section_profile ;;
    heap) section_heap ;;
    process) section_process ;;
    *) echo "unknown section $s" >&2; exit 2 ;;
  esac
done
