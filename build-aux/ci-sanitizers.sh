#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/ci-sanitizers.sh [FUZZ_SECONDS]
#
# The checks that catch memory bugs, run one after the other, each reported:
#   1. the whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
#      in _build-asan: the unit suite with leak detection (build-aux/lsan.supp hides
#      only system libraries' one-time allocations), the ui suite without it;
#   2. the unit suite of the ordinary _build under valgrind (the 'valgrind' test setup
#      of tests/meson.build: errors and definite leaks fail; system libraries' one-time
#      blocks are suppressed by build-aux/valgrind.supp, as by lsan.supp for ASan);
#   3. every fuzz target for FUZZ_SECONDS (default 30) each (fuzz/run.sh).
# Installs clang, libclang-rt-14-dev and valgrind when they are missing (apt-get, with
# sudo when not root). Exits non-zero if any step failed; prints a summary either way.

set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
FUZZ_SECONDS=${1:-30}
ASAN_DIR="$ROOT/_build-asan"
BUILD_DIR="$ROOT/_build"
LOG_DIR=${LOG_DIR:-$(mktemp -d /tmp/dealscope-ci-sanitizers.XXXXXX)}

SUMMARY=""
FAILED=0

note () { printf '\n==> %s\n' "$*"; }

# record NAME STATUS: STATUS 0 is a pass.
# failures LOG: the failed tests of a meson test log, once each.
failures () {
  sed -n '/^Summary of Failures:/,/^Ok:/p' "$1" | grep -E '(FAIL|ERROR|TIMEOUT)'
}

record () {
  if [ "$2" = 0 ]; then
    SUMMARY="$SUMMARY$(printf '  %-44s %s' "$1" passed)
"
  else
    SUMMARY="$SUMMARY$(printf '  %-44s %s' "$1" "FAILED (exit $2)")
"
    FAILED=1
  fi
}

cd "$ROOT" || exit 1

# --- Tools ------------------------------------------------------------------------------

missing=""
command -v clang >/dev/null 2>&1 || missing="$missing clang"
ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
  missing="$missing libclang-rt-14-dev"
command -v valgrind >/dev/null 2>&1 || missing="$missing valgrind"
if [ -n "$missing" ]; then
  note "installing$missing"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  # shellcheck disable=SC2086
  $SUDO apt-get update -q && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
  record "install$missing" $?
fi
command -v xvfb-run >/dev/null 2>&1 ||
  echo "warning: xvfb-run is missing: the ui suite will fail (apt-get install xvfb xauth)" >&2

# --- 1. ASan + UBSan build --------------------------------------------------------------

note "configuring and building $ASAN_DIR (address,undefined)"
if [ -f "$ASAN_DIR/build.ninja" ]; then
  meson configure "$ASAN_DIR" -Db_sanitize=address,undefined -Db_lundef=false > "$LOG_DIR/asan-setup.log" 2>&1
else
  meson setup "$ASAN_DIR" -Db_sanitize=address,undefined -Db_lundef=false > "$LOG_DIR/asan-setup.log" 2>&1
fi
status=$?
[ $status = 0 ] && { ninja -C "$ASAN_DIR" > "$LOG_DIR/asan-build.log" 2>&1; status=$?; }
record "asan: configure and build" $status
if [ $status != 0 ]; then
  tail -n 30 "$LOG_DIR/asan-setup.log" "$LOG_DIR/asan-build.log" 2>/dev/null
else
  # Meson's own defaults are replaced, so they are repeated here: stop at the first
  # error, with a stack. UBSan stops too instead of printing and going on.
  SAN_COMMON="halt_on_error=1:abort_on_error=1:print_summary=1"
  UBSAN="$SAN_COMMON:print_stacktrace=1"

  note "unit suite under ASan/UBSan, leak detection on"
  ASAN_OPTIONS="$SAN_COMMON:detect_leaks=1:fast_unwind_on_malloc=0" \
  LSAN_OPTIONS="suppressions=$ROOT/build-aux/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="$UBSAN" \
    meson test -C "$ASAN_DIR" --no-rebuild --suite unit --print-errorlogs --timeout-multiplier 10 \
      > "$LOG_DIR/asan-unit.log" 2>&1
  status=$?
  record "asan: unit suite (leaks detected)" $status
  [ $status = 0 ] || failures "$LOG_DIR/asan-unit.log"

  note "ui suite under ASan/UBSan, leak detection off (system libraries leak at exit)"
  ASAN_OPTIONS="$SAN_COMMON:detect_leaks=0" UBSAN_OPTIONS="$UBSAN" \
    meson test -C "$ASAN_DIR" --no-rebuild --suite ui --print-errorlogs --timeout-multiplier 5 \
      > "$LOG_DIR/asan-ui.log" 2>&1
  status=$?
  record "asan: ui suite" $status
  [ $status = 0 ] || failures "$LOG_DIR/asan-ui.log"
fi

# --- 2. valgrind ------------------------------------------------------------------------

note "unit suite of $BUILD_DIR under valgrind"
# Every suppression (GLib's, GTK's, build-aux/valgrind.supp) comes with the test setup.
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  meson setup "$BUILD_DIR" > "$LOG_DIR/build-setup.log" 2>&1
fi
ninja -C "$BUILD_DIR" > "$LOG_DIR/build.log" 2>&1
status=$?
if [ $status = 0 ]; then
  meson test -C "$BUILD_DIR" --no-rebuild --setup valgrind --suite unit --print-errorlogs \
    > "$LOG_DIR/valgrind-unit.log" 2>&1
  status=$?
  [ $status = 0 ] || failures "$LOG_DIR/valgrind-unit.log"
else
  tail -n 30 "$LOG_DIR/build.log"
fi
record "valgrind: unit suite" $status

# --- 3. Fuzzing -------------------------------------------------------------------------

note "fuzzing every target for $FUZZ_SECONDS s"
"$ROOT/fuzz/run.sh" "$FUZZ_SECONDS" > "$LOG_DIR/fuzz.log" 2>&1
status=$?
sed -n '/^target /,$p' "$LOG_DIR/fuzz.log"
record "fuzz: every target, $FUZZ_SECONDS s each" $status

# --- Summary ----------------------------------------------------------------------------

printf '\n==> summary (logs in %s)\n%s' "$LOG_DIR" "$SUMMARY"
if [ "$FAILED" != 0 ]; then
  echo "ci-sanitizers: FAILED"
  exit 1
fi
echo "ci-sanitizers: every check passed"
