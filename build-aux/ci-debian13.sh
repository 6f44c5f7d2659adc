#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Dealscope and runs its test suite in a Debian 13 chroot (GTK 4.18,
# libadwaita 1.7), with deprecation warnings fatal. Needs root. The chroot is kept
# in .ci/debian13 between runs.
set -eu
cd "$(dirname "$0")/.."

root="$PWD/.ci/debian13"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if [ "$(id -u)" != 0 ]; then
  echo "ci-debian13: must run as root" >&2
  exit 1
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
fi

if [ ! -x "$root/usr/bin/meson" ]; then
  rm -rf "$root"
  debootstrap --variant=minbase trixie "$root" "$mirror" >/dev/null
  echo "deb $mirror trixie main" > "$root/etc/apt/sources.list"
fi

cleanup() {
  for fs in dev/pts dev proc sys; do
    umount "$root/$fs" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

# A fresh copy of the tracked sources: the chroot never sees this tree's _build.
rm -rf "$root/src/dealscope"
mkdir -p "$root/src/dealscope"
git ls-files -z | xargs -0 cp --parents -t "$root/src/dealscope"
mkdir -p "$root/shared"

chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  sh -eu -c '
    cd /src/dealscope
    build-aux/setup.sh --tests
    rm -rf _build
    meson setup _build --prefix=/src/dealscope/_build/install --werror >/dev/null
    ninja -C _build
    status=0
    meson test -C _build --no-rebuild --print-errorlogs || status=$?
    python3 build-aux/test-summary.py _build/meson-logs/testlog.json || status=1
    exit $status
  '
