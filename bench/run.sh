#!/usr/bin/env bash
# Benchmarks: runs each program of bench/ on `java -Xint` (HotSpot's
# interpreter, the fair comparison for an interpreter) and on vmrun, side by
# side, and reports median wall time, peak RSS and whether the outputs agree.
#
# usage: bench/run.sh [--vmrun PATH] [--java PATH] [--javac PATH]
#                     [--quick] [--reps N] [--only NAME[,NAME...]]
#
#   --vmrun PATH   the VM to measure (default: $VMRUN, else <repo>/build/vmrun)
#   --java PATH    the reference java (default: $JAVA, else java)
#   --javac PATH   the compiler (default: $JAVAC, else javac)
#   --quick        small problem sizes and 3 repetitions: checks the
#                  mechanics in seconds, the numbers mean little
#   --reps N       repetitions per VM and program (default 5); the runs of
#                  the two VMs alternate, and the median is reported
#   --only LIST    only these programs (names as in the table, e.g. fib,nbody)
#
# Each program is compiled either with `javac --release 8` or with javac's
# defaults (invokedynamic string concatenation, nestmates...): the last
# column of the table below says which.
#
# Output: a plain-text table, then one machine-readable line per program:
#   RESULT name=fib arg=32 reps=5 java_s=0.512 vmrun_s=0.130 ratio=0.254
#          java_rss_kb=35104 vmrun_rss_kb=2304 output=same
# (on one line), then one line per pair of programs that do the same work
# two ways (e.g. lambdas vs hand-written interface implementations), when
# both ran:
#   PAIR lambdacall/interfacecall vmrun=1.110 java=1.450
# i.e. the time of the first over the time of the second, on each VM.
# Times are wall-clock seconds; ratio is vmrun/java, lower is better for
# vmrun. Peak RSS comes from /usr/bin/time when it is GNU time,
# else from polling /proc/PID/status (less exact for very short runs).
# Exit status: 0 if every program ran and both VMs printed the same output,
# 1 otherwise, 2 on bad usage.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")

vmrun=${VMRUN:-$root/build/vmrun}
java_bin=${JAVA:-java}
javac_bin=${JAVAC:-javac}
reps=
quick=0
only=

