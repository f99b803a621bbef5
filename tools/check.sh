#!/usr/bin/env bash
# The whole test suite: builds Cortado three ways - computed-goto dispatch,
# switch dispatch (both with warnings as errors) and computed goto under
# AddressSanitizer + UndefinedBehaviorSanitizer - and runs every test under
# ctest in each. Exits non-zero if any build or test fails.
#
#   tools/check.sh              all three
#   tools/check.sh goto switch  only these modes
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/tools/deps.sh"
jobs="$(nproc)"
modes=("$@")
if ((${#modes[@]} == 0)); then modes=(goto switch sanitize); fi
status=0
for mode in "${modes[@]}"; do
    build="$root/build-check-$mode"
    flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCORTADO_WERROR=ON)
    case "$mode" in
        goto) flags+=(-DCORTADO_COMPUTED_GOTO=ON) ;;
        switch) flags+=(-DCORTADO_COMPUTED_GOTO=OFF) ;;
        sanitize) flags=(-DCMAKE_BUILD_TYPE=Debug -DCORTADO_WERROR=ON
                         "-DCORTADO_SANITIZE=address,undefined") ;;
        *) echo "unknown mode: $mode (goto, switch, sanitize)" >&2; exit 2 ;;
    esac
    echo "=== $mode ==="
    cmake -S "$root" -B "$build" "${flags[@]}" >/dev/null
    cmake --build "$build" -j "$jobs"
    # The collector's heap is not malloc's: leak reports would be noise.
    (cd "$build" && ASAN_OPTIONS=detect_leaks=0 ctest -j "$jobs" --output-on-failure --timeout 300) \
        || status=1
done
exit "$status"
