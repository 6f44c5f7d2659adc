#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Dealscope's benchmarks in one command: builds, generates the inputs into a temporary
# directory, runs every benchmark and prints one markdown table, with each figure
# against its target.
#
#   bench/run.sh           full sizes and repetitions (four to six minutes on 2 cores)
#   bench/run.sh --quick   small sizes, one repetition, no verdicts on timings: for CI,
#                          under a minute; fails only when a benchmark itself fails
#
# Needs xvfb-run for the start-up and widget figures and valgrind for instruction
# counts; without them those rows say "skipped". BENCH_KEEP=DIR keeps the inputs and
# raw results (results.tsv, callgrind files) in DIR.
set -eu
cd "$(dirname "$0")/.."
root=$PWD
build=$root/_build
bin=$build/bench

quick=0
case "${1:-}" in
  "") ;;
  --quick) quick=1 ;;
  *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
esac

say () { printf '%s\n' "bench: $*" >&2; }

# --- Build --------------------------------------------------------------------------------
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" --prefix="$build/install" >&2
fi
ninja -C "$build" >&2

# --- Inputs ---------------------------------------------------------------------------------
if [ -n "${BENCH_KEEP:-}" ]; then
  work=$BENCH_KEEP
  mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/dealscope-bench.XXXXXX")
  trap 'rm -rf "$work"' EXIT INT TERM
fi
results=$work/results.tsv
: > "$results"

if [ $quick = 1 ]; then
  load_events="1000"
  load_points="10000"
  frame_events="100 1000"
  frame_points="1000 10000"
  big=1000
  cg_points=10000
  startup_reps=1
  load_reps=1
  frame_reps=1
else
  load_events="1000 10000 100000"
  load_points="10000 100000 1000000"
  frame_events="100 10000 100000"
  frame_points="1000 100000 1000000"
  big=100000
  cg_points=100000
  startup_reps=7
  load_reps=3
  frame_reps=15
fi
printf 'meta\tquick\t%s\n' $quick >> "$results"

gen=$bin/dealscope-gen-dossier
for n in $(echo $load_events $frame_events | tr ' ' '\n' | sort -nu); do
  if [ ! -f "$work/ev$n.json" ]; then
    say "generating $n events"
    "$gen" --events "$n" --series 4 --points 100 --seed 1 > "$work/ev$n.json"
  fi
done
for p in $load_points; do
  if [ ! -f "$work/pt$p.json" ]; then
    say "generating a series of $p points"
    "$gen" --events 100 --series 1 --points "$p" --seed 1 > "$work/pt$p.json"
  fi
done
for f in "$work"/ev*.json "$work"/pt*.json; do
  "$build/src/dealscope" --validate "$f" > /dev/null || { say "$f is not a valid dossier"; exit 1; }
  printf 'input\t%s\t%s\n' "$(basename "$f")" "$(wc -c < "$f")" >> "$results"
done

# The environment every GTK figure runs in (docs/PLATFORM.md).
export GSK_RENDERER=cairo
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$build/data"
export GTK_A11Y=none
export NO_AT_BRIDGE=1
export LANG=C.UTF-8
export LC_ALL=
export LANGUAGE=
export TZ=UTC

# --- Loading: one process per measurement ----------------------------------------------------
for f in $(for n in $load_events; do echo "ev$n.json"; done) $(for p in $load_points; do echo "pt$p.json"; done); do
  say "loading $f"
  r=0
  while [ $r -lt $load_reps ]; do
    for mode in json-glib dealscope; do
      "$bin/bench-load" --mode $mode "$work/$f" | sed "s|$work/||" >> "$results"
    done
    r=$((r + 1))
  done
done

# --- Frames, filtering, loading without blocking, memory without a display -----------------
frame_args="--reps $frame_reps --events bundled"
for n in $frame_events; do frame_args="$frame_args --events $work/ev$n.json"; done
for p in $frame_points; do frame_args="$frame_args --points $p"; done
say "frames, filtering, asynchronous loading"
# shellcheck disable=SC2086
"$bin/bench-frame" $frame_args --filter "$work/ev$big.json" --async "$work/ev$big.json" >> "$results"
say "memory without a display"
"$bin/bench-frame" --memory bundled >> "$results"
"$bin/bench-frame" --memory "$work/ev$big.json" >> "$results"
say "zooming and panning without a display"
"$bin/bench-interaction" --events "$work/ev$big.json" >> "$results"
"$bin/bench-interaction" --events "$work/ev$big.json" --lanes actor >> "$results"

# --- With a display: start-up, memory of the window, the real timeline widget ---------------
if command -v xvfb-run > /dev/null 2>&1; then
  # A private session bus: the applications register on it, as on a desktop, and a
  # Dealscope already running on the user's bus cannot take the launch over.
  session=""
  if command -v dbus-run-session > /dev/null 2>&1 && dbus-run-session -- true 2> /dev/null; then
    session="dbus-run-session --"
  fi
  say "start-up under Xvfb ($startup_reps repetitions)"
  # shellcheck disable=SC2086
  $session xvfb-run -a -s "-screen 0 1920x1200x24" \
    "$bin/bench-startup" --reps $startup_reps --bare "$bin/bench-bare-window" \
    --dealscope "$bin/bench-dealscope-probe" --after-load "$work/ev$big.json" >> "$results" 2> "$work/startup.log" \
    || { cat "$work/startup.log" >&2; exit 1; }
  say "zooming and panning the real widget under Xvfb"
  xvfb-run -a -s "-screen 0 1920x1200x24" \
    "$bin/bench-interaction" --widget --events "$work/ev$big.json" >> "$results" 2> "$work/widget.log" \
    || { cat "$work/widget.log" >&2; exit 1; }
else
  printf 'skipped\tdisplay\txvfb-run not found\n' >> "$results"
fi

# --- Instruction counts: one frame of each renderer under callgrind ---------------------------
if command -v valgrind > /dev/null 2>&1; then
  # Sizes: the smallest and the largest event counts, and for series the smallest and
  # $cg_points (not 1M: a 1M-bar frame is ~70 G instructions, twenty minutes under
  # callgrind).
  set -- $frame_events
  small_events=$1
  set -- $frame_points
  small_points=$1
  say "callgrind: one frame of each renderer"
  mkdir -p "$work/callgrind"
  rm -f "$work/callgrind"/callgrind.out*
  valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \
    --callgrind-out-file="$work/callgrind/callgrind.out" \
    "$bin/bench-frame" --callgrind --events "$work/ev$small_events.json" --events "$work/ev$big.json" \
    --points "$small_points" --points "$cg_points" --filter "$work/ev$big.json" \
    > /dev/null 2> "$work/callgrind.log" || { cat "$work/callgrind.log" >&2; exit 1; }
  for f in "$work/callgrind"/callgrind.out.*; do
    name=$(sed -n 's/^desc: Trigger: Client Request: //p' "$f")
    ir=$(sed -n 's/^totals: //p' "$f" | awk '{print $1}')
    [ -n "$name" ] && printf 'callgrind\t%s\t%s\n' "$name" "${ir:-0}" >> "$results"
  done
else
  printf 'skipped\tcallgrind\tvalgrind not found\n' >> "$results"
fi

# --- The table --------------------------------------------------------------------------------
python3 "$root/bench/report.py" "$results"
