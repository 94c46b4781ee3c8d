#!/usr/bin/env bash
# Usage: check-install.sh BUILD_DIR WORK_DIR APP_ID [CMAKE]
# Installs the build into WORK_DIR/root with prefix /usr, as a package would, and checks the
# installed layout: the expected files and nothing else, the desktop file's Exec and Icon
# resolve, the compiled-in translations are found, and `frontdesk --demo` starts the
# installed frontdesk-devserver and syncs from it.
set -uo pipefail
build_dir=$1
work=$2
app_id=$3
cmake=${4:-cmake}
root="$work/root"
prefix="$root/usr"
app_pid=""

fail() {
    echo "FAIL: $*" >&2
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    exit 1
}

rm -rf "$work"
mkdir -p "$work/home" "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
DESTDIR="$root" "$cmake" --install "$build_dir" --prefix /usr >"$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "cmake --install failed"; }

expected=(
    "bin/frontdesk"
    "bin/frontdesk-cli"
    "bin/frontdesk-devserver"
    "share/applications/$app_id.desktop"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/metainfo/$app_id.metainfo.xml"
)
actual=$(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | LC_ALL=C sort)
wanted=$(printf '%s\n' "${expected[@]}" | LC_ALL=C sort)
[ "$actual" = "$wanted" ] || fail "installed files differ from the expected ones:
$(diff <(echo "$wanted") <(echo "$actual"))"
for program in frontdesk frontdesk-cli frontdesk-devserver; do
    [ -x "$prefix/bin/$program" ] || fail "bin/$program is not executable"
done

desktop="$prefix/share/applications/$app_id.desktop"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon_name=$(sed -n 's/^Icon=//p' "$desktop")
[ -x "$prefix/bin/$exec_name" ] || fail "Exec=$exec_name is not an installed program"
[ -f "$prefix/share/icons/hicolor/scalable/apps/$icon_name.svg" ] ||
    fail "Icon=$icon_name has no installed icon"

# A private home, no overrides from the caller's environment, Qt's messages on stderr.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
export QT_QPA_PLATFORM=offscreen QT_FORCE_STDERR_LOGGING=1
export QT_LOGGING_RULES="frontdesk.network.info=true"
unset FRONTDESK_DEVSERVER FRONTDESK_SERVER FRONTDESK_TOKEN FRONTDESK_DATA_DIR LANGUAGE

# The .qm catalogues are compiled in: a German environment gets German help texts.
for program in frontdesk frontdesk-cli; do
    english=$(LC_ALL=C "$prefix/bin/$program" --help 2>"$work/stderr") ||
        fail "$program --help failed: $(cat "$work/stderr")"
    german=$(LC_ALL=de_DE.UTF-8 "$prefix/bin/$program" --help 2>"$work/stderr") ||
        fail "$program --help in German failed: $(cat "$work/stderr")"
    first_line=$(echo "$english" | grep -v '^Usage:' | grep -m 1 -v '^$')
    [ "$english" != "$german" ] && ! grep -qF "$first_line" <<<"$german" ||
        fail "$program --help is not translated in a German environment:
$german"
done

log="$work/demo.log"
"$prefix/bin/frontdesk" --demo --seed-bookings 20 --data-dir "$work/data" >"$log" 2>&1 &
app_pid=$!
# Not a time limit on the app: only a guard against waiting forever (slow sanitizer builds).
deadline=$((SECONDS + 180))
until grep -qE "sync pass [0-9]+ complete" "$log"; do
    kill -0 "$app_pid" 2>/dev/null || { cat "$log"; app_pid=""; fail "frontdesk --demo exited"; }
    grep -qE "demo server failed|sync pass [0-9]+ incomplete" "$log" &&
        { cat "$log"; fail "frontdesk --demo did not sync from its dev server"; }
    [ $SECONDS -lt $deadline ] || { cat "$log"; fail "no sync pass after 180 s"; }
    sleep 0.2
done
grep -qF "starting demo server $prefix/bin/frontdesk-devserver" "$log" ||
    { cat "$log"; fail "frontdesk --demo did not start the installed frontdesk-devserver"; }
kill "$app_pid"
wait "$app_pid" 2>/dev/null
app_pid=""
echo "PASS: installed layout in $root"
