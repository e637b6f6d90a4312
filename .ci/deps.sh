#!/bin/sh
# Checks garter's build dependencies; installs the missing ones with apt-get
# when run as root, otherwise prints the command to run and fails.
pkgs=""
command -v re2c >/dev/null 2>&1 || pkgs="$pkgs re2c"
command -v bison >/dev/null 2>&1 || pkgs="$pkgs bison"
command -v pkg-config >/dev/null 2>&1 || pkgs="$pkgs pkg-config"
command -v python3 >/dev/null 2>&1 || pkgs="$pkgs python3"
pc() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$1"; }
pc check || pkgs="$pkgs check libsubunit-dev"
pc libedit || pkgs="$pkgs libedit-dev"
[ -f /usr/include/gmp.h ] || [ -f /usr/include/x86_64-linux-gnu/gmp.h ] || \
    ls /usr/include/*/gmp.h >/dev/null 2>&1 || pkgs="$pkgs libgmp-dev"
[ -z "$pkgs" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "garter: installing build dependencies:$pkgs"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq $pkgs >/dev/null || {
        echo "garter: apt-get install$pkgs failed" >&2; exit 1; }
    exit 0
fi
echo "garter: missing build dependencies. Run:" >&2
echo "    sudo apt-get install$pkgs" >&2
exit 1
