#!/bin/sh
# bench/train.sh GARTER — the training run of the profile-guided release
# build (make release): every benchmark program once, output discarded.
# A program that fails still leaves a useful profile, so failures are
# ignored here; bench/run checks outputs.
g=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/programs" || exit 1
for p in *.py; do
    timeout 120 "$g" "$p" >/dev/null 2>&1
done
exit 0
