#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# fuzz/run.sh [SECONDS]
#
# Builds the fuzz targets (fuzz/build.sh) and runs each one for SECONDS (default 30) on
# its seed corpus, JOBS at a time (default 2), then prints executions, coverage and
# crashes per target. Exits non-zero if any target crashed, leaked, timed out, ran out
# of memory or did not run.
#
# The corpus is seeded from tests/data/ and data/dossiers/ plus small generated seeds,
# all copied into a work directory: nothing is ever written into the source tree.
#
# Environment:
#   BUILD    where the binaries are built (default /tmp/dealscope-fuzz)
#   WORK     the work directory: corpora, artifacts, logs (default: a new /tmp dir);
#            an existing one is reused, so a campaign can be continued
#   JOBS     targets run at the same time (default 2)
#   TARGETS  a subset, by name: "dossier-loader date" (default: all)
#   NO_BUILD set to 1 to use the binaries already in $BUILD/bin
#   FUZZ_ARGS more libFuzzer options for every target ("-detect_leaks=0")

set -u

SRC=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${1:-30}
BUILD=${BUILD:-/tmp/dealscope-fuzz}
JOBS=${JOBS:-2}
ALL_TARGETS="dossier-loader timelinejs-json timelinejs-csv html-text date amount"
TARGETS=${TARGETS:-$ALL_TARGETS}

case "$SECONDS_EACH" in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2;;
esac

if [ -z "${WORK:-}" ]; then
  WORK=$(mktemp -d /tmp/dealscope-fuzz-run.XXXXXX)
