#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing (build and test dependencies, Xvfb, the fr_FR.UTF-8 locale),
# builds, runs every test suite, prints the failures' logs and ends with
# "N passed, N failed". Exits non-zero if anything failed or if no test ran.
set -eu
cd "$(dirname "$0")"

build-aux/setup.sh --tests
build-aux/configure.sh

status=0
meson test -C _build --no-rebuild --print-errorlogs "$@" || status=$?
python3 build-aux/test-summary.py _build/meson-logs/testlog.json || status=1
exit $status
