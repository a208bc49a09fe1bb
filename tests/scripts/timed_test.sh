#!/usr/bin/env bash
# scripts/timed: one line of figures for what it ran, commands run side by side, a failing
# command's exit status and standard error passed on.
#   tests/scripts/timed_test.sh SOURCE_DIR
set -euo pipefail
timed="$1/scripts/timed"
fail() { echo "timed_test: $1" >&2; exit 1; }
# wall seconds, peak KiB, CPU seconds, minor faults
read -r wall kib cpu faults < <("$timed" sleep 0.3)
python3 -c "import sys; sys.exit(0 if 0.3 <= $wall < 2 else 1)" || fail "sleep 0.3 took $wall s"
[ "$kib" -gt 0 ] && [ "$faults" -gt 0 ] || fail "no memory or faults: $kib $faults"
python3 -c "import sys; sys.exit(0 if 0 <= $cpu < 0.3 else 1)" || fail "sleeping took $cpu s of CPU"
# side by side: two sleeps of 0.5 s take about 0.5 s, not 1
read -r wall _ _ _ < <("$timed" sleep 0.5 --- sleep 0.5)
python3 -c "import sys; sys.exit(0 if 0.5 <= $wall < 0.95 else 1)" || fail "two sleeps side by side took $wall s"
# CPU time is counted for every command
read -r _ _ cpu _ < <("$timed" python3 -c "while __import__('time').process_time() < 0.2: pass" --- \
  python3 -c "while __import__('time').process_time() < 0.2: pass")
python3 -c "import sys; sys.exit(0 if $cpu >= 0.4 else 1)" || fail "two busy commands: $cpu s of CPU"
# a failure: exit status 1, the command's standard error shown, no figures
errfile=$(mktemp)
trap 'rm -f "$errfile"' EXIT
set +e
out=$("$timed" true --- sh -c 'echo broken >&2; exit 3' 2>"$errfile")
rc=$?
set -e
err=$(cat "$errfile")
[ "$rc" -eq 1 ] || fail "exit status $rc for a failing command"
[ -z "$out" ] || fail "figures printed for a failing run: $out"
grep -q broken <<<"$err" || fail "the command's standard error was not shown: $err"
grep -q "exited with 3" <<<"$err" || fail "the exit status was not named: $err"
echo "timed_test: ok"
