#!/usr/bin/env bash
# Usage: check-desktop-file.sh FILE.desktop
# desktop-file-validate exits 0 on warnings and hints; any output at all fails here.
set -uo pipefail
command -v desktop-file-validate >/dev/null ||
    { echo "desktop-file-validate is missing: run tools/install-deps" >&2; exit 1; }
output=$(desktop-file-validate "$1" 2>&1)
status=$?
if [ $status -ne 0 ] || [ -n "$output" ]; then
    echo "$output"
    echo "FAIL: $1 is not a clean desktop entry (exit status $status)" >&2
    exit 1
fi
echo "PASS: $1"
