#!/bin/sh
# run.sh - compares Cortado's verdict with HotSpot's on a corpus of class
# files: loads each class (tests/verify/Load.java) on `java` and on vmrun
# and checks that both accept it, or both reject it with the same error
# class. The corpus is the set of hand-built class files of the unit test
# tests/unit/test_verify.c (written with CORTADO_VERIFY_DUMP), plus the
# NAME.class.keep files under tests/verify/corpus/ (made by other
# compilers, see corpus/make.sh).
#
#   usage: run.sh BUILD_DIR [JAVA]
# Prints one line per disagreement and "N passed, N failed".
set -u
build=$1
java=${2:-java}
javac=${JAVAC:-$(dirname "$(command -v "$java")")/javac}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cortado-verify-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

mkdir -p "$work/classes"
CORTADO_VERIFY_DUMP="$work/classes" "$build/tests/unit/test_verify" >/dev/null 2>&1
if [ -d "$here/corpus" ]; then
    (cd "$here/corpus" && find . -name '*.class.keep' | while read -r kept; do
        mkdir -p "$work/classes/$(dirname "$kept")"
        cp "$kept" "$work/classes/${kept%.keep}"
    done)
fi
"$javac" -d "$work/loader" "$here/Load.java" || exit 1
names=$(cd "$work/classes" && find . -name '*.class' | sed 's|^\./||; s|\.class$||; s|/|.|g' | sort)
[ -n "$names" ] || { echo "no class files in the corpus"; exit 1; }

# The verdict without the message: "Name init: OK" or "Name init: java.lang.VerifyError".
verdicts() {
    sed 's/^\([^:]*: [^:]*\).*/\1/'
}
# shellcheck disable=SC2086
"$java" -Xshare:auto -cp "$work/loader:$work/classes" Load $names | verdicts > "$work/hotspot.txt"
# shellcheck disable=SC2086
"$build/vmrun" -cp "$work/loader:$work/classes" Load $names | verdicts > "$work/cortado.txt"

passed=0
failed=0
while IFS= read -r expected && IFS= read -r actual <&3; do
    if [ "$expected" = "$actual" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "DIFFERS: HotSpot \"$expected\", Cortado \"$actual\""
    fi
done < "$work/hotspot.txt" 3< "$work/cortado.txt"
if [ "$(wc -l < "$work/hotspot.txt")" != "$(wc -l < "$work/cortado.txt")" ]; then
    echo "the two runs printed different numbers of lines"
    failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
