#!/bin/sh
# seeds.sh - gathers the seed corpus of the fuzz harnesses: real class
# files, one input each - every Java test program compiled both ways
# (tests/java), the verifier's hand-built corpus (tests/verify) and the
# class library itself.
#
#   usage: seeds.sh BUILD_DIR OUT_DIR
# BUILD_DIR is a configured and built tree (the classes come from it).
set -eu
[ $# -eq 2 ] || { echo "usage: $0 BUILD_DIR OUT_DIR" >&2; exit 2; }
build=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
n=0
copy() { # copy FILE NAME
    cp "$1" "$out/$2"
    n=$((n + 1))
}
for release in 8 17; do
    dir="$build/tests/java/classes$release"
    [ -d "$dir" ] || { echo "no $dir: build the tests first" >&2; exit 1; }
    for f in $(cd "$dir" && find . -name '*.class' | sort); do
        copy "$dir/$f" "java$release-$(echo "${f#./}" | tr '/$' '__')"
    done
done
work=$(mktemp -d "${TMPDIR:-/tmp}/cortado-seeds-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
CORTADO_VERIFY_DUMP="$work" "$build/tests/unit/test_verify" >/dev/null 2>&1 || true
for f in $(cd "$work" && find . -name '*.class' | sort); do
    copy "$work/$f" "verify-$(echo "${f#./}" | tr '/$' '__')"
done
for f in $(cd "$here/../verify/corpus" && find . -name '*.class.keep' | sort); do
    copy "$here/../verify/corpus/$f" "verify-$(basename "$f" .keep)"
done
for f in $(cd "$build/classlib" && find . -name '*.class' | sort); do
    copy "$build/classlib/$f" "lib-$(echo "${f#./}" | tr '/$' '__')"
done
echo "$n seeds in $out"
