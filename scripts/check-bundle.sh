#!/usr/bin/env bash
# Checks a release bundle (scripts/bundle.sh) as a ward's PC would run it: unpacked into a fresh
# temporary folder and moved from where it was unpacked, its dependencies only system libraries,
# run with an empty environment (no toolchain on PATH or in the loader path, a fresh HOME, no
# locale), from an empty working folder. Renders and checks the built-in demo, makes a store from
# it, finds the bundle's themes, installs with install.sh (twice), runs the installed command
# after the unpacked folder is gone, opens the dashboard in tmux when tmux is there, uninstalls.
#
# usage: scripts/check-bundle.sh dist/hoctap-VERSION-linux-ARCH.tar.gz
set -euo pipefail

[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: scripts/check-bundle.sh BUNDLE.tar.gz" >&2; exit 2; }
tarball=$(realpath "$1")
tmp=$(mktemp -d)
sock="hoctap-bundle-$$"
cleanup() {
    if command -v tmux >/dev/null; then tmux -L "$sock" kill-server 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "check-bundle: FAILED: $*" >&2; exit 1; }
step() { echo "check-bundle: $*"; }

mkdir "$tmp/unpacked" "$tmp/home" "$tmp/work"
tar -xzf "$tarball" -C "$tmp/unpacked"
shopt -s nullglob
dirs=("$tmp"/unpacked/*/)
[ ${#dirs[@]} -eq 1 ] || fail "the tarball should hold exactly one folder"
# Moved after unpacking: nothing may depend on where the folder was made or first unpacked.
mv "${dirs[0]}" "$tmp/moved"
root="$tmp/moved"
hoctap="$root/bin/hoctap"

# The program as the clerk's shell starts it: no toolchain, nothing inherited.
run() { (cd "$tmp/work" && env -i PATH=/usr/bin:/bin HOME="$tmp/home" "$@"); }

step "dependencies of bin/hoctap"
deps=$(env -i PATH=/usr/bin:/bin ldd "$hoctap")
sed 's/^/    /' <<<"$deps"
# libxml2 is Foundation's XML parser (the Office files); libicu* and liblzma are its own
# dependencies, whichever versions the PC's libxml2 was built with.
allowed='^(linux-vdso|linux-gate|ld-linux[-a-z0-9_]*|libc|libm|libdl|libpthread|librt|libutil|libstdc\+\+|libgcc_s|libncursesw|libtinfo|libz|libxml2|libicuuc|libicudata|liblzma)\.so'
while read -r lib _; do
    [[ ${lib##*/} =~ $allowed ]] || fail "depends on $lib, which a Ubuntu or Debian PC may not have"
done <<<"$deps"
# What the program itself names (not its libraries' own needs): ICU and lzma only through libxml2.
direct=$(objdump -p "$hoctap" | awk '/NEEDED/ {print $2}')
if grep -qE '^(libicu|liblzma)' <<<"$direct"; then fail "bin/hoctap names ICU or lzma itself: $direct"; fi
if grep -qiE "not found|swift|foundation|dispatch|BlocksRuntime" <<<"$deps"; then
    fail "a Swift toolchain library, or one not found, among the dependencies"
fi

step "render --size 120x40 (built-in demo)"
run "$hoctap" render --size 120x40 >"$tmp/frame.txt" || fail "render exited with $?"
[ "$(wc -l <"$tmp/frame.txt")" -eq 40 ] || fail "render printed $(wc -l <"$tmp/frame.txt") rows, not 40"
grep -q "Tổng quan" "$tmp/frame.txt" || fail "render: no overview in the frame"
sed -n '1,6p' "$tmp/frame.txt" | sed 's/ *$//; s/^/    /'

step "check (built-in demo)"
run "$hoctap" check || fail "check exited with $?"

step "init --demo, then check that store"
run "$hoctap" init "$tmp/store" --demo >/dev/null || fail "init --demo exited with $?"
[ -f "$tmp/store/awards.rec" ] || fail "init --demo wrote no awards.rec"
run "$hoctap" check --store "$tmp/store" || fail "check of the new store exited with $?"

step "themes from the bundle's share/hoctap/themes"
printf '# bundle check\ntext = default\n' >"$root/share/hoctap/themes/bundle-check.theme"
run "$hoctap" themes >"$tmp/themes.txt" || fail "themes exited with $?"
grep -qE "^bundle-check +$root/share/hoctap/themes/bundle-check.theme \(installed\)" "$tmp/themes.txt" \
    || fail "themes: the bundle's themes folder is not searched: $(cat "$tmp/themes.txt")"
run "$hoctap" themes --check >/dev/null || fail "themes --check exited with $?"

step "install.sh, twice, into a fresh HOME"
run sh "$root/install.sh" | sed 's/^/    /'
[ "${PIPESTATUS[0]}" -eq 0 ] || fail "install.sh failed"
run sh "$root/install.sh" >/dev/null || fail "install.sh failed the second time"
installed="$tmp/home/.local/bin/hoctap"
lib="$tmp/home/.local/lib/hoctap"
[ -L "$installed" ] && [ -x "$lib/bin/hoctap" ] || fail "install.sh did not put hoctap in ~/.local/bin"

step "the installed command, with the unpacked folder gone"
rm -rf "$root"
run "$installed" check >/dev/null || fail "installed check exited with $?"
run "$installed" render --size 80x24 --pane awards >/dev/null || fail "installed render exited with $?"
run "$installed" themes | grep -qE "^bundle-check +$lib/share/hoctap/themes/bundle-check.theme \(installed\)" \
    || fail "the installed command does not find its themes"

if command -v tmux >/dev/null; then
    step "the dashboard in tmux at 120x40, then q"
    # TERM is the pane's own (tmux sets it); the rest of the environment is empty.
    tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 40 \
        "env -i PATH=/usr/bin:/bin HOME='$tmp/home' TERM=\"\$TERM\" '$installed'; echo \$? >'$tmp/dashboard.rc'"
    shown=0
    for _ in $(seq 1 100); do
        if tmux -L "$sock" capture-pane -p >"$tmp/screen.txt" 2>/dev/null && grep -q "Tổng quan" "$tmp/screen.txt"; then
            shown=1
            break
        fi
        sleep 0.1
    done
    [ "$shown" = 1 ] || fail "the dashboard did not draw in 10 s: $(cat "$tmp/screen.txt" 2>/dev/null)"
    sed -n '1,3p' "$tmp/screen.txt" | sed 's/ *$//; s/^/    /'
    tmux -L "$sock" send-keys q
    for _ in $(seq 1 50); do
        [ -f "$tmp/dashboard.rc" ] && break
        sleep 0.1
    done
    [ "$(cat "$tmp/dashboard.rc" 2>/dev/null)" = 0 ] || fail "the dashboard did not end with status 0 on q"
else
    step "tmux missing: the dashboard itself not tried"
fi

step "uninstall"
run sh "$lib/install.sh" --go >/dev/null || fail "install.sh --go failed"
[ ! -e "$installed" ] && [ ! -e "$lib" ] || fail "install.sh --go left hoctap behind"

step "ok: $(basename "$tarball")"
