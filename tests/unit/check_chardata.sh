#!/bin/sh
# check_chardata.sh - checks that the generated Unicode tables of the class
# library (runtime/classlib/java/lang/CharacterData.java) and the fpconv
# test cases (tests/unit/fpconv_data/fpconv_cases.h) are what their
# generators print on this JDK. Run from anywhere; needs `java` (17).
# Usage: tests/unit/check_chardata.sh [--fix]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
java=${JAVA:-java}
status=0
check() { # generator, committed output
    tmp=$(mktemp)
    "$java" "$root/$1" > "$tmp"
    if cmp -s "$tmp" "$root/$2"; then
        echo "fresh: $2"
    elif [ "${FIX:-}" = 1 ]; then
        cp "$tmp" "$root/$2"
        echo "regenerated: $2"
    else
        echo "STALE: $2 differs from the output of $1" >&2
        diff "$root/$2" "$tmp" | head -20 >&2 || true
        status=1
    fi
    rm -f "$tmp"
}
[ "${1:-}" = --fix ] && FIX=1
check tools/gen_chardata/GenCharData.java runtime/classlib/java/lang/CharacterData.java
check tests/unit/fpconv_data/GenFpconvCases.java tests/unit/fpconv_data/fpconv_cases.h
exit $status
