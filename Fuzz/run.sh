#!/usr/bin/env bash
# Builds the libFuzzer binary (address sanitizer on) and runs every target for SECONDS
# each, starting from the committed seed corpora in Fuzz/corpus/<target>/.
# Usage: Fuzz/run.sh [SECONDS] [TARGET…]   (make fuzz SECONDS=60)
# Leak detection is off: LeakSanitizer reports the Swift runtime's and the regex
# engine's process-lifetime caches as leaks; address errors, crashes and hangs count.
set -euo pipefail
cd "$(dirname "$0")"
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export SIA_KNOWLEDGE="$(cd .. && pwd)/Knowledge"
SECONDS_EACH=${1:-60}; shift || true
swift build -c release --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 | grep -E "error" && exit 1 || true
BIN=$(swift build -c release --scratch-path .build-fuzz --show-bin-path)/SiaFuzz
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=($(ls corpus))
mkdir -p crashes work
status=0
for target in "${TARGETS[@]}"; do
  rm -rf "work/$target"; mkdir -p "work/$target"
  echo "== $target (${SECONDS_EACH}s)"
  if ! SIA_FUZZ_TARGET="$target" "$BIN" "work/$target" "corpus/$target" \
      -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
      -artifact_prefix="crashes/$target-" -print_final_stats=1 2>"work/$target.log"; then
    echo "   FOUND A PROBLEM: see Fuzz/work/$target.log and Fuzz/crashes/"; status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "work/$target.log" | sed 's/^/   /'
done
exit $status
