#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, docs/reliability.md) into
# ./build-fuzz with clang-14, ASan and UBSan, and runs one target, or all of
# them in turn, for SECONDS each, starting from its seed corpus.
#
# The seeds are copied to a scratch directory first, so that what libFuzzer
# adds to its corpus never lands in the repository. A finding (crash, leak,
# undefined behaviour, failed check, escaped exception, timeout, out of
# memory) makes the script exit nonzero; its input is kept in
# build-fuzz/findings/<target>/ and the full log in build-fuzz/logs/.
#
# Usage: scripts/fuzz.sh TARGET|all SECONDS
#        scripts/fuzz.sh list
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(jsonl protocol bot telegram whatsapp messenger slack line rest signatures article tokenizer import admin)

usage() {
  echo "usage: scripts/fuzz.sh TARGET|all SECONDS   (targets: ${TARGETS[*]})" >&2
  exit 2
}
[ "${1:-}" = "list" ] && { printf '%s\n' "${TARGETS[@]}"; exit 0; }
[ $# -eq 2 ] || usage
what=$1
seconds=$2
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || usage
if [ "$what" = "all" ]; then
  run=("${TARGETS[@]}")
else
  [[ " ${TARGETS[*]} " == *" $what "* ]] || usage
  run=("$what")
fi

start=$(date +%s)
# -O1: a shorter build than -O2, and the level ASan's documentation advises.
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DTANYA_FUZZ=ON -DTANYA_BUILD_TESTS=OFF -DTANYA_WERROR=ON >/dev/null
build_targets=()
for t in "${run[@]}"; do build_targets+=(--target "fuzz_$t"); done
nice -n 10 cmake --build build-fuzz -j"$(nproc)" "${build_targets[@]}"
built=$(date +%s)

export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-14 || true)}"

# In memory when the machine has /dev/shm: the article target writes an
# index per input, three times faster there than on disk.
tmp_base=${TMPDIR:-/tmp}
if [ -d /dev/shm ] && [ -w /dev/shm ]; then tmp_base=/dev/shm; fi
scratch=$(mktemp -d "$tmp_base/tanya-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p build-fuzz/findings build-fuzz/logs

failed=()
for t in "${run[@]}"; do
  mkdir -p "$scratch/$t/corpus" "$scratch/$t/tmp" "build-fuzz/findings/$t"
  cp -R "tests/fuzz/corpus/$t/." "$scratch/$t/corpus/"
  log="build-fuzz/logs/$t.log"
  status=0
  # -timeout: an input that takes 25 s is a hang, and a finding.
  # TMPDIR: the target's own scratch files (an index, a temp article).
  TMPDIR="$scratch/$t/tmp" nice -n 10 "build-fuzz/fuzz/fuzz_$t" \
    -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="build-fuzz/findings/$t/" "$scratch/$t/corpus" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  corpus=$(find "$scratch/$t/corpus" -type f | wc -l)
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    echo "fuzz: $t: FINDING (exit $status) after ${execs:-?} execs; input in build-fuzz/findings/$t/, log:" >&2
    grep -E -A30 '^==[0-9]+==ERROR|runtime error|check failed|terminate called|deadly signal|Timeout|out-of-memory' \
      "$log" | head -n 60 >&2 || tail -n 40 "$log" >&2
  else
    echo "fuzz: $t: ${seconds} s, ${execs:-?} execs, ${rate:-?} exec/s, corpus ${corpus} inputs"
  fi
done

echo "fuzz: build $((built - start)) s, runs $(($(date +%s) - built)) s" >&2
if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]}" >&2
  exit 1
fi
