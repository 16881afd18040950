#!/usr/bin/env python3
"""Screenshots N unlabelled SaudiNewsNet articles (never the ones draw.py prints) and reports each run's exit code and
its body check's log line: a right article that exits 3 is a false alarm of the body check (docs/rendering.md).

Usage: python3 eval/render/body_check_unlabelled.py [N] [out-dir]   (from the repository root, after `mvn package`;
needs xvfb-run). Environment: JAR (default target/sahifa.jar), SIZE (1000x700), LANG_UI (ar), SEED (10).
Prints one line per article and a summary "exit 3 in B of N (load ...)".
"""
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'news'))
from unlabelled import DEFAULT_CORPUS, drawn_lines, named_in_docs, read_articles, write_article  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 12
OUT = sys.argv[2] if len(sys.argv) > 2 else 'target/body-check-unlabelled'
JAR = os.environ.get('JAR', 'target/sahifa.jar')
SIZE = os.environ.get('SIZE', '1000x700')
LANG_UI = os.environ.get('LANG_UI', 'ar')
SEED = int(os.environ.get('SEED', '10'))
LOG = os.path.expanduser(os.environ.get('SAHIFA_LOG', '~/.local/share/sahifa/logs/sahifa-0.log'))


def last_body_line():
    try:
        with open(LOG, encoding='utf-8') as f:
            found = [line.strip() for line in f if 'body check:' in line]
        return found[-1] if found else ''
    except OSError:
        return ''


def main():
    os.makedirs(OUT, exist_ok=True)
    articles = read_articles(DEFAULT_CORPUS)
    left_out = drawn_lines(DEFAULT_CORPUS)
    pool = [i for i, a in enumerate(articles) if i not in left_out and not named_in_docs(a) and a['content'].strip()]
    chosen = random.Random(SEED).sample(pool, N)
    loads = []
    bad = 0
    for i in chosen:
        file, _ = write_article(OUT, i, articles[i])
        png = os.path.join(OUT, f'u{i}.png')
        loads.append(float(open('/proc/loadavg').read().split()[0]))
        run = subprocess.run(['xvfb-run', '-a', 'java', '-jar', JAR, '--screenshot', png, '--size', SIZE,
                              '--lang', LANG_UI, file], capture_output=True, text=True, timeout=180)
        bad += run.returncode == 3
        body = re.sub(r'^.*body check: ', '', last_body_line())
        print(f'u{i}\texit {run.returncode}\t{body}\t{run.stderr.strip()[-200:]}')
    print(f'exit 3 in {bad} of {N} (load {min(loads)} to {max(loads)})')


if __name__ == '__main__':
    main()
