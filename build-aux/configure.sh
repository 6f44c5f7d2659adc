#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Configures (once) and builds into _build. The prefix lives in the build tree, so
# that ./run.sh can install and run Dealscope with its schemas, icons and translations.
set -eu
cd "$(dirname "$0")/.."

if [ ! -f _build/build.ninja ]; then
  meson setup _build --prefix="$PWD/_build/install" "$@"
fi
ninja -C _build
