"""What the unlabelled checks (quote_changes.py, speaker_changes.py, entity_changes.py) share: the SaudiNewsNet dump,
the articles they must leave out (every article draw.py prints and those the docs name), a seeded draw of the rest, and
a cached `analyze` run of a jar."""
import gzip
import json
import os
import random
import subprocess
import sys

from draw import EXCLUDED_URL_PARTS

DEFAULT_CORPUS = '../shared/data/unlabelled/saudinewsnet.jsonl.gz'
HERE = os.path.dirname(os.path.abspath(__file__))


def read_articles(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return [json.loads(line) for line in f]


def drawn_lines(path):
    """Line indices of every article draw.py prints (the news-eval splits and the blind sets)."""
    run = subprocess.run([sys.executable, os.path.join(HERE, 'draw.py'), path], capture_output=True, text=True,
                         check=True)
    return {int(row.split('\t')[1]) for row in run.stdout.splitlines()
            if row.count('\t') >= 3 and row.split('\t')[1].isdigit()}


def draw(path, seed, want, accept):
    """The corpus and, in the order `seed` shuffles it, the line indices of the first `want` articles that draw.py
    does not print, the docs do not name, and `accept(article)` takes."""
    articles = read_articles(path)
    skip = drawn_lines(path)
    order = list(range(len(articles)))
    random.Random(seed).shuffle(order)
    chosen = []
    for i in order:
        if i not in skip and not named_in_docs(articles[i]) and accept(articles[i]):
            chosen.append(i)
            if len(chosen) == want:
                break
    return articles, chosen


def named_in_docs(article):
    """True for the articles docs/quotations.md and docs/entity-rules.md name (draw.py leaves them out too)."""
    return any(part in article['url'] for part in EXCLUDED_URL_PARTS)


def write_article(out, i, article):
    """Writes the article as OUT/u<line>.txt (title, a blank line, content); returns the path and the text."""
    text = article['title'] + '\n\n' + article['content']
    file = os.path.join(out, f'u{i}.txt')
    with open(file, 'w', encoding='utf-8') as f:
        f.write(text)
    return file, text


def analysis(jar, path, cache):
    """The analysis JSON of `java -jar JAR analyze PATH`, or None if it fails; the JSON is kept in `cache` and reused
    when present (delete it to run the jar again)."""
    if not os.path.exists(cache):
        run = subprocess.run(['java', '-jar', jar, 'analyze', path], capture_output=True, text=True)
        if run.returncode != 0:
            return None
        with open(cache, 'w', encoding='utf-8') as f:
            f.write(run.stdout)
    with open(cache, encoding='utf-8') as f:
        return json.load(f)


def quotations(jar, path, cache):
    """The quotations (dicts) `java -jar JAR analyze PATH` finds, or None if it fails (cached as `analysis`)."""
    result = analysis(jar, path, cache)
    return None if result is None else result.get('quotes', [])
