#!/usr/bin/env bash
# Usage: check-metainfo.sh ID.metainfo.xml PROJECT_VERSION
# Validates offline (no screenshot or URL checks) and checks what the validator cannot know:
# the file name matches the component id, the launchable desktop file exists beside it, and
# the newest release is the project's version.
set -uo pipefail
file=$1
version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v appstreamcli >/dev/null || fail "appstreamcli is missing: run tools/install-deps"

appstreamcli validate --no-net --explain "$file" || fail "appstreamcli validate refused $file"

id=$(sed -n 's|.*<id>\(.*\)</id>.*|\1|p' "$file" | head -n 1)
[ "$(basename "$file")" = "$id.metainfo.xml" ] || fail "file name does not match the id '$id'"
launchable=$(sed -n 's|.*<launchable type="desktop-id">\(.*\)</launchable>.*|\1|p' "$file")
[ "$launchable" = "$id.desktop" ] || fail "launchable '$launchable' is not $id.desktop"
[ -f "$(dirname "$file")/$launchable" ] || fail "$launchable does not exist beside $file"
newest=$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$file" | head -n 1)
[ "$newest" = "$version" ] ||
    fail "newest <release> is '$newest', project() says '$version': add a release entry"
echo "PASS: $file"
