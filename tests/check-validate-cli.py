#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks `dealscope --validate` as editors and CI use it, without any display.

Usage: check-validate-cli.py DEALSCOPE_BINARY TESTS_DATA_DIR

Exits 0 when every check passes, 1 (listing what failed) otherwise.
"""

import json
import os
import re
import subprocess
import sys

TIMEOUT = 120


class Checker:
    def __init__(self, binary, data_dir):
        self.binary = binary
        self.data_dir = data_dir
        self.failures = []
        self.n_checks = 0
        self.env = dict(os.environ)
        # Prove that validating needs no display at all.
        for name in ('DISPLAY', 'WAYLAND_DISPLAY'):
            self.env.pop(name, None)
        # The messages checked below are the English ones.
        self.env.update(LANG='C.UTF-8', LC_ALL='', LANGUAGE='')

    def path(self, *parts):
        return os.path.join(self.data_dir, *parts)

    def run(self, *files):
        args = [self.binary, '--validate', *files]
        try:
            result = subprocess.run(args, env=self.env, capture_output=True, text=True,
                                    timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.fail(f'{" ".join(args)}: did not finish within {TIMEOUT} s')
            return None
        return result

    def fail(self, message):
        self.failures.append(message)

    def expect(self, condition, what, result=None):
        self.n_checks += 1
        if condition:
            return True
        detail = ''
        if result is not None:
            detail = (f'\n    exit status: {result.returncode}'
                      f'\n    stdout: {result.stdout.rstrip()!r}'
                      f'\n    stderr: {result.stderr.rstrip()!r}')
        self.fail(what + detail)
        return False

    def expect_quiet_display(self, result, what):
        # GTK must not even be initialised: no display warnings of any kind.
        for word in ('cannot open display', 'Gtk-WARNING', 'Gdk-WARNING', 'CRITICAL'):
            self.expect(word not in result.stderr, f'{what}: stderr mentions "{word}"', result)

    # --- Helpers --------------------------------------------------------------------

    def counts(self, file):
        with open(file, encoding='utf-8') as fp:
            dossier = json.load(fp)
        return tuple(len(dossier.get(key, [])) for key in ('events', 'series', 'takeaways'))

    def ok_line(self, file):
        n_events, n_series, n_takeaways = self.counts(file)
        events = f'{n_events} event' + ('' if n_events == 1 else 's')
        takeaways = f'{n_takeaways} takeaway' + ('' if n_takeaways == 1 else 's')
        return f'{file}: ok ({events}, {n_series} series, {takeaways})'

    def manifest(self):
        entries = {}
        with open(self.path('invalid', 'EXPECTED'), encoding='utf-8') as fp:
            for line in fp:
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                name, path, message, line_number = line.split('\t')
                entries[name] = (path, message, line_number)
        return entries

    # --- Checks ---------------------------------------------------------------------

    def check_valid(self):
        for name in ('minimal.json', 'all-fields.json', 'unsorted-events.json'):
            file = self.path('valid', name)
            result = self.run(file)
            if result is None:
                continue
            what = f'valid {name}'
            self.expect(result.returncode == 0, f'{what}: expected exit status 0', result)
            self.expect(result.stdout.splitlines() == [self.ok_line(file)],
                        f'{what}: expected exactly the line "{self.ok_line(file)}" on stdout',
                        result)
            self.expect(result.stderr == '', f'{what}: expected nothing on stderr', result)

    def check_invalid(self):
        manifest = self.manifest()
        for name in ('event-date-feb30.json', 'dangling-actor.json', 'url-number.json'):
            file = self.path('invalid', name)
            path, message, line = manifest[name]
            result = self.run(file)
            if result is None:
                continue
            what = f'invalid {name}'
            self.expect(result.returncode == 1, f'{what}: expected exit status 1', result)
            self.expect(result.stdout == '', f'{what}: expected nothing on stdout', result)
            pattern = re.compile(r'^' + re.escape(file) + r':(\d+):(\d+): ' + re.escape(path) +
                                 r': (.*)$')
            found = [m for m in map(pattern.match, result.stderr.splitlines()) if m]
            self.expect(any(message in m.group(3) and m.group(1) == line and int(m.group(2)) > 0
                            for m in found),
                        f'{what}: expected a line "{file}:{line}:COLUMN: {path}: …{message}…" '
                        'on stderr', result)
            for text in result.stderr.splitlines():
                self.expect(re.match(r'^' + re.escape(file) + r'(:\d+:\d+)?: \S', text),
                            f'{what}: stderr line is not GNU style: {text!r}', result)

    def check_valid_and_invalid(self):
        valid = self.path('valid', 'minimal.json')
        invalid = self.path('invalid', 'event-date-feb30.json')
        path, _, line = self.manifest()['event-date-feb30.json']
        for files in ((valid, invalid), (invalid, valid)):
            result = self.run(*files)
            if result is None:
                continue
            what = 'a valid and an invalid file together (' + ', '.join(map(os.path.basename, files)) + ')'
            self.expect(result.returncode == 1, f'{what}: expected exit status 1', result)
            self.expect(self.ok_line(valid) in result.stdout.splitlines(),
                        f'{what}: expected "{self.ok_line(valid)}" on stdout', result)
            self.expect(any(text.startswith(f'{invalid}:{line}:') and f' {path}: ' in text
                            for text in result.stderr.splitlines()),
                        f'{what}: expected the error of {invalid} on stderr', result)

    def check_missing(self):
        missing = self.path('valid', 'no-such-dossier.json')
        result = self.run(missing)
        if result is None:
            return
        what = 'a missing file'
        self.expect(result.returncode == 1, f'{what}: expected exit status 1', result)
        self.expect(result.stdout == '', f'{what}: expected nothing on stdout', result)
        lines = result.stderr.splitlines()
        self.expect(len(lines) >= 1 and lines[0].startswith(missing + ': ') and
                    len(lines[0]) > len(missing) + 2,
                    f'{what}: expected "{missing}: <why>" on stderr', result)

    def check_no_file(self):
        result = self.run()
        if result is None:
            return
        what = '--validate without a file'
        self.expect(result.returncode == 2, f'{what}: expected exit status 2', result)
        self.expect(result.stderr.strip() != '', f'{what}: expected a message on stderr', result)
        self.expect(result.stdout == '', f'{what}: expected nothing on stdout', result)

    def check_warnings(self):
        file = self.path('valid', 'unknown-keys.json')
        result = self.run(file)
        if result is None:
            return
        what = 'warnings (unknown-keys.json)'
        self.expect(result.returncode == 0, f'{what}: expected exit status 0', result)
        self.expect(result.stdout.splitlines() == [self.ok_line(file)],
                    f'{what}: expected "{self.ok_line(file)}" on stdout', result)
        lines = result.stderr.splitlines()
        pattern = re.compile(r'^' + re.escape(file) + r':(\d+):(\d+): warning: (\S+): unknown key ')
        self.expect(len(lines) == 6 and all(pattern.match(line) for line in lines),
                    f'{what}: expected six lines "{file}:LINE:COL: warning: PATH: unknown key …"',
                    result)
        self.expect(any(line.startswith(file + ':5:') and ' warning: generator: ' in line
                        for line in lines),
                    f'{what}: expected the warning for "generator" on line 5', result)

    def run_all(self):
        for check in (self.check_valid, self.check_invalid, self.check_valid_and_invalid,
                      self.check_missing, self.check_no_file, self.check_warnings):
            check()
        return not self.failures


def main(argv):
    if len(argv) != 3:
        print(f'usage: {argv[0]} DEALSCOPE_BINARY TESTS_DATA_DIR', file=sys.stderr)
        return 2

    binary, data_dir = argv[1], argv[2]
    if not os.access(binary, os.X_OK):
        print(f'FAIL: {binary} is not an executable', file=sys.stderr)
        return 1

    checker = Checker(binary, data_dir)
    ok = checker.run_all()
    for failure in checker.failures:
        print(f'FAIL: {failure}', file=sys.stderr)
    if not ok:
        print(f'{len(checker.failures)} of {checker.n_checks} checks failed', file=sys.stderr)
        return 1

    print(f'all {checker.n_checks} checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
