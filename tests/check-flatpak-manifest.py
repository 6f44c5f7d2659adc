#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest.

Usage: check-flatpak-manifest.py MANIFEST APP_ID

1. `flatpak-builder --show-manifest MANIFEST` under G_DEBUG=fatal-warnings must
   succeed (it parses the manifest offline and rejects syntax errors and unknown keys).
2. The manifest must describe Dealscope on a numbered GNOME runtime (49 or later),
   with exactly the allowed sandbox permissions and no filesystem access, and its
   last module must build Dealscope with meson from a "dir" source.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

COMMAND = "dealscope"
RUNTIME = "org.gnome.Platform"
SDK = "org.gnome.Sdk"
MIN_RUNTIME_VERSION = 49
ALLOWED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
}


def show_manifest(manifest, errors):
    """Run flatpak-builder --show-manifest; return its stdout or None."""
    builder = shutil.which("flatpak-builder")
    if builder is None:
        errors.append("flatpak-builder is not installed "
                      "(install the Debian package 'flatpak-builder')")
        return None

    with tempfile.TemporaryDirectory(prefix="ds-flatpak-") as tmp:
        env = dict(os.environ)
        env["G_DEBUG"] = "fatal-warnings"
        # flatpak-builder creates .flatpak-builder/ in its working directory and may
        # touch HOME / XDG dirs: keep all of that in a throwaway directory.
        env["HOME"] = tmp
        env["XDG_CACHE_HOME"] = os.path.join(tmp, "cache")
        env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
        env["XDG_DATA_HOME"] = os.path.join(tmp, "data")
        try:
            proc = subprocess.run(
                [builder, "--show-manifest", manifest],
                cwd=tmp, env=env, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                universal_newlines=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as e:
            errors.append("could not run flatpak-builder: {}".format(e))
            return None

    if proc.returncode != 0:
        if proc.returncode < 0:
            how = "killed by signal {}: a warning is fatal under G_DEBUG=fatal-warnings".format(
                -proc.returncode)
        else:
            how = "exit {}".format(proc.returncode)
        errors.append("flatpak-builder --show-manifest failed ({}):\n{}".format(
            how, (proc.stderr or proc.stdout).strip()))
        return None
    return proc.stdout


def load_manifest(manifest, shown, errors):
    """Prefer flatpak-builder's normalised output; fall back to the file itself."""
    if shown:
        try:
            return json.loads(shown)
        except ValueError:
            pass
    try:
        with open(manifest, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        errors.append("cannot parse {} as JSON: {}".format(manifest, e))
        return None


def check_fields(data, app_id, errors):
    if not isinstance(data, dict):
        errors.append("manifest is not a JSON object")
        return

    app = data.get("id", data.get("app-id"))
    if app != app_id:
        errors.append("id is {!r}, expected {!r}".format(app, app_id))

    if data.get("command") != COMMAND:
        errors.append("command is {!r}, expected {!r}".format(data.get("command"), COMMAND))

    if data.get("runtime") != RUNTIME:
        errors.append("runtime is {!r}, expected {!r}".format(data.get("runtime"), RUNTIME))

    if data.get("sdk") != SDK:
        errors.append("sdk is {!r}, expected {!r}".format(data.get("sdk"), SDK))

    version = data.get("runtime-version")
    if not isinstance(version, str) or not re.fullmatch(r"[0-9]+(\.[0-9]+)?", version):
        errors.append("runtime-version is {!r}: it must be a numbered GNOME release "
                      "(\"{}\" or later), never \"master\"".format(version, MIN_RUNTIME_VERSION))
    elif int(version.split(".")[0]) < MIN_RUNTIME_VERSION:
        errors.append("runtime-version is {!r}, need {} or later".format(
            version, MIN_RUNTIME_VERSION))

    finish_args = data.get("finish-args")
    if not isinstance(finish_args, list) or not all(isinstance(a, str) for a in finish_args):
        errors.append("finish-args is missing or not a list of strings")
    else:
        for arg in finish_args:
            if arg.startswith("--filesystem"):
                errors.append("finish-args grants filesystem access ({}): "
                              "files must come through portals".format(arg))
        extra = sorted(set(finish_args) - ALLOWED_FINISH_ARGS)
        missing = sorted(ALLOWED_FINISH_ARGS - set(finish_args))
        dupes = sorted({a for a in finish_args if finish_args.count(a) > 1})
        if extra:
            errors.append("finish-args has arguments that are not allowed: {}".format(
                ", ".join(extra)))
        if missing:
            errors.append("finish-args lacks: {}".format(", ".join(missing)))
        if dupes:
            errors.append("finish-args repeats: {}".format(", ".join(dupes)))

    modules = data.get("modules")
    if not isinstance(modules, list) or not modules:
        errors.append("manifest has no modules")
        return
    last = modules[-1]
    if not isinstance(last, dict):
        errors.append("last module is {!r}, expected an inline module object".format(last))
        return
    name = last.get("name", "?")
    if last.get("buildsystem") != "meson":
        errors.append("last module {!r} has buildsystem {!r}, expected 'meson'".format(
            name, last.get("buildsystem")))
    sources = last.get("sources")
    if not isinstance(sources, list) or not any(
            isinstance(s, dict) and s.get("type") == "dir" for s in sources):
        errors.append("last module {!r} does not build from a \"dir\" source".format(name))


def main(argv):
    if len(argv) != 3:
        print("usage: {} MANIFEST APP_ID".format(argv[0]), file=sys.stderr)
        return 2
    manifest, app_id = os.path.abspath(argv[1]), argv[2]

    if not os.path.isfile(manifest):
        print("FAIL: manifest {} does not exist".format(manifest))
        return 1

    errors = []
    shown = show_manifest(manifest, errors)
    data = load_manifest(manifest, shown, errors)
    if data is not None:
        check_fields(data, app_id, errors)

    if errors:
        for e in errors:
            print("FAIL: " + e)
        print("{}: {} problem(s)".format(os.path.basename(manifest), len(errors)))
        return 1
    print("OK: {} is a valid manifest for {}".format(os.path.basename(manifest), app_id))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
