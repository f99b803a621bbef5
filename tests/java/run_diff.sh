#!/usr/bin/env bash
# Differential test driver: runs one Java test program on HotSpot and on
# vmrun and compares what they do. HotSpot's behaviour is the expectation.
#
# usage: run_diff.sh [--java JAVA] VMRUN CLASSES_DIR SOURCE.java
#
# The main class is the source file's base name (tests live in the default
# package). Options are read from the leading comment lines of the source:
#
#   // vm-args: -Xmx32m -Xss512k    options given to both java and vmrun
#   // args: a b "c d"              program arguments (shell-style quoting)
#   // stderr: first-line           also compare the first line of stderr
#
# Both VMs run in the same scratch directory, with stdin from /dev/null and
# LC_ALL=C.UTF-8. Standard output and the exit status are always compared.
# Each run is limited to RUN_DIFF_TIMEOUT seconds (default 50, just under
# the ctest TIMEOUT) so that a hang is reported as such.
# On a mismatch a unified diff is printed and the script exits with 1;
# bad usage exits with 2.
set -u

usage() {
  echo "usage: $0 [--java JAVA] VMRUN CLASSES_DIR SOURCE.java" >&2
  exit 2
}

java_bin=${JAVA:-java}
if [[ ${1:-} == --java ]]; then
  [[ $# -ge 2 ]] || usage
  java_bin=$2
  shift 2
fi
[[ $# -eq 3 ]] || usage
vmrun=$1
classes=$2
source=$3

[[ -f $source ]] || { echo "run_diff: no such source file: $source" >&2; exit 2; }
[[ -d $classes ]] || { echo "run_diff: no classes directory: $classes" >&2; exit 2; }
[[ -x $vmrun ]] || { echo "run_diff: vmrun is not an executable: $vmrun" >&2; exit 2; }
# The class files are given by path: make it absolute, since we cd below.
classes=$(cd "$classes" && pwd)

main_class=$(basename "$source" .java)

# split_words STRING: sets the array `words` to STRING split like a shell
# would, without evaluating anything: words are separated by blanks;
# '...' is literal; in "..." a backslash escapes " and \; elsewhere a
# backslash escapes the next character. Returns 1 on an unclosed quote.
split_words() {
  local s=$1 word='' quote='' c i have=0 bs=$'\\'
  words=()
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    if [[ $quote == "'" ]]; then
      if [[ $c == "'" ]]; then quote=''; else word+=$c; fi
    elif [[ $quote == '"' ]]; then
      if [[ $c == '"' ]]; then
        quote=''
      elif [[ $c == "$bs" && ( ${s:i+1:1} == '"' || ${s:i+1:1} == "$bs" ) ]]; then
        word+=${s:i+1:1}
        i=$((i + 1))
      else
        word+=$c
      fi
    else
      case $c in
        ' ' | $'\t')
          if [[ $have -eq 1 ]]; then words+=("$word"); fi
          word='' have=0 ;;
        "'" | '"') quote=$c have=1 ;;
        "$bs") word+=${s:i+1:1}; i=$((i + 1)); have=1 ;;
        *) word+=$c have=1 ;;
      esac
    fi
  done
  [[ -z $quote ]] || return 1
  if [[ $have -eq 1 ]]; then words+=("$word"); fi
  return 0
}

bad_header() {
  echo "run_diff: cannot parse header line in $source: $1" >&2
  exit 2
}

# Read the header: the comment and blank lines before the first code line.
vm_args=()
prog_args=()
compare_stderr=0
while IFS= read -r line || [[ -n $line ]]; do
  line=${line%$'\r'}
  case $line in
    '// vm-args:'*)
      split_words "${line#// vm-args:}" || bad_header "$line"
      vm_args=("${words[@]}") ;;
    '// args:'*)
      split_words "${line#// args:}" || bad_header "$line"
      prog_args=("${words[@]}") ;;
    '// stderr:'*)
      value=${line#// stderr:}
      value=${value// /}
      if [[ $value == first-line ]]; then
        compare_stderr=1
      else
        echo "run_diff: unknown stderr option '$value' in $source" >&2
        exit 2
      fi ;;
    //* | '' | '/*'* | ' *'*) ;;
    *) break ;;
  esac
done < "$source"

work=$(mktemp -d "${TMPDIR:-/tmp}/run_diff.XXXXXX")
trap 'rm -rf "$work"' EXIT

limit=${RUN_DIFF_TIMEOUT:-50}
timeout_cmd=()
if command -v timeout > /dev/null; then
  timeout_cmd=(timeout --kill-after=5 "$limit")
fi

# run NAME COMMAND...: runs the program, leaving NAME.out, NAME.err and
# NAME.rc in the scratch directory.
run() {
  local name=$1
  shift
  local rc=0
  (cd "$work" && LC_ALL=C.UTF-8 "${timeout_cmd[@]}" "$@" "${vm_args[@]}" -cp "$classes" \
      "$main_class" "${prog_args[@]}" \
      < /dev/null > "$work/$name.out" 2> "$work/$name.err") || rc=$?
  echo "$rc" > "$work/$name.rc"
  if [[ ${#timeout_cmd[@]} -gt 0 && ( $rc -eq 124 || $rc -eq 137 ) ]]; then
    echo "run_diff: $name did not finish within $limit seconds (status $rc)"
  fi
}

run java "$java_bin"
run vmrun "$vmrun"

failed=0
if ! cmp -s "$work/java.out" "$work/vmrun.out"; then
  echo "FAIL: standard output differs (--- java, +++ vmrun):"
  diff -u --label "java $main_class" --label "vmrun $main_class" \
    "$work/java.out" "$work/vmrun.out" | head -n 200
  failed=1
fi

java_rc=$(< "$work/java.rc")
vmrun_rc=$(< "$work/vmrun.rc")
if [[ $java_rc != "$vmrun_rc" ]]; then
  echo "FAIL: exit status differs: java $java_rc, vmrun $vmrun_rc"
  failed=1
fi

if [[ $compare_stderr -eq 1 ]]; then
  java_first=$(head -n 1 "$work/java.err")
  vmrun_first=$(head -n 1 "$work/vmrun.err")
  if [[ $java_first != "$vmrun_first" ]]; then
    echo "FAIL: first line of standard error differs:"
    echo "  java:  $java_first"
    echo "  vmrun: $vmrun_first"
    failed=1
  fi
fi

if [[ $failed -ne 0 ]]; then
  if [[ -s $work/vmrun.err ]]; then
    echo "--- vmrun standard error (first 40 lines):"
    head -n 40 "$work/vmrun.err"
  fi
  exit 1
fi
echo "PASS: $main_class (exit status $java_rc)"
exit 0
