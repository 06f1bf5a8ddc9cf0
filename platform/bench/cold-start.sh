#!/usr/bin/env bash
# Target 3 of issue #23, the cold start: starts `./plaza up --no-build` with the given options and, the moment it prints
# "Plaza is up", runs the bench with the given arguments while it samples, once a second, the CPU time of every
# process of the pids file and of the JIT compiler threads inside each (threads named "C1 CompilerThre…" or
# "C2 CompilerThre…"), from /proc/<pid>/stat and /proc/<pid>/task/*/stat. Then stops the stack with ./plaza down.
#
#   PLAZA_DATA_DIR=/tmp/x platform/bench/cold-start.sh [--runs N] [--prime] [--window S] [--up "<./plaza up options>"] \
#       -- <bench arguments, without --pids>
#
# --prime starts and stops the stack once first (a fresh data folder's first start records the class archives).
# Per run it prints the bench's last lines, then per process the CPU seconds in the first --window seconds after
# ready (default 30) and how many of them the JIT compilers took, and writes the samples to
# $PLAZA_DATA_DIR/cold-<run>.cpu ("seconds-after-ready process total-ticks jit-ticks", cumulative).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=1
prime=false
window=30
up_options=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --prime) prime=true; shift ;;
    --window) window="$2"; shift 2 ;;
    --up) read -r -a up_options <<<"$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "cold-start: unknown option $1 (bench arguments go after --)" >&2; exit 64 ;;
  esac
done
[[ -n "${PLAZA_DATA_DIR:-}" ]] || { echo "cold-start: set PLAZA_DATA_DIR to the stack's data folder" >&2; exit 64; }
bench_args=("$@")
pids_file="$PLAZA_DATA_DIR/pids"
ticks="$(getconf CLK_TCK)"

# shellcheck source=stack.sh
source "$ROOT/platform/bench/stack.sh"

# One line per distinct pid of the pids file: "<name> <pid>" (processes sharing a pid get their names joined by +).
processes() {
  awk '!/^#/ && NF >= 2 { if ($2 in names) names[$2] = names[$2] "+" $1; else names[$2] = $1 }
    END { for (p in names) print names[p], p }' "$pids_file"
}

# Cumulative ticks of one process and of its JIT compiler threads: "total jit".
sample() {
  local pid="$1" total jit
  total="$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || echo 0)"
  jit="$(cat /proc/"$pid"/task/*/stat 2>/dev/null \
    | awk '/\((C1|C2) CompilerThre/ { sub(/^.*\) /, ""); sum += $12 + $13 } END { print sum + 0 }')"
  echo "$total $jit"
}

sampler() {
  local out="$1" started="$2" now name pid
  mapfile -t procs < <(processes)
  while true; do
    now="$(awk -v s="$started" '{ printf "%.1f", $1 - s }' /proc/uptime)"
    for line in "${procs[@]}"; do
      read -r name pid <<<"$line"
      echo "$now $name $(sample "$pid")"
    done >>"$out"
    sleep 1
  done
}

summary() {
  awk -v w="$window" -v hz="$ticks" '
    { t = $1; n = $2
      if (!(n in first)) { first[n] = $3; firstJit[n] = $4 }
      if (t <= w) { upto[n] = $3; uptoJit[n] = $4 } }
    END {
      for (n in first) { c = (upto[n] - first[n]) / hz; j = (uptoJit[n] - firstJit[n]) / hz; sum += c; sumJit += j
        printf "%-34s %8.1f %8.1f\n", n, c, j }
      printf "%-34s %8.1f %8.1f\n", "all", sum, sumJit }' "$1" | sort -k2 -n -r
}

summary_header() {
  printf '%-34s %8s %8s\n' "CPU s in the first $window s after ready" total JIT
}

if [[ "$prime" == true ]]; then
  echo "Priming (a first start records the class data sharing archives)..."
  start_stack "$PLAZA_DATA_DIR/cold-prime.log"
  stop_stack
fi
for ((run = 1; run <= runs; run++)); do
  log="$PLAZA_DATA_DIR/cold-$run-up.log"
  cpu="$PLAZA_DATA_DIR/cold-$run.cpu"
  : >"$cpu"
  start_stack "$log"
  started="$(awk '{ print $1 }' /proc/uptime)"
  sampler "$cpu" "$started" &
  sampler_pid=$!
  grep '^Plaza is up' "$log"
  echo "load average at ready: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx1g -jar "$ROOT/platform/bench/target/plaza-bench.jar" --pids "$pids_file" "${bench_args[@]}" \
    >"$PLAZA_DATA_DIR/cold-$run-bench.log" 2>&1 || true
  kill "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
  tail -n 30 "$PLAZA_DATA_DIR/cold-$run-bench.log"
  summary_header
  summary "$cpu"
  stop_stack
done
