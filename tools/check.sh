#!/usr/bin/env bash
# The whole test suite: builds Cortado twice (computed-goto and switch
# dispatch) with warnings as errors and runs every test under ctest in both.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/tools/deps.sh"
jobs="$(nproc)"
status=0
for mode in goto switch; do
    build="$root/build-check-$mode"
    goto=ON
    if [[ $mode == switch ]]; then goto=OFF; fi
    echo "=== $mode dispatch ==="
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DCORTADO_WERROR=ON -DCORTADO_COMPUTED_GOTO="$goto" >/dev/null
    cmake --build "$build" -j "$jobs"
    (cd "$build" && ctest -j "$jobs" --output-on-failure --timeout 120) || status=1
done
exit "$status"
