#!/usr/bin/env bash
# The embedded stack's memory at ready (issue #23, target 5): starts `./plaza up --no-build` with the given options,
# and the moment it prints "Plaza is up" reads /proc/<pid>/smaps_rollup of every process its pids file lists (the
# launcher included): resident (Rss) and proportional (Pss: pages shared between processes, such as the JDK's
# class archive and libraries, counted once in all). Then stops the stack with ./plaza down.
#
#   PLAZA_DATA_DIR=/tmp/x platform/bench/footprint.sh [--runs N] [--prime] [-- <./plaza up options>]
#
# --prime starts and stops the stack once, unmeasured, first: on a fresh data folder the first start records each
# service's class data sharing archive, so only a later start shows what a developer has every day.
# Prints one table per run and a last line per run: "run N: up in S s, R MB resident, P MB proportional".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=1
prime=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --prime) prime=true; shift ;;
    --) shift; break ;;
    *) echo "footprint: unknown option $1 (options for ./plaza up go after --)" >&2; exit 64 ;;
  esac
done
[[ -n "${PLAZA_DATA_DIR:-}" ]] || { echo "footprint: set PLAZA_DATA_DIR to the stack's data folder" >&2; exit 64; }
up_options=("$@")
pids_file="$PLAZA_DATA_DIR/pids"

# shellcheck source=stack.sh
source "$ROOT/platform/bench/stack.sh"

# Starts the stack, waits for the up line (or the launcher's exit), then runs "$1" (a function name) while it is up.
with_stack() {
  local log="$PLAZA_DATA_DIR/footprint-up.log"
  start_stack "$log"
  "$1" "$log"
  stop_stack
}

nothing() {
  :
}

# Rss and Pss in kB of one process, "rss pss", from smaps_rollup.
rollup() {
  awk '/^Rss:/ {rss = $2} /^Pss:/ {pss = $2} END {print rss + 0, pss + 0}' "/proc/$1/smaps_rollup" 2>/dev/null || echo "0 0"
}

run_number=0
measure() {
  local log="$1" name pid rest rss pss total_rss=0 total_pss=0 count=0 up_in
  declare -A seen=()
  printf '%-14s %8s %8s %8s\n' component pid "RSS MB" "PSS MB"
  while read -r name pid rest; do
    [[ -z "$name" || "$name" == \#* || -n "${seen[$pid]:-}" ]] && continue
    seen[$pid]=1
    read -r rss pss < <(rollup "$pid")
    total_rss=$((total_rss + rss))
    total_pss=$((total_pss + pss))
    count=$((count + 1))
    printf '%-14s %8s %8d %8d\n' "$name" "$pid" $((rss / 1024)) $((pss / 1024))
  done <"$pids_file"
  up_in="$(sed -n 's/^Plaza is up in \([0-9.]*\) s.*/\1/p' "$log" | head -n 1)"
  printf 'run %d: up in %s s, %d processes, %d MB resident, %d MB proportional\n' \
    "$run_number" "$up_in" "$count" $((total_rss / 1024)) $((total_pss / 1024))
}

if [[ "$prime" == true ]]; then
  echo "Priming (a first start records the class data sharing archives)..."
  with_stack nothing
fi
for ((run_number = 1; run_number <= runs; run_number++)); do
  with_stack measure
done
