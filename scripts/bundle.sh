#!/usr/bin/env bash
# The release bundle for a ward's PC, which has no Swift toolchain:
#
#   dist/hoctap-<version>-linux-<arch>/
#     bin/hoctap                          release build, Swift standard library and Foundation linked in
#     bin/hoctap_StoreDemo.resources/     the built-in demo store, found beside the executable
#     share/hoctap/themes/                the theme files, found at <executable>/../share/hoctap/themes
#     install.sh  HUONG-DAN.txt  VERSION
#   dist/hoctap-<version>-linux-<arch>.tar.gz
#
# then checks the tarball from a clean folder (scripts/check-bundle.sh) unless --no-check.
# The version is `git describe --tags --always --dirty`, or $HOCTAP_VERSION.
set -euo pipefail
cd "$(dirname "$0")/.."

check=1
case "${1:-}" in
    --no-check) check=0 ;;
    "") ;;
    *) echo "usage: scripts/bundle.sh [--no-check]" >&2; exit 2 ;;
esac

version=${HOCTAP_VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo unknown)}
name="hoctap-$version-linux-$(uname -m)"

# Its own build folder: --static-swift-stdlib changes how every module is compiled (its objects
# then ask the linker for the static CoreFoundation and ICU), but SwiftPM does not recompile
# objects already built without it, so a shared .build/release would fail to link.
scratch=.build/bundle
build=(swift build -c release --product hoctap --static-swift-stdlib --scratch-path "$scratch")
"${build[@]}"
bin=$("${build[@]}" --show-bin-path)

out="dist/$name"
rm -rf "$out" "$out.tar.gz"
mkdir -p "$out/bin" "$out/share/hoctap"
cp "$bin/hoctap" "$out/bin/hoctap"
# Debug information is a quarter of the binary and of no use on the clerk's PC.
if command -v strip >/dev/null; then strip "$out/bin/hoctap"; fi
# Every resource bundle the build made, beside the executable, where the program looks first.
shopt -s nullglob
resources=("$bin"/*.resources)
if [ ${#resources[@]} -eq 0 ]; then
    echo "bundle: no resource bundle in $bin" >&2
    exit 1
fi
cp -R "${resources[@]}" "$out/bin/"
if [ ! -d "$out/bin/hoctap_StoreDemo.resources/Demo" ]; then
    echo "bundle: the demo store is missing from $out/bin/hoctap_StoreDemo.resources" >&2
    exit 1
fi
cp -R themes "$out/share/hoctap/themes"
cp scripts/bundle/install.sh scripts/bundle/HUONG-DAN.txt "$out/"
chmod 755 "$out/install.sh"
echo "$version" >"$out/VERSION"
chmod -R u+rwX,go+rX "$out"

tar -C dist --sort=name --owner=0 --group=0 --numeric-owner -cf - "$name" | gzip -n >"$out.tar.gz"
echo "bundle: $out.tar.gz ($(du -h "$out.tar.gz" | cut -f1); binary $(du -h "$out/bin/hoctap" | cut -f1))"

if [ "$check" = 1 ]; then
    bash scripts/check-bundle.sh "$out.tar.gz"
fi