usage() {
  sed -n '6,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case $1 in
    --vmrun) [[ $# -ge 2 ]] || usage; vmrun=$2; shift 2 ;;
    --java) [[ $# -ge 2 ]] || usage; java_bin=$2; shift 2 ;;
    --javac) [[ $# -ge 2 ]] || usage; javac_bin=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    --reps) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || usage; reps=$2; shift 2 ;;
    --only) [[ $# -ge 2 ]] || usage; only=,$2,; shift 2 ;;
    -h | --help) usage ;;
    *) echo "run.sh: unknown argument: $1" >&2; usage ;;
  esac
done
if [[ -z $reps ]]; then
  if [[ $quick -eq 1 ]]; then reps=3; else reps=5; fi
fi

if [[ ! -x $vmrun ]]; then
  echo "run.sh: vmrun not found or not executable: $vmrun (use --vmrun PATH)" >&2
  exit 2
fi
command -v "$java_bin" > /dev/null || { echo "run.sh: no java: $java_bin" >&2; exit 2; }
command -v "$javac_bin" > /dev/null || { echo "run.sh: no javac: $javac_bin" >&2; exit 2; }

# name  class  full-size argument  quick argument  compiled with
# (8: javac --release 8; default: javac's defaults)
programs=(
  "hello         Hello          -        -      8"
  "fib           Fib            32       24     8"
  "arrayloop     ArrayLoop      100      5      8"
  "binarytrees   BinaryTrees    14       8      8"
  "nbody         NBody          1000000  20000  8"
  "sieve         Sieve          30       2      8"
  "stringbuild   StringBuild    500      20     8"
  "lambdacall    LambdaCall     3000     100    default"
  "interfacecall InterfaceCall  3000     100    default"
  "concatindy    ConcatIndy     150      5      default"
  "concatbuilder ConcatBuilder  150      5      default"
)

# Programs that do the same work two ways: "first second" is reported as
# the ratio time(first) / time(second) on each VM.
pairs=(
  "lambdacall interfacecall"
  "concatindy concatbuilder"
)

work=$(mktemp -d "${TMPDIR:-/tmp}/cortado-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One class directory per way of compiling; each program's source is
# compiled into the directory its table entry names.
sources8=() sources_default=()
for entry in "${programs[@]}"; do
  read -r _ class _ _ release <<< "$entry"
  case $release in
    8) sources8+=("$here/$class.java") ;;
    default) sources_default+=("$here/$class.java") ;;
    *) echo "run.sh: bad release '$release' for $class" >&2; exit 2 ;;
  esac
done
mkdir -p "$work/classes8" "$work/classes-default"
if [[ ${#sources8[@]} -gt 0 ]]; then
  "$javac_bin" --release 8 -nowarn -Xlint:-options -encoding UTF-8 \
    -d "$work/classes8" "${sources8[@]}"
fi
if [[ ${#sources_default[@]} -gt 0 ]]; then
  "$javac_bin" -nowarn -encoding UTF-8 -d "$work/classes-default" "${sources_default[@]}"
fi

gnu_time=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2> /dev/null; then
  gnu_time=1
fi

# measure OUTFILE COMMAND...: runs COMMAND once with stdout to OUTFILE;
# sets m_secs (wall seconds), m_rss (peak RSS in KB, or 0 if unknown) and
# m_status (exit status).
measure() {
  local out=$1
  shift
  local start end
  m_rss=0
  m_status=0
  if [[ $gnu_time -eq 1 ]]; then
    start=$EPOCHREALTIME
    /usr/bin/time -f %M -o "$work/rss" "$@" > "$out" 2> "$work/stderr" \
      < /dev/null || m_status=$?
    end=$EPOCHREALTIME
    m_rss=$(tail -n 1 "$work/rss")
    [[ $m_rss =~ ^[0-9]+$ ]] || m_rss=0
  else
    local pid hwm
    start=$EPOCHREALTIME
    "$@" > "$out" 2> "$work/stderr" < /dev/null &
    pid=$!
    while kill -0 "$pid" 2> /dev/null; do
      hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2> /dev/null || true)
      if [[ -n $hwm && $hwm -gt $m_rss ]]; then m_rss=$hwm; fi
      sleep 0.005
    done
    wait "$pid" || m_status=$?
    end=$EPOCHREALTIME
  fi
  m_secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
}

# median NUMBERS...: prints the median.
median() {
  printf '%s\n' "$@" | sort -g | awk '
    { v[NR] = $1 }
    END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

mb() {
  awk -v k="$1" 'BEGIN { if (k > 0) printf "%.1f MB", k / 1024; else print "?" }'
}

echo "java:  $("$java_bin" -Xint -version 2>&1 | head -n 1) (-Xint)"
echo "vmrun: $vmrun"
echo "reps:  $reps per VM$( [[ $quick -eq 1 ]] && echo ', quick sizes')"
echo
printf '%-20s %12s %12s %8s %11s %11s  %s\n' \
  program "java -Xint" vmrun ratio "java RSS" "vmrun RSS" output
results=()
failed=0
declare -A vm_median=() java_median=()

for entry in "${programs[@]}"; do
  read -r name class full_arg quick_arg release <<< "$entry"
  classes=$work/classes$( [[ $release == 8 ]] && echo 8 || echo -default )
  [[ -z $only || $only == *",$name,"* ]] || continue
  arg=$full_arg
  [[ $quick -eq 1 ]] && arg=$quick_arg
  prog_args=()
  [[ $arg == - ]] || prog_args=("$arg")

  java_times=() vm_times=() java_rss=0 vm_rss=0 verdict=same
  for ((r = 1; r <= reps; r++)); do
    measure "$work/java.$r" "$java_bin" -Xint -cp "$classes" "$class" "${prog_args[@]}"
    java_times+=("$m_secs")
    [[ $m_rss -gt $java_rss ]] && java_rss=$m_rss
    if [[ $m_status -ne 0 ]]; then verdict="java-failed($m_status)"; fi

    measure "$work/vmrun.$r" "$vmrun" -cp "$classes" "$class" "${prog_args[@]}"
    vm_times+=("$m_secs")
    [[ $m_rss -gt $vm_rss ]] && vm_rss=$m_rss
    if [[ $m_status -ne 0 ]]; then
      verdict="vmrun-failed($m_status)"
      head -n 5 "$work/stderr" | sed "s/^/  $name: vmrun: /" >&2
    fi

    if [[ $verdict == same ]]; then
      if ! cmp -s "$work/java.$r" "$work/vmrun.$r"; then
        verdict=DIFFERENT
        { diff -u --label java --label vmrun "$work/java.$r" "$work/vmrun.$r" || true; } \
          | head -n 20 | sed "s/^/  $name: /" >&2
      elif ! cmp -s "$work/java.1" "$work/java.$r"; then
        verdict=UNSTABLE
      fi
    fi
  done
  [[ $verdict == same ]] || failed=1

  java_med=$(median "${java_times[@]}")
  vm_med=$(median "${vm_times[@]}")
  java_median[$name]=$java_med
  vm_median[$name]=$vm_med
  ratio=$(awk -v a="$vm_med" -v b="$java_med" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "inf" }')
  label=$name
  [[ $arg == - ]] || label="$name($arg)"
  printf '%-20s %10s s %10s s %8s %11s %11s  %s\n' "$label" "$java_med" "$vm_med" \
    "$ratio" "$(mb "$java_rss")" "$(mb "$vm_rss")" "$verdict"
  results+=("RESULT name=$name arg=$arg reps=$reps java_s=$java_med vmrun_s=$vm_med ratio=$ratio java_rss_kb=$java_rss vmrun_rss_kb=$vm_rss output=$verdict")
done

echo
printf '%s\n' "${results[@]}"

# quotient A B: prints A/B with three decimals.
quotient() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "inf" }'
}

for pair in "${pairs[@]}"; do
  read -r first second <<< "$pair"
  [[ -n ${vm_median[$first]:-} && -n ${vm_median[$second]:-} ]] || continue
  echo "PAIR $first/$second vmrun=$(quotient "${vm_median[$first]}" "${vm_median[$second]}")" \
    "java=$(quotient "${java_median[$first]}" "${java_median[$second]}")"
done
exit "$failed"
