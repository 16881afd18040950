#!/usr/bin/env python3
"""Runs the app's --screenshot N times on mixed-article.html (served on 127.0.0.1) and reports the runs whose
title was drawn differently from the most common drawing (a scrambled title, docs/rendering.md).

Usage: /usr/bin/python3 eval/render/title_repro.py [N] [out-dir]   (from the repository root, after `mvn package`;
needs xvfb-run and Debian python3-pil). Prints one line per run and a summary line "bad B of N (load ...)".
"""
import collections, hashlib, http.server, os, subprocess, sys, threading, time
from functools import partial
from PIL import Image, ImageChops

N = int(sys.argv[1]) if len(sys.argv) > 1 else 40
OUT = sys.argv[2] if len(sys.argv) > 2 else 'target/title-repro'
JAR = os.environ.get('JAR', 'target/sahifa.jar')
PAGE_DIR = 'src/test/resources/ui'
PORT = int(os.environ.get('PORT', '8765'))
# The title's band in a 1280x800 window (the default size): the article column above the byline.
TITLE_BOX = (0, 60, 910, 150)
# Pixels that may differ from the usual drawing before a title counts as bad (good runs are pixel-identical).
THRESHOLD = 50


def serve():
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(('127.0.0.1', PORT), partial(Quiet, directory=PAGE_DIR))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def early_text(probe):
    """When the early-text thread measured, relative to the JavaFX thread entering start() (from the probe's marks)."""
    try:
        marks = dict(line.strip().split('=', 1) for line in open(probe) if line.startswith('mark.'))
    except OSError:
        return 'no probe file'
    fx = int(marks.get('mark.fxStarted', 0))
    began, done = marks.get('mark.earlyTextBegan'), marks.get('mark.earlyTextMeasured')
    if not fx or not done:
        return 'early text: ' + ('skipped' if fx else 'no marks')
    began_at = f'{int(began) - fx:+d}' if began else '?'
    return f'early text ms from fxStarted: began {began_at}, done {int(done) - fx:+d}'


def title_check(run):
    """The app's own title check (TitleCheck), when the jar has it: its scores, and exit code 3 when it failed."""
    scores = [line.split('title check:', 1)[1].strip() for line in run.stderr.splitlines() if 'title check:' in line]
    return (f', title check {scores[0]}' if scores else '') + (', TITLE CHECK FAILED' if run.returncode == 3 else '')


def load():
    return open('/proc/loadavg').read().split()[0]


def main():
    os.makedirs(OUT, exist_ok=True)
    server = serve()
    url = f'http://127.0.0.1:{PORT}/mixed-article.html'
    bands, loads = {}, []
    for i in range(N):
        png = os.path.join(OUT, f'run{i:03d}.png')
        if os.path.exists(png):
            os.remove(png)
        started = time.time()
        loads.append(float(load()))
        probe = os.path.join(OUT, f'run{i:03d}.probe')
        run = subprocess.run(['timeout', '120', 'xvfb-run', '-a', 'java', f'-Dsahifa.startupProbe={probe}', '-jar',
                              JAR, '--screenshot', png, '--lang', 'en', url], capture_output=True, text=True)
        took = time.time() - started
        if run.returncode not in (0, 3) or not os.path.exists(png):
            print(f'run {i}: failed (exit {run.returncode}) {run.stderr.strip()[-200:]}', flush=True)
            continue
        band = Image.open(png).convert('RGB').crop(TITLE_BOX)
        bands[i] = band
        print(f'run {i}: {took:.1f} s, load {loads[-1]:.2f}, band {hashlib.md5(band.tobytes()).hexdigest()[:8]}, '
              f'{early_text(probe)}{title_check(run)}', flush=True)
    server.shutdown()
    if not bands:
        sys.exit('no screenshot was written')
    usual_hash, _ = collections.Counter(hashlib.md5(b.tobytes()).hexdigest() for b in bands.values()).most_common(1)[0]
    usual = next(b for b in bands.values() if hashlib.md5(b.tobytes()).hexdigest() == usual_hash)
    usual.save(os.path.join(OUT, 'usual-title.png'))
    bad = []
    for i, band in sorted(bands.items()):
        diff = ImageChops.difference(band, usual).convert('L').point(lambda v: 255 if v > 40 else 0)
        changed = sum(1 for v in diff.getdata() if v)
        if changed > THRESHOLD:
            bad.append(i)
            print(f'BAD run {i}: {changed} title pixels differ ({OUT}/run{i:03d}.png)')
    print(f'bad {len(bad)} of {len(bands)} (load min {min(loads):.2f} max {max(loads):.2f}); bad runs {bad}')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
