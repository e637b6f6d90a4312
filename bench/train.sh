#!/bin/sh
# bench/train.sh GARTER — the training run of the profile-guided release
# build (make release): every benchmark program once, then every golden
# test and sample once (so paths the benchmarks never take are not laid
# out as cold code), output discarded.  A program that fails still leaves
# a useful profile, so failures are ignored here; bench/run checks outputs.
g=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/bench/programs" || exit 1
for p in *.py; do
    timeout 120 "$g" "$p" >/dev/null 2>&1
done
for p in "$root"/tests/golden/*/*.py "$root"/samples/*.py "$root"/samples/*/*.py; do
    [ -f "$p" ] || continue
    case "$p" in *deep_recursion*) continue ;; esac
    (cd "$(dirname "$p")" && GARTERPATH="$root/lib" timeout 20 "$g" "$(basename "$p")" \
        </dev/null >/dev/null 2>&1)
done
exit 0
