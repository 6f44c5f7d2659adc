#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and launches Dealscope with the bundled dossier.
# Arguments are passed to Dealscope: ./run.sh my-dossier.json
set -eu
cd "$(dirname "$0")"

build-aux/setup.sh
build-aux/configure.sh
meson install -C _build --quiet --no-rebuild >/dev/null

prefix="$PWD/_build/install"
export GSETTINGS_SCHEMA_DIR="$prefix/share/glib-2.0/schemas"
export XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
exec "$prefix/bin/dealscope" "$@"
