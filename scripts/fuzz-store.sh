#!/usr/bin/env bash
# Builds the libFuzzer target over the recfile parser and store decoder, seeds a corpus, and fuzzes for SECONDS.
#
# Usage: scripts/fuzz-store.sh SECONDS        (e.g. 60 in CI, 3600 before a release)
#        scripts/fuzz-store.sh --keep           merge what the runs found into Fuzz/corpus
#   FUZZ_SANITIZE=fuzzer  skips AddressSanitizer (default: fuzzer,address when it links)
#   FUZZ_JOBS=N           passes -fork=N to libFuzzer (default: one process)
# The repository's corpus (Fuzz/corpus: inputs of at most 4 KB that reached new code) is read as
# seeds with the generated ones; everything a run writes goes to .build-fuzz/: the binary, the
# working corpus (.build-fuzz/corpus, kept between runs), the log and any crash, timeout or
# out-of-memory input (.build-fuzz/artifacts/<time>/). `--keep` merges the working corpus into
# Fuzz/corpus (only inputs that add coverage), to commit after a long run.
# Exits 0 when the run ends without a finding, 1 on a finding, 2 when the build fails.
set -euo pipefail

if [[ $# -ne 1 || ! $1 =~ ^([0-9]+|--keep)$ ]]; then
    echo "usage: $0 SECONDS | --keep" >&2
    exit 2
fi
SECONDS_TO_RUN=$1

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=.build-fuzz
MODS=$OUT/modules
CORPUS=$OUT/corpus
KEPT=Fuzz/corpus
BIN=$OUT/store-fuzz
mkdir -p "$MODS" "$CORPUS" "$KEPT"

if [[ $SECONDS_TO_RUN == --keep ]]; then
    [[ -x $BIN ]] || { echo "no fuzzer built yet: run $0 SECONDS first" >&2; exit 2; }
    SWIFT_BACKTRACE=enable=no "$BIN" -merge=1 -max_len=4096 -rss_limit_mb=4096 "$KEPT" "$CORPUS" 2>&1 | tail -n 1
    echo "$KEPT: $(find "$KEPT" -type f | wc -l) inputs"
    exit 0
fi

SWIFTC=${SWIFTC:-swiftc}
COMMON=(-O -g -parse-as-library -swift-version 6 -package-name hoctap)

# ---- build ------------------------------------------------------------------------------------

build_module() { # $1: sanitizer list, $2: module name, then the source files
    local san=$1 name=$2
    shift 2
    "$SWIFTC" "${COMMON[@]}" -sanitize="$san" -wmo -module-name "$name" -I "$MODS" \
        -emit-module -emit-module-path "$MODS/$name.swiftmodule" \
        -emit-object -o "$OUT/$name.o" "$@"
}

# The sources of module $1, in sub-folders too; with "committed", only the files of the last commit.
sources() {
    if [[ ${2:-} == committed ]]; then
        git ls-tree -r --name-only HEAD -- "Sources/$1" \
            | grep '\.swift$' | while read -r f; do [[ -f $f ]] && echo "$f"; done
    else
        find "Sources/$1" -name '*.swift' | sort
    fi
}

build() { # $1: sanitizer list
    local san=$1
    echo "== building with -sanitize=$san"
    "$SWIFTC" "${COMMON[@]}" -sanitize="$san" -wmo -module-name VietText \
        -emit-module -emit-module-path "$MODS/VietText.swiftmodule" \
        -emit-object -o "$OUT/VietText.o" Sources/VietText/*.swift || return 1

    # The recfile layer, then the store. When a feature in progress does not compile yet, the
    # second try takes only the files of the last commit; the decoder needs nothing newer.
    local module files=()
    for module in Recfile Store Reports; do
        mapfile -t files < <(sources "$module")
        if ! build_module "$san" "$module" "${files[@]}"; then
            mapfile -t files < <(sources "$module" committed)
            echo "== retrying $module with the committed files only"
            build_module "$san" "$module" "${files[@]}" || return 1
        fi
    done

    # gold warns once per AddressSanitizer helper that it cannot export it; the warnings are harmless.
    "$SWIFTC" "${COMMON[@]}" -sanitize="$san" -module-name StoreFuzz -I "$MODS" \
        Fuzz/StoreFuzz.swift "$OUT/Reports.o" "$OUT/Store.o" "$OUT/Recfile.o" "$OUT/VietText.o" -o "$BIN" 2>&1 \
        | { grep -v 'Cannot export local symbol' || true; }
    [[ ${PIPESTATUS[0]} -eq 0 ]] || return 1
}

SANITIZE=${FUZZ_SANITIZE:-fuzzer,address}
if ! build "$SANITIZE"; then
    if [[ $SANITIZE == fuzzer,address ]]; then
        SANITIZE=fuzzer
        echo "== AddressSanitizer build failed; falling back to -sanitize=fuzzer"
        build "$SANITIZE" || { echo "build failed" >&2; exit 2; }
    else
        echo "build failed" >&2
        exit 2
    fi
fi

# ---- corpus -----------------------------------------------------------------------------------
# An input is up to three pseudo-files separated by the byte 0xFF; the first byte of each picks
# the file name by its index in StoreSchema.files:
#   0 campaign  1 ceremony  2 classes  3 learners  4 attendance  5 branches  6 awards  7 funds

DEMO=Sources/StoreDemo/Demo
NAMES=(campaign ceremony classes learners attendance branches awards funds)

# The head of a demo file, cut at a record boundary after about 6 KB.
head_of() {
    LC_ALL=C awk -v max=6000 'BEGIN { RS = ""; ORS = "\n\n" } { n += length($0) + 2; print; if (n > max) exit }' "$1"
}
byte() { printf "\\x$(printf %02x "$1")"; }
sep() { printf '\xff'; }

for i in "${!NAMES[@]}"; do
    { byte "$i"; head_of "$DEMO/${NAMES[$i]}.rec"; } > "$CORPUS/seed-demo-${NAMES[$i]}"
done
{ byte 5; head_of "$DEMO/branches.rec"; sep; byte 6; head_of "$DEMO/awards.rec"; sep; byte 7; head_of "$DEMO/funds.rec"; } \
    > "$CORPUS/seed-demo-branches-awards-funds"
{ byte 2; head_of "$DEMO/classes.rec"; sep; byte 3; head_of "$DEMO/learners.rec"; sep; byte 4; head_of "$DEMO/attendance.rec"; } \
    > "$CORPUS/seed-demo-classes-learners-attendance"
{ byte 0; head_of "$DEMO/campaign.rec"; sep; byte 1; cat "$DEMO/ceremony.rec"; } > "$CORPUS/seed-demo-campaign-ceremony"

hand() { # $1: name, $2: file index, $3: content (printf format)
    { byte "$2"; printf "$3"; } > "$CORPUS/seed-hand-$1"
}
hand continuation 5 '%%rec: Branch\n%%key: Id\n\nId: A\nName: one\n+ two\n+\nKind: school\n'
hand no-final-newline 5 '%%rec: Branch\n%%key: Id\n\nId: A\nName: x\nKind: school'
hand nfd 3 '%%rec: Learner\n%%key: Id\n\nId: L1\nName: Nguye\xcc\x82\xcc\x83n Va\xcc\x86n A\xcc\x81\nGender: F\n'
hand bad-utf8 3 '%%rec: Learner\n\nId: L1\nName: \xc3\x28 \xe0\x80\x80 \xed\xa0\x80\n'
hand outside-rec 7 'Id: D0\nDonor: x\n\n%%rec: Donation\n%%key: Id\n\nId: D1\nDate: 2022-09-31\nDonor: y\nAmount: -0x10\n'
hand duplicate-key 5 '%%rec: Branch\n%%key: Id\n\nId: A\nName: a\nKind: school\n\nId: A\nName: b\nKind: nowhere\nMembers: 99999999999999999999\n'
hand crlf 0 '%%rec: Agenda\r\n\r\nSeq: 1\r\nTime: 25:61\r\nItem: x\r\n'
hand junk-line 1 '%%rec: AgendaLog\n\nSeq: 7\nAt: 2022-10-06 08:00\nthis is not a field\n  \n#c\n'
hand descriptors 6 '%%rec: Award\n%%type: Amount int\n%%type: Branch rec Branch\n%%mandatory:\n%%key:\n%%rec:\n%%rec: Award Award\n\nBranch: \n'
{ byte 5; printf 'Id: KP01\nName: a\nKind: school\n'; sep; byte 6; printf 'Id: K1\nDate: 2022-09-05\nRecipient: r\nKind: unit\nCategory: c\nBranch: KP02\n'; } \
    > "$CORPUS/seed-hand-dangling"
: > "$CORPUS/seed-hand-empty"

# ---- run --------------------------------------------------------------------------------------

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
ARTIFACTS=$OUT/artifacts/$STAMP
mkdir -p "$ARTIFACTS"
LOG=$OUT/fuzz-$STAMP.log
EXTRA=()
[[ -n ${FUZZ_JOBS:-} ]] && EXTRA+=(-fork="$FUZZ_JOBS" -ignore_crashes=0)

echo "== fuzzing for $SECONDS_TO_RUN s (-sanitize=$SANITIZE), corpus $CORPUS, log $LOG"
set +e
# Without SWIFT_BACKTRACE=enable=no the backtracer catches the trap and no crash file is written.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$BIN" \
    -max_total_time="$SECONDS_TO_RUN" -rss_limit_mb=4096 -max_len=65536 -timeout=10 \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$ARTIFACTS/" "${EXTRA[@]}" \
    "$CORPUS" "$KEPT" 2>&1 | tee "$LOG"
STATUS=${PIPESTATUS[0]}
set -e

# ---- summary ----------------------------------------------------------------------------------

echo
echo "== summary"
echo "sanitizers:  $SANITIZE"
grep -E '^stat::number_of_executed_units|^stat::average_exec_per_sec|^stat::peak_rss_mb' "$LOG" || true
grep -E '^Done [0-9]+ runs' "$LOG" || true
LAST=$(grep -E '^#[0-9]+' "$LOG" | tail -n 1 || true)
[[ -n $LAST ]] && echo "last status: $LAST"
echo "corpus:      $(find "$CORPUS" -type f | wc -l) inputs in $CORPUS"
FOUND=$(find "$ARTIFACTS" -type f | sort)
if [[ -n $FOUND ]]; then
    echo "findings:"
    echo "$FOUND" | sed 's/^/  /'
    echo "replay:   SWIFT_BACKTRACE=enable=no $BIN FILE"
    echo "minimise: SWIFT_BACKTRACE=enable=no $BIN -minimize_crash=1 -runs=20000 -artifact_prefix=$ARTIFACTS/min- FILE"
    exit 1
fi
rmdir "$ARTIFACTS" 2>/dev/null || true
if [[ $STATUS -ne 0 ]]; then
    echo "libFuzzer exited with status $STATUS and wrote no input; see $LOG"
    exit 1
fi
echo "findings:    none"
