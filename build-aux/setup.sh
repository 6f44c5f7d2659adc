#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what Dealscope needs on Debian 12 / Ubuntu 24.04 and nothing that is
# already there. Usage: build-aux/setup.sh [--tests]
set -eu

build_packages="gcc pkg-config meson ninja-build gettext libglib2.0-dev libgtk-4-dev
  libadwaita-1-dev libjson-glib-dev libcairo2-dev libpango1.0-dev desktop-file-utils
  appstream"
test_packages="xvfb xauth locales python3 python3-jsonschema flatpak-builder poppler-utils"

packages=$build_packages
if [ "${1:-}" = "--tests" ]; then
  packages="$packages $test_packages"
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "setup: need root (or sudo) to run: $*" >&2
    exit 1
  fi
}

missing=""
for package in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $package" ;;
  esac
done

if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

# The French tests need a French locale; fresh images have only C and POSIX.
if [ "${1:-}" = "--tests" ] && ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
  echo "setup: generating the fr_FR.UTF-8 locale"
  if [ -f /etc/locale.gen ]; then
    as_root sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen || echo 'fr_FR.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
    as_root locale-gen >/dev/null
  else
    as_root locale-gen fr_FR.UTF-8 >/dev/null
  fi
fi
