#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Install the build into a temporary DESTDIR and check what lands there.

Usage: check-install.py BUILD_DIR APP_ID

Runs `meson install --no-rebuild --destdir TMP` (meson test has already built
everything), then checks the binary, desktop file, metainfo, icons, GSettings schema
and French catalogue under TMP/PREFIX, and that the desktop file and metainfo carry
French translations. The temporary directory is always removed.
"""

import configparser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

BINARY = "dealscope"
GETTEXT_PACKAGE = "dealscope"
SCHEMA_ID = "io.github.dealscope.Dealscope"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def meson_cmd():
    meson = shutil.which("meson")
    if meson is not None:
        return [meson]
    return [sys.executable, "-m", "mesonbuild.mesonmain"]


def build_options(build_dir):
    """Return {option name: value} from meson introspect --buildoptions."""
    out = subprocess.run(meson_cmd() + ["introspect", build_dir, "--buildoptions"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         universal_newlines=True, check=True).stdout
    return {o["name"]: o["value"] for o in json.loads(out)}


def under(root, path):
    """Join an absolute install path onto DESTDIR the way meson does."""
    drive, path = os.path.splitdrive(path)
    return os.path.join(root, path.lstrip("/\\"))


def option_dir(options, prefix, name, default):
    value = options.get(name, default) or default
    return value if os.path.isabs(value) else os.path.join(prefix, value)


def check_desktop(path, app_id, errors):
    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys are case-sensitive: Name vs Name[fr]
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as e:
        errors.append("cannot parse {}: {}".format(path, e))
        return
    if not parser.has_section("Desktop Entry"):
        errors.append("{} has no [Desktop Entry] group".format(path))
        return
    entry = parser["Desktop Entry"]
    icon = entry.get("Icon")
    if icon != app_id:
        errors.append("desktop file has Icon={}, expected Icon={}".format(icon, app_id))
    if not entry.get("Name[fr]", "").strip():
        errors.append("desktop file has no translated Name[fr]= line "
                      "(is po/fr.po translated and listed in po/LINGUAS?)")


def check_metainfo(path, errors):
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        errors.append("cannot parse {}: {}".format(path, e))
        return
    if not any(el.get(XML_LANG) == "fr" for el in root.iter()):
        errors.append("metainfo has no xml:lang=\"fr\" element "
                      "(is po/fr.po translated and listed in po/LINGUAS?)")


def main(argv):
    if len(argv) != 3:
        print("usage: {} BUILD_DIR APP_ID".format(argv[0]), file=sys.stderr)
        return 2
    build_dir, app_id = os.path.abspath(argv[1]), argv[2]

    try:
        options = build_options(build_dir)
    except (OSError, ValueError, KeyError, subprocess.CalledProcessError) as e:
        detail = getattr(e, "stderr", "") or str(e)
        print("FAIL: meson introspect {} --buildoptions failed: {}".format(
            build_dir, detail.strip()))
        return 1
    prefix = options.get("prefix")
    if not prefix:
        print("FAIL: no 'prefix' option in meson introspect output")
        return 1

    tmp = tempfile.mkdtemp(prefix="ds-install-")
    try:
        return run_checks(build_dir, app_id, options, prefix, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_checks(build_dir, app_id, options, prefix, tmp):
    destdir = os.path.join(tmp, "dest")
    env = dict(os.environ)
    env.pop("DESTDIR", None)  # --destdir decides; post-install scripts skip under DESTDIR
    env["MESON_INSTALL_QUIET"] = "1"
    proc = subprocess.run(
        meson_cmd() + ["install", "-C", build_dir, "--no-rebuild", "--destdir", destdir],
        env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if proc.returncode != 0:
        print(proc.stdout)
        print("FAIL: meson install -C {} --destdir {} failed (exit {})".format(
            build_dir, destdir, proc.returncode))
        return 1

    bindir = option_dir(options, prefix, "bindir", "bin")
    datadir = option_dir(options, prefix, "datadir", "share")
    localedir = option_dir(options, prefix, "localedir", os.path.join("share", "locale"))

    binary = os.path.join(bindir, BINARY)
    desktop = os.path.join(datadir, "applications", app_id + ".desktop")
    metainfo = os.path.join(datadir, "metainfo", app_id + ".metainfo.xml")
    expected = [
        binary,
        desktop,
        metainfo,
        os.path.join(datadir, "icons", "hicolor", "scalable", "apps", app_id + ".svg"),
        os.path.join(datadir, "icons", "hicolor", "symbolic", "apps", app_id + "-symbolic.svg"),
        os.path.join(datadir, "glib-2.0", "schemas", SCHEMA_ID + ".gschema.xml"),
        os.path.join(localedir, "fr", "LC_MESSAGES", GETTEXT_PACKAGE + ".mo"),
    ]

    errors = []
    for path in expected:
        if not os.path.isfile(under(destdir, path)):
            errors.append("not installed: {}".format(path))

    real_binary = under(destdir, binary)
    if os.path.isfile(real_binary) and not os.access(real_binary, os.X_OK):
        errors.append("installed {} is not executable".format(binary))

    if os.path.isfile(under(destdir, desktop)):
        check_desktop(under(destdir, desktop), app_id, errors)
    if os.path.isfile(under(destdir, metainfo)):
        check_metainfo(under(destdir, metainfo), errors)

    if errors:
        for e in errors:
            print("FAIL: " + e)
        print("install check: {} problem(s) (prefix {})".format(len(errors), prefix))
        return 1
    print("OK: {} installs {} expected files under {}".format(app_id, len(expected), prefix))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
