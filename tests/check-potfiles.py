#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a file with translatable strings is missing from po/POTFILES.in,
or when POTFILES.in names a file that does not exist."""

import pathlib
import re
import sys

MARKERS = {
    ".c": re.compile(r"\b(?:_|N_|C_|NC_|g_dngettext|g_dpgettext2)\s*\("),
    ".h": re.compile(r"\b(?:_|N_|C_|NC_)\s*\("),
    ".ui": re.compile(r'translatable="yes"'),
}
DATA_SUFFIXES = (".desktop.in.in", ".metainfo.xml.in.in", ".gschema.xml")


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: check-potfiles.py SOURCE_ROOT", file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    listed = set()
    for line in (root / "po" / "POTFILES.in").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            listed.add(line)

    needed = set()
    for path in sorted((root / "src").rglob("*")):
        marker = MARKERS.get(path.suffix)
        if marker and marker.search(path.read_text(encoding="utf-8")):
            needed.add(path.relative_to(root).as_posix())
    for path in sorted((root / "data").glob("*")):
        if path.name.endswith(DATA_SUFFIXES):
            needed.add(path.relative_to(root).as_posix())

    failed = False
    for missing in sorted(needed - listed):
        print(f"po/POTFILES.in: missing {missing} (it has translatable strings)")
        failed = True
    for stale in sorted(listed - needed):
        if not (root / stale).exists():
            print(f"po/POTFILES.in: {stale} does not exist")
            failed = True
    if not failed:
        print(f"POTFILES.in lists all {len(needed)} files with translatable strings")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
