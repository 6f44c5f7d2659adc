#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation misses a message of the current sources (untranslated or
fuzzy after merging with a freshly extracted template), or does not pass msgfmt --check."""

import pathlib
import re
import subprocess
import sys
import tempfile

# The keywords and flags of meson's i18n "glib" preset.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
]


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd)


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: check-translations.py SOURCE_ROOT LANG", file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    po = root / "po" / f"{sys.argv[2]}.po"
    with tempfile.TemporaryDirectory() as tmp:
        pot = pathlib.Path(tmp) / "template.pot"
        merged = pathlib.Path(tmp) / "merged.po"
        try:
            extract = run("xgettext", *XGETTEXT_ARGS, "--files-from=po/POTFILES.in",
                          "--package-name=dealscope", "-o", str(pot), cwd=root)
        except FileNotFoundError:
            print("xgettext is not installed (package gettext)")
            return 1
        if extract.returncode != 0:
            print(extract.stderr.strip())
            return 1
        merge = run("msgmerge", "--quiet", "--no-fuzzy-matching", "-o", str(merged), str(po), str(pot))
        if merge.returncode != 0:
            print(merge.stderr.strip())
            return 1
        check = run("msgfmt", "--check", "--statistics", "-o", "/dev/null", str(merged))
        failed = check.returncode != 0
        if failed:
            print(check.stderr.strip())
        # "N translated messages, M fuzzy translations, K untranslated messages."
        for word, flag in (("fuzzy", "--only-fuzzy"), ("untranslated", "--untranslated")):
            match = re.search(r"(\d+) " + word, check.stderr)
            if match and int(match.group(1)) > 0:
                listing = run("msgattrib", flag, "--no-obsolete", "--no-wrap", str(merged)).stdout
                print(f"{po.name}: {match.group(1)} {word} message(s):")
                print("\n".join(listing.splitlines()[:60]))
                failed = True
        if not failed:
            print(f"{po.name}: {check.stderr.strip()}")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
