#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks `dealscope --export` as scripts and CI use it, without any display.

Usage: check-export-cli.py DEALSCOPE_BINARY TESTS_DATA_DIR

The command line checked:

    dealscope --export OUT.{png,svg,pdf} [--view VIEW] [--size WxH] [--scale N]
              [--theme light|dark] [--lang en|fr] [DOSSIER]

Exit statuses: 0 written, 1 invalid dossier, 2 usage or I/O error; on any failure an
existing OUT is left untouched. PDFs are read back with pdfinfo and pdftotext
(poppler-utils), which this check needs.

Exits 0 when every check passes, 1 (listing what failed) otherwise.
"""

import os
import re
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

TIMEOUT = 120
PRECIOUS = b'a file that was here before\n'
TITLE_EN = 'Nvidia × OpenAI: the $100 billion promise'
TITLE_FR = 'Nvidia × OpenAI : la promesse à 100 milliards de dollars'
EVENT_EN = 'Nvidia and OpenAI sign a 10-gigawatt letter of intent'
EVENT_FR = 'Nvidia et OpenAI signent une lettre d’intention de 10 gigawatts'


def squeeze(text):
    """Without white space: a PDF's lines break anywhere."""
    return re.sub(r'\s+', '', text)


class Checker:
    def __init__(self, binary, data_dir, work_dir):
        self.binary = binary
        self.data_dir = data_dir
        self.work = work_dir
        self.failures = []
        self.n_checks = 0
        self.env = dict(os.environ)
        # Prove that exporting needs no display at all.
        for name in ('DISPLAY', 'WAYLAND_DISPLAY'):
            self.env.pop(name, None)
        # The messages checked below are the English ones.
        self.env.update(LANG='C.UTF-8', LC_ALL='', LANGUAGE='')

    def path(self, *parts):
        return os.path.join(self.work, *parts)

    def data(self, *parts):
        return os.path.join(self.data_dir, *parts)

    def run(self, *args, preexec_fn=None):
        argv = [self.binary, *args]
        try:
            result = subprocess.run(argv, env=self.env, capture_output=True, text=True,
                                    timeout=TIMEOUT, preexec_fn=preexec_fn)
        except subprocess.TimeoutExpired:
            self.fail(f'{" ".join(argv)}: did not finish within {TIMEOUT} s')
            return None
        self.expect_quiet_display(result, ' '.join(args))
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

    def poppler(self, tool, *args):
        program = shutil.which(tool)
        if program is None:
            self.fail(f'{tool} is not installed (poppler-utils)')
            return None
        return subprocess.run([program, *args], capture_output=True, text=True,
                              timeout=TIMEOUT).stdout

    # --- Checks of one file -----------------------------------------------------------

    def expect_png(self, file, width, height, what):
        with open(file, 'rb') as fp:
            header = fp.read(24)
        if not self.expect(header[:8] == b'\x89PNG\r\n\x1a\n', f'{what}: not a PNG'):
            return
        size = struct.unpack('>II', header[16:24])
        self.expect(size == (width, height), f'{what}: {size[0]}×{size[1]}, not {width}×{height}')

    def expect_svg(self, file, what):
        with open(file, 'rb') as fp:
            start = fp.read(5)
        self.expect(start in (b'<?xml', b'<svg '), f'{what}: does not start as SVG')
        try:
            root = ElementTree.parse(file).getroot()
            self.expect(root.tag.endswith('svg'), f'{what}: the root is {root.tag}')
        except ElementTree.ParseError as error:
            self.fail(f'{what}: not well-formed XML: {error}')

    def expect_pdf(self, file, what, texts=(), min_pages=1):
        with open(file, 'rb') as fp:
            self.expect(fp.read(4) == b'%PDF', f'{what}: not a PDF')
        info = self.poppler('pdfinfo', file)
        if info is not None:
            match = re.search(r'^Pages:\s+(\d+)', info, re.MULTILINE)
            pages = int(match.group(1)) if match else 0
            self.expect(pages >= min_pages, f'{what}: {pages} pages, fewer than {min_pages}')
        text = self.poppler('pdftotext', '-enc', 'UTF-8', file, '-')
        if text is not None:
            for needle in texts:
                self.expect(squeeze(needle) in squeeze(text), f'{what}: the text lacks “{needle}”')

    def expect_untouched(self, file, what):
        with open(file, 'rb') as fp:
            self.expect(fp.read() == PRECIOUS, f'{what}: the existing {os.path.basename(file)} changed')
        folder = os.path.dirname(file)
        left = [name for name in os.listdir(folder) if name != os.path.basename(file)]
        self.expect(not left, f'{what}: left behind {left}')

    # --- Cases ------------------------------------------------------------------------

    def check_success(self):
        out = self.path('ok', 'timeline.png')
        os.makedirs(os.path.dirname(out))
        result = self.run('--export', out)
        if self.expect(result and result.returncode == 0, 'PNG export failed', result):
            self.expect_png(out, 1600, 900, 'default PNG')

        out = self.path('ok', 'capex.svg')
        result = self.run('--export', out, '--view', 'capex', '--theme', 'dark')
        if self.expect(result and result.returncode == 0, 'SVG export failed', result):
            self.expect_svg(out, 'capex SVG')

        out = self.path('ok', 'takeaways.png')
        result = self.run('--export', out, '--view', 'takeaways', '--size', '600x400', '--scale', '2')
        if self.expect(result and result.returncode == 0, 'takeaways PNG export failed', result):
            self.expect_png(out, 1200, 800, 'takeaways PNG at scale 2')

        out = self.path('ok', 'deal.pdf')
        result = self.run('--export', out, '--view', 'deal', '--size', '800x500')
        if self.expect(result and result.returncode == 0, 'chart PDF export failed', result):
            self.expect_pdf(out, 'deal PDF')

        out = self.path('ok', 'report.pdf')
        result = self.run('--export', out)
        if self.expect(result and result.returncode == 0, 'report export failed', result):
            self.expect_pdf(out, 'report', (TITLE_EN, EVENT_EN, 'Takeaways for Founders'), 8)

        # The dossier's own French. The labels' French needs the installed catalogue
        # (the binary binds LOCALEDIR): test-export-fr checks them with the built one.
        out = self.path('ok', 'rapport.pdf')
        result = self.run('--export', out, '--lang', 'fr', '--theme', 'dark')
        if self.expect(result and result.returncode == 0, 'French report export failed', result):
            self.expect_pdf(out, 'French report', (TITLE_FR, EVENT_FR), 8)

        out = self.path('ok', 'minimal.png')
        result = self.run('--export', out, '--size', '640x360', self.data('valid', 'minimal.json'))
        if self.expect(result and result.returncode == 0, 'export of a dossier file failed', result):
            self.expect_png(out, 640, 360, 'minimal dossier PNG')

    def check_error(self, name, status, args, message=None, target='out.png', preexec_fn=None):
        folder = self.path('error-' + name)
        os.makedirs(folder)
        out = os.path.join(folder, target)
        with open(out, 'wb') as fp:
            fp.write(PRECIOUS)
        result = self.run('--export', out, *args, preexec_fn=preexec_fn)
        if result is None:
            return
        self.expect(result.returncode == status,
                    f'{name}: exit status {result.returncode}, expected {status}', result)
        self.expect(result.stderr.strip() != '', f'{name}: no message on stderr', result)
        if message is not None:
            self.expect(re.search(message, result.stderr) is not None,
                        f'{name}: stderr does not match {message!r}', result)
        self.expect_untouched(out, name)

    def check_errors(self):
        self.check_error('unknown-view', 2, ['--view', 'bogus'], r'bogus')
        self.check_error('report-as-png', 2, ['--view', 'report'], r'PDF')
        self.check_error('unknown-format', 2, [], r'\.png, \.svg or \.pdf', target='out.gif')
        self.check_error('bad-size', 2, ['--size', '1600by900'], r'1600by900')
        self.check_error('zero-size', 2, ['--size', '0x900'], r'0x900')
        self.check_error('huge-size', 2, ['--size', '20001x900'], r'20001x900')
        self.check_error('bad-scale', 2, ['--scale', '5'], r'scale')
        self.check_error('scale-for-svg', 2, ['--scale', '2'], r'PNG', target='out.svg')
        self.check_error('size-for-report', 2, ['--size', '800x600'], r'paper', target='out.pdf')
        self.check_error('unknown-theme', 2, ['--theme', 'sepia'], r'sepia')
        self.check_error('unknown-lang', 2, ['--lang', 'de'], r'\bde\b')
        self.check_error('missing-chart', 2, ['--view', 'valuations', self.data('valid', 'minimal.json')],
                         r'valuations')
        self.check_error('invalid-dossier', 1, [self.data('invalid', 'event-date-feb30.json')],
                         r'event-date-feb30\.json:\d+:\d+: ')
        self.check_error('invalid-dossier-pdf', 1, [self.data('invalid', 'truncated.json')],
                         r'truncated\.json:\d+:\d+: ', target='out.pdf')
        self.check_error('missing-dossier', 2, [self.path('no-such-dossier.json')], r'no-such-dossier')

        # Writing fails half-way: the file size limit binds root too.
        def limit_file_size():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))
        self.check_error('write-failure', 2, [], r'Could not write', target='out.pdf',
                         preexec_fn=limit_file_size)

        out = self.path('no', 'such', 'dir', 'out.png')
        result = self.run('--export', out)
        if result is not None:
            self.expect(result.returncode == 2, f'missing directory: exit status {result.returncode}', result)
            self.expect(not os.path.exists(os.path.dirname(out)), 'missing directory: it was created')

        if os.geteuid() != 0:
            folder = self.path('read-only')
            os.makedirs(folder)
            out = os.path.join(folder, 'out.png')
            with open(out, 'wb') as fp:
                fp.write(PRECIOUS)
            os.chmod(folder, 0o500)
            try:
                result = self.run('--export', out)
                if result is not None:
                    self.expect(result.returncode == 2,
                                f'read-only directory: exit status {result.returncode}', result)
            finally:
                os.chmod(folder, 0o700)
            self.expect_untouched(out, 'read-only directory')

    def check(self):
        help_result = self.run('--help-all')
        if help_result is None or '--export' not in help_result.stdout:
            self.fail('dealscope --help-all does not list --export: the option is not wired to '
                      'ds_export_run () in src/ds-application.c')
            return
        self.check_success()
        self.check_errors()


def main():
    if len(sys.argv) != 3:
        print('usage: check-export-cli.py DEALSCOPE_BINARY TESTS_DATA_DIR', file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix='ds-export-cli-') as work:
        checker = Checker(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), work)
        checker.check()
    for failure in checker.failures:
        print(f'FAIL: {failure}')
    if checker.failures:
        print(f'{len(checker.failures)} of {checker.n_checks} checks failed')
        return 1
    print(f'all {checker.n_checks} checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
