#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads meson's testlog.json and prints the closing line "N passed, N failed".
A skipped test counts as failed: a test never silently skips. Exits 1 if any test
failed or if none ran."""

import json
import sys

PASSED = {"OK", "EXPECTEDFAIL"}


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "_build/meson-logs/testlog.json"
    passed = failed = 0
    try:
        with open(path, encoding="utf-8") as log:
            for line in log:
                if not line.strip():
                    continue
                result = json.loads(line)
                if result.get("result") in PASSED:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAILED: {result.get('name')} ({result.get('result')})")
    except FileNotFoundError:
        pass
    print(f"{passed} passed, {failed} failed")
    return 0 if passed > 0 and failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
