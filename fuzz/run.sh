#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 10): in CI a short
# while on every change, for an hour or more before a release
# (`fuzz/run.sh 3600`). Each target starts from its committed seeds
# (fuzz/seeds/<target>/) and the corpus earlier runs grew
# (fuzz/corpus/<target>/, not committed). A crash stops the script with
# libFuzzer's report and the input in fuzz/artifacts/<target>/; turn it
# into a regression test beside the code it broke.
#
# usage: fuzz/run.sh [SECONDS] [TARGET...]
#
# Needs cargo-fuzz (installed here when missing). The targets build on the
# stable toolchain without a sanitizer (`-s none`): libFuzzer's coverage
# guidance works, and the targets assert what they check themselves.
set -euo pipefail
cd "$(dirname "$0")"
SECS=${1:-10}
shift || true
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  cargo install --locked -q cargo-fuzz
fi
TARGETS=${*:-$(cargo fuzz list)}
cargo fuzz build -s none -O
for t in $TARGETS; do
  mkdir -p "corpus/$t"
  seeds=()
  [ -d "seeds/$t" ] && seeds=("seeds/$t")
  echo "fuzz: $t for ${SECS}s" >&2
  cargo fuzz run -s none -O "$t" "corpus/$t" "${seeds[@]}" -- \
    -max_total_time="$SECS" -rss_limit_mb=2048 -print_final_stats=1 2>&1 |
    grep -E '^(stat::number_of_executed_units|==|SUMMARY|thread|Failing input|artifact)' || true
  # grep hides libFuzzer's progress lines; its exit status is the run's.
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz: $t failed" >&2; exit 1; }
done
