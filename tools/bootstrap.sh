#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build
# Cortado, and run the sample program with it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/tools/deps.sh"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build" -j "$(nproc)"
mkdir -p "$root/build/examples"
javac --release 8 -d "$root/build/examples" "$root/examples/hello/Hello.java"
"$root/build/vmrun" -cp "$root/build/examples" Hello
