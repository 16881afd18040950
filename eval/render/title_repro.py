#!/usr/bin/env python3
"""Runs the app's --screenshot N times on mixed-article.html (served on 127.0.0.1) and reports the runs whose
title was drawn differently from the most common drawing (a scrambled title, docs/rendering.md).

Usage: /usr/bin/python3 eval/render/title_repro.py [N | --score] [out-dir]   (from the repository root, after `mvn package`;
needs xvfb-run and Debian python3-pil). Environment: JAR (default target/sahifa.jar), PORT (8765), JAVA_OPTS.
Prints one line per run and a summary line "bad B of N (load ...)"; exits 1 when a run was bad.
"""
import collections, hashlib, http.server, os, subprocess, sys, threading, time
from functools import partial
from PIL import Image, ImageChops

SCORE_ONLY = len(sys.argv) > 1 and sys.argv[1] == '--score'
N = int(sys.argv[1]) if len(sys.argv) > 1 and not SCORE_ONLY else 40
OUT = sys.argv[2] if len(sys.argv) > 2 else 'target/title-repro'
JAR = os.environ.get('JAR', 'target/sahifa.jar')
PAGE_DIR = 'src/test/resources/ui'
PORT = int(os.environ.get('PORT', '8765'))
# Extra JVM options for the app (space-separated), e.g. a logging or probe setting.
JAVA_OPTS = os.environ.get('JAVA_OPTS', '').split()
# The title's band in a 1280x800 window (the default size): the article column above the byline.
TITLE_BOX = (0, 60, 910, 150)
# Pixels that may differ from the usual drawing before a title counts as bad (good runs are pixel-identical).
THRESHOLD = 50
# How far down the title may have moved (a banner over the article) and still be compared.
MAX_MOVE_PX = 80


def differing(a, b):
    """Pixels of two bands that differ clearly."""
    diff = ImageChops.difference(a, b).convert('L').point(lambda v: 255 if v > 40 else 0)
    return sum(1 for v in diff.getdata() if v)


def scrambled(bands, shots):
    """Runs whose title differs from the most common band, even when moved down (a banner above the article)."""
    digest = {i: hashlib.md5(b.tobytes()).hexdigest() for i, b in bands.items()}
    usual_hash, _ = collections.Counter(digest.values()).most_common(1)[0]
    usual = next(b for i, b in bands.items() if digest[i] == usual_hash)
    usual.save(os.path.join(OUT, 'usual-title.png'))
    bad = []
    for i, band in sorted(bands.items()):
        if digest[i] == usual_hash:
            continue
        left, top, right, bottom = TITLE_BOX
        changed, moved = min((differing(shots[i].crop((left, top + dy, right, bottom + dy)), usual), dy)
                             for dy in range(0, MAX_MOVE_PX + 1))
        if changed > THRESHOLD:
            bad.append(i)
            print(f'BAD run {i}: {changed} title pixels differ ({OUT}/run{i:03d}.png)')
        else:
            print(f'run {i}: title right but {moved} px lower (a banner above the article?)')
    return bad


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
    """Exit code 3: the app's own title check (TitleCheck) failed; its scores are in the app's log file."""
    return ', TITLE CHECK FAILED (exit 3)' if run.returncode == 3 else ''


def load():
    return open('/proc/loadavg').read().split()[0]


def rescore():
    """Only compares the screenshots already in OUT (title_repro.py --score OUT)."""
    shots = {int(f[3:6]): Image.open(os.path.join(OUT, f)).convert('RGB')
             for f in sorted(os.listdir(OUT)) if f.startswith('run') and f.endswith('.png')}
    bad = scrambled({i: shot.crop(TITLE_BOX) for i, shot in shots.items()}, shots)
    print(f'bad {len(bad)} of {len(shots)}; bad runs {bad}')


def main():
    os.makedirs(OUT, exist_ok=True)
    server = serve()
    url = f'http://127.0.0.1:{PORT}/mixed-article.html'
    bands, loads, failed, check_failed = {}, [], [], []
    for i in range(N):
        png = os.path.join(OUT, f'run{i:03d}.png')
        if os.path.exists(png):
            os.remove(png)
        started = time.time()
        loads.append(float(load()))
        probe = os.path.join(OUT, f'run{i:03d}.probe')
        command = ['timeout', '120', 'xvfb-run', '-a', 'java', *JAVA_OPTS, f'-Dsahifa.startupProbe={probe}',
                   '-jar', JAR, '--screenshot', png, '--lang', 'en', url]
        run = subprocess.run(command, capture_output=True, text=True)
        took = time.time() - started
        if run.returncode not in (0, 3) or not os.path.exists(png):
            print(f'run {i}: failed (exit {run.returncode}) {run.stderr.strip()[-200:]}', flush=True)
            failed.append(i)
            continue
        if run.returncode == 3:
            check_failed.append(i)
        band = Image.open(png).convert('RGB').crop(TITLE_BOX)
        bands[i] = band
        print(f'run {i}: {took:.1f} s, load {loads[-1]:.2f}, band {hashlib.md5(band.tobytes()).hexdigest()[:8]}, '
              f'{early_text(probe)}{title_check(run)}', flush=True)
    server.shutdown()
    if not bands:
        sys.exit('no screenshot was written')
    bad = scrambled(bands, {i: Image.open(os.path.join(OUT, f'run{i:03d}.png')).convert('RGB') for i in bands})
    print(f'bad {len(bad)} of {len(bands)} (load min {min(loads):.2f} max {max(loads):.2f}); bad runs {bad}; '
          f'app title check failed in {check_failed}; no screenshot (crash, timeout) in {failed}')
    sys.exit(1 if bad or failed or check_failed else 0)


if __name__ == '__main__':
    rescore() if SCORE_ONLY else main()
