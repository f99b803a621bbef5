#!/usr/bin/env bash
# fuzz.sh - builds the libFuzzer harnesses (clang, ASan + UBSan) and runs
# them side by side, one per core, from the seed corpus; then prints the
# figures of the run. Anything libFuzzer finds (a crash, a sanitizer
# report, a leak, a timeout) is left in WORK/artifacts-HARNESS/; copy it
# to tests/fuzz/regress/ to keep it as a regression test
# (tests/fuzz/README.md).
#
#   usage: tools/fuzz.sh [SECONDS] [WORK_DIR]
#   SECONDS   how long each harness runs (default 1800)
#   WORK_DIR  corpora, logs and artifacts (default build-fuzz/run); an
#             existing corpus there is fuzzed further
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=${1:-1800}
build="$root/build-fuzz"
work=${2:-$build/run}
command -v clang >/dev/null ||
    { echo "fuzz.sh: clang and libFuzzer are needed: apt install clang libclang-rt-14-dev" >&2; exit 1; }

CC=clang cmake -S "$root" -B "$build" -DCORTADO_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"
mkdir -p "$work"
rm -rf "$work/seeds"
"$root/tests/fuzz/seeds.sh" "$build" "$work/seeds"

pids=()
for harness in load run; do
    mkdir -p "$work/corpus-$harness" "$work/artifacts-$harness"
    "$build/tests/fuzz/fuzz_$harness" -max_total_time="$seconds" -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts-$harness/" \
        "$work/corpus-$harness" "$work/seeds" > "$work/$harness.log" 2>&1 &
    pids+=($!)
done
status=0
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done

for harness in load run; do
    log="$work/$harness.log"
    echo "== fuzz_$harness"
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    grep -E '^#[0-9]+ +DONE' "$log" | tail -n 1 || true
    echo "corpus: $(find "$work/corpus-$harness" -type f | wc -l) inputs"
    found=$(find "$work/artifacts-$harness" -type f | wc -l)
    echo "findings: $found"
    if [ "$found" -gt 0 ]; then
        find "$work/artifacts-$harness" -type f
        status=1
    fi
done
exit "$status"