fi
case "$WORK" in
  "$SRC"|"$SRC"/*) echo "run.sh: WORK ($WORK) must be outside the source tree" >&2; exit 2;;
esac
mkdir -p "$WORK/corpus" "$WORK/artifacts" "$WORK/logs"

if [ "${NO_BUILD:-0}" != 1 ]; then
  TARGETS="$TARGETS" "$SRC/fuzz/build.sh" "$BUILD" || { echo "run.sh: build failed" >&2; exit 1; }
fi

# --- Seeds -------------------------------------------------------------------------------

# seed DIR NAME: writes standard input to DIR/NAME.
seed () { cat > "$1/$2"; }

# copy_seeds DIR FILE...: copies the files that exist and are under 1 MiB.
copy_seeds () {
  dir=$1
  shift
  for f in "$@"; do
    if [ -f "$f" ] && [ "$(wc -c < "$f")" -lt 1048576 ]; then
      cp "$f" "$dir/$(basename "$(dirname "$f")")-$(basename "$f")"
    fi
  done
}

seed_dossier_loader () {
  d=$1
  copy_seeds "$d" "$SRC"/tests/data/valid/*.json "$SRC"/tests/data/invalid/*.json \
                  "$SRC"/tests/data/hostile/*.json "$SRC"/data/dossiers/*.json
}

seed_timelinejs_json () {
  d=$1
  # shellcheck disable=SC2046 # paths without spaces
  copy_seeds "$d" $(find "$SRC/tests/data" -name '*.json' -path '*timelinejs*' 2>/dev/null)
  seed "$d" gen-full.json <<'EOF'
{"title": {"media": {"url": "https://example.com/a.jpg", "caption": "Cap", "credit": "AP"},
           "text": {"headline": "Nvidia &amp; <b>OpenAI</b>", "text": "<p>From the LOI to the round.</p>"}},
 "events": [
  {"start_date": {"year": "2025", "month": "9", "day": "22", "hour": "10", "minute": "30"},
   "end_date": {"year": "2026", "month": "2"},
   "text": {"headline": "Letter of intent", "text": "<p>Up to <i>$100B</i><br>progressively</p>"},
   "media": {"url": "https://openai.com/x", "credit": "OpenAI", "caption": "The release"},
   "group": "Nvidia", "unique_id": "loi", "display_date": "Sept 2025"},
  {"start_date": {"year": 2026, "month": 1, "day": 30}, "text": {"headline": "WSJ: on ice"},
   "group": "Press", "media": {"url": "javascript:alert(1)", "credit": "WSJ"}},
  {"start_date": {"year": "1,999"}, "text": {"headline": "Old", "text": "<script>x</script>t"}}],
 "eras": [{"start_date": {"year": "2025"}, "end_date": {"year": "2026"}, "text": {"headline": "Era one"}}],
 "scale": "human"}
EOF
  seed "$d" gen-cosmological.json <<'EOF'
{"scale": "cosmological", "title": {"text": {"headline": "Universe", "text": "Big"}},
 "events": [{"start_date": {"year": "-13800000000"}, "text": {"headline": "Big Bang"}},
            {"start_date": {"year": "-4500000000"}, "end_date": {"year": "-4400000000"},
             "text": {"headline": "Earth"}}]}
EOF
  printf '{"events": [{"start_date": {"year": 2025}}]}' | seed "$d" gen-bare.json
  printf '{"title": {"text": {"text": "only a title"}}}' | seed "$d" gen-title-only.json
  printf '{"events": [{"start_date": {"year": "2025", "month": "2", "day": "29"}, "unique_id": "a"},
{"start_date": {"year": "2024", "month": "13"}, "unique_id": "a"}]}' | seed "$d" gen-bad-dates.json
}

seed_timelinejs_csv () {
  d=$1
  # shellcheck disable=SC2046 # paths without spaces
  copy_seeds "$d" $(find "$SRC/tests/data" -name '*.csv' 2>/dev/null)
  seed "$d" gen-template.csv <<'EOF'
Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background
,,,,,,,,,Nvidia & OpenAI,"<p>From the LOI to the round, in ""quotes"".</p>",,,,,title,,
2025,9,22,10:30,2026,2,,,Sept 2025,Letter of intent,<p>Up to <b>$100B</b></p>,https://openai.com/x,OpenAI,The release,,,Nvidia,
2026,1,30,,,,,,,WSJ: on ice,"multi
line",javascript:alert(1),WSJ,,,,Press,
2025,,,,2026,,,,,Era one,,,,,,era,,
-13800000000,,,,,,,,,Big Bang,,,,,,,,
EOF
  printf '\357\273\277Year,Headline\r\n2025,A\r\n"2026",B\r\n' | seed "$d" gen-bom-crlf.csv
  printf 'Year,Headline\n"2025,"unclosed\n' | seed "$d" gen-unclosed.csv
  printf 'Headline,Year,Month,Day\nx,1,999,2,29\n' | seed "$d" gen-bad-date.csv
}

seed_html_text () {
  d=$1
  printf '<p>Hello <b>world</b></p><p>Second</p>' | seed "$d" gen-paragraphs
  printf 'a<br>b<ul><li>one</li><li>two</li></ul><ol><li>three</ol>' | seed "$d" gen-lists
  printf '<a href="https://example.com/x">link</a> <a href="javascript:alert(1)">js</a> <a href=http://a>b</a>' | seed "$d" gen-links
  printf '&amp; &lt; &gt; &quot; &#39; &#x1F600; &#0; &#xD800; &#1114112; &nbsp; &eacute; &bogus; &' | seed "$d" gen-entities
  printf '<script>alert(1)</script><style>p{}</style>text<!-- <b>c</b> --><iframe src=x>in</iframe>' | seed "$d" gen-dropped
  printf '<div><blockquote>q</blockquote><h1>t</h1></div>\n\n  spaced   out  ' | seed "$d" gen-blocks
  printf '<b unclosed <i>open <a href="' | seed "$d" gen-broken
  printf 'caf\351 \377\376 <p>\300\200</p>' | seed "$d" gen-invalid-utf8
}

seed_date () {
  d=$1
  i=0
  for s in 2025-09-22 2026-01 2026-Q3 2026-H2 2026 -13800000000 0000 -0001 2024-02-29 2025-02-29 \
           1900-02-29 2000-02-29 100000000000 -100000000000 100000000001 2025-13 2025-Q5 2025-H0 \
           2025-00-10 2025-09-31 25-09-22 2025-9-22 2025-09-22T10:00 +2025 99999999999-12-31; do
    printf '%s' "$s" | seed "$d" "gen-$i"
    i=$((i + 1))
  done
}

seed_amount () {
  d=$1
  i=0
  # shellcheck disable=SC2016 # dollar signs are amounts, not expansions
  for s in '$30B' '30 Md$' '30 Md€' '1 234,5' '1,234.5' '2.5k' '750M' '30 milliards' '€ 1,234.50' \
           '-5' '−5 $' '1e308' '5e-324' '-0' '1e18' '1.5e3 K' '1 000 000' '0' '' '   ' '1..2' \
           '30 X' '£12.5 bn' '1 234 567,89'; do
    printf '%s' "$s" | seed "$d" "gen-$i"
    i=$((i + 1))
  done
  printf '1\342\200\257234,5 Md' | seed "$d" gen-narrow-nbsp
  printf '1\302\240234' | seed "$d" gen-nbsp
}

# --- Runs ----------------------------------------------------------------------------------

run_target () { # run_target NAME
  name=$1
  bin="$BUILD/bin/fuzz-$name"
  corpus="$WORK/corpus/$name"
  log="$WORK/logs/$name.log"

  mkdir -p "$corpus"
  if [ -z "$(ls -A "$corpus")" ]; then
    "seed_$(echo "$name" | tr - _)" "$corpus"
  fi

  # shellcheck disable=SC2086 # FUZZ_ARGS is a list of options
  G_SLICE=always-malloc G_DEBUG=gc-friendly \
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:allocator_may_return_null=0:${ASAN_OPTIONS:-}" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}" \
    "$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
           -print_final_stats=1 -dict="$SRC/fuzz/$name.dict" \
           -artifact_prefix="$WORK/artifacts/$name-" ${FUZZ_ARGS:-} "$corpus" > "$log" 2>&1
  echo $? > "$WORK/logs/$name.rc"
}

echo "run.sh: $SECONDS_EACH s per target, $JOBS at a time; work directory $WORK"
running=0
for name in $TARGETS; do
  if [ ! -x "$BUILD/bin/fuzz-$name" ]; then
    echo "run.sh: $BUILD/bin/fuzz-$name is missing" >&2
    echo 127 > "$WORK/logs/$name.rc"
    continue
  fi
  echo "run.sh: fuzzing $name"
  run_target "$name" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait
    running=0
  fi
done
wait

# --- Report --------------------------------------------------------------------------------

failed=0
printf '\n%-16s %8s %12s %10s %7s %7s %7s  %s\n' target seconds executions exec/s cov ft corpus result
for name in $TARGETS; do
  log="$WORK/logs/$name.log"
  rc=$(cat "$WORK/logs/$name.rc" 2>/dev/null || echo 127)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" 2>/dev/null | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" 2>/dev/null | tail -n 1)
  last=$(grep -a ' cov: ' "$log" 2>/dev/null | tail -n 1)
  cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
  corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p')
  artifacts=$(ls "$WORK/artifacts/$name-"crash-* "$WORK/artifacts/$name-"leak-* \
                 "$WORK/artifacts/$name-"timeout-* "$WORK/artifacts/$name-"oom-* 2>/dev/null)
  if [ "$rc" = 0 ] && [ -z "$artifacts" ]; then
    result=clean
  elif [ "$rc" = 127 ]; then
    result="NOT RUN"
    failed=1
  else
    result="FAILED (exit $rc)"
    failed=1
  fi
  printf '%-16s %8s %12s %10s %7s %7s %7s  %s\n' "$name" "$SECONDS_EACH" "${execs:--}" \
         "${speed:--}" "${cov:--}" "${ft:--}" "${corp:--}" "$result"
  for a in $artifacts; do
    echo "    artifact: $a"
  done
  if [ "$result" != clean ] && [ -f "$log" ]; then
    grep -a -m 3 -E 'check failed|^SUMMARY|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|CRITICAL|WARNING' "$log" |
      sed 's/^/    /'
    echo "    log: $log"
  fi
done

echo
if [ "$failed" != 0 ]; then
  echo "run.sh: FAILED: a target crashed or did not run (logs and inputs in $WORK)"
  exit 1
fi
echo "run.sh: every target ran clean (corpora in $WORK/corpus)"
