#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a source file crosses a layer boundary of ARCHITECTURE.md: the model
includes GTK, json-glib or cairo; io/ includes GTK; render/ includes widgets or the
window; widgets/ include the window or the application; or a version check appears
outside src/ds-compat.c."""

import pathlib
import re
import sys

RULES = {
    "src/model": re.compile(r'#include\s*[<"](gtk|gdk|adwaita|json-glib|cairo|pango)'),
    "src/io": re.compile(r'#include\s*[<"](gtk|gdk|adwaita|cairo|pango)'),
    "src/render": re.compile(r'#include\s*[<"](gtk/|gdk/|adwaita|ds-window|ds-application|ds-timeline-view|ds-event-list)'),
    "src/widgets": re.compile(r'#include\s*"ds-(window|application)\.h"'),
}
VERSION_CHECK = re.compile(r"\b(GTK|ADW)_CHECK_VERSION\b")


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    problems = []
    for path in sorted((root / "src").rglob("*.[ch]")):
        relative = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        for folder, pattern in RULES.items():
            if relative.startswith(folder + "/"):
                for number, line in enumerate(text.splitlines(), 1):
                    if pattern.search(line):
                        problems.append(f"{relative}:{number}: crosses a layer: {line.strip()}")
        if relative not in ("src/ds-compat.c",) and VERSION_CHECK.search(text):
            problems.append(f"{relative}: version checks belong in src/ds-compat.c only")
    for problem in problems:
        print(problem)
    if not problems:
        print("every source file stays in its layer")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
