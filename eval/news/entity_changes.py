#!/usr/bin/env python3
"""List the entities two jars put in the sidebar differently on unlabelled news (no gold): the entity filter's check.

usage: [SEED=1410] [WANT=40] python3 eval/news/entity_changes.py BEFORE.jar AFTER.jar OUT_DIR [JSONL_GZ]

Draws WANT articles of 150-900 words from the SaudiNewsNet dump with SEED (1410 first; every seed the docs name
before was for quotations), skipping every article draw.py prints (the news-eval splits, the blind sets, the speaker
sets) and the articles the docs name, writes each as OUT_DIR/u<line>.txt (title, a blank line, content), runs
`java -jar JAR analyze` on each with both jars (the JSON is kept as u<line>.before.json and .after.json and reused:
delete the .after.json files to score a new jar), and prints every entity (type and name) one jar lists and the other
does not, with the 40 characters before its first mention. The last line gives the counts per type.
See docs/entity-filter.md.
"""
import json
import os
import sys
from collections import Counter

from unlabelled import DEFAULT_CORPUS, analysis, draw, write_article

SEED = int(os.environ.get('SEED', 1410))
WANT = int(os.environ.get('WANT', 40))
MIN_WORDS, MAX_WORDS = 150, 900


def listed(result):
    """(type, name) of each entity, and the text before its first mention."""
    blocks = [b.get('text', '') for b in result.get('blocks', [])]
    out = {}
    for e in result.get('entities', []):
        before = ''
        if e.get('mentions'):
            m = e['mentions'][0]
            if 'block' in m and m['block'] < len(blocks):
                before = blocks[m['block']][max(0, m['start'] - 40):m['start']].replace('\n', ' ')
        out[(e['type'], e['name'])] = before
    return out


def main():
    before, after, out = sys.argv[1:4]
    path = sys.argv[4] if len(sys.argv) > 4 else DEFAULT_CORPUS
    articles, chosen = draw(path, SEED, WANT,
                            lambda a: MIN_WORDS <= len(a['content'].split()) <= MAX_WORDS)
    os.makedirs(out, exist_ok=True)
    counts = Counter()
    for i in chosen:
        file, _ = write_article(out, i, articles[i])
        old = analysis(before, file, os.path.join(out, f'u{i}.before.json'))
        new = analysis(after, file, os.path.join(out, f'u{i}.after.json'))
        if old is None or new is None:
            print(f'u{i}\tanalyze failed')
            continue
        old, new = listed(old), listed(new)
        for key in old:
            counts[(key[0], 'before')] += 1
            if key not in new:
                counts[(key[0], 'removed')] += 1
                print(f'u{i}\t-\t{key[0]}\t«{key[1]}»\t…{old[key]}')
        for key in new:
            counts[(key[0], 'after')] += 1
            if key not in old:
                counts[(key[0], 'added')] += 1
                print(f'u{i}\t+\t{key[0]}\t«{key[1]}»\t…{new[key]}')
    summary = '; '.join(f'{t}: {counts[(t, "before")]} before, {counts[(t, "after")]} after, '
                        f'{counts[(t, "added")]} added, {counts[(t, "removed")]} removed'
                        for t in ('PERSON', 'LOCATION', 'ORGANIZATION'))
    print(f'{len(chosen)} articles: {summary}')


if __name__ == '__main__':
    main()
