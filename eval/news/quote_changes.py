#!/usr/bin/env python3
"""Count the quotations two jars find differently on unlabelled news with quotation marks (no gold).

usage: [SEED=6464] [MATCH=REGEX] python3 eval/news/quote_changes.py BEFORE.jar AFTER.jar OUT_DIR [JSONL_GZ]

Draws 60 articles that hold quotation marks (two ASCII «"», or a «“» or «« mark) from the SaudiNewsNet dump with
seed 6464 (seeds 3737, 1404, 1414, 2026 and 5353 were used before), skipping every article draw.py prints (the
news-eval splits and the blind sets) and the articles the docs name, writes each as OUT_DIR/u<line>.txt (title, a
blank line, content), runs `java -jar JAR analyze` on each with both jars (the JSON is kept as u<line>.before.json
and .after.json and reused: delete the .after.json files to score a new jar), and prints every quotation one jar
finds and the other does not, matched by text, with the 50 characters before it. The last line gives the counts.
MATCH=REGEX draws only among articles whose content matches REGEX (a class a change is about: a random draw holds
few of its cases), with the same exclusions.
See docs/quotations.md, "Round 6".
"""
import os
import re
import sys

from unlabelled import DEFAULT_CORPUS, draw, quotations, write_article

SEED = int(os.environ.get('SEED', 6464))  # SEED=… picks another draw
MATCH = re.compile(os.environ['MATCH']) if os.environ.get('MATCH') else None  # MATCH=… draws only matching articles
WANT = 60
MIN_WORDS, MAX_WORDS = 150, 900


def has_marks(text):
    return text.count('"') >= 2 or '“' in text or '«' in text


def context(text, quote):
    at = text.find(quote)
    return text[max(0, at - 50):at].replace('\n', ' ') if at >= 0 else '?'


def main():
    before, after, out = sys.argv[1:4]
    path = sys.argv[4] if len(sys.argv) > 4 else DEFAULT_CORPUS
    articles, chosen = draw(path, SEED, WANT, lambda a: (MATCH is None or MATCH.search(a['content']))
                            and MIN_WORDS <= len(a['content'].split()) <= MAX_WORDS and has_marks(a['content']))
    os.makedirs(out, exist_ok=True)
    total_before = total_after = added = removed = 0
    for i in chosen:
        file, text = write_article(out, i, articles[i])
        old = quotations(before, file, os.path.join(out, f'u{i}.before.json'))
        new = quotations(after, file, os.path.join(out, f'u{i}.after.json'))
        if old is None or new is None:
            print(f'u{i}\tanalyze failed')
            continue
        total_before += len(old)
        total_after += len(new)
        old_texts = [q['text'] for q in old]
        new_texts = [q['text'] for q in new]
        for q in new_texts:
            if q in old_texts:
                old_texts.remove(q)
            else:
                added += 1
                print(f'u{i}\t+\t…{context(text, q)}\t«{q[:90]}»')
        for q in old_texts:
            removed += 1
            print(f'u{i}\t-\t…{context(text, q)}\t«{q[:90]}»')
    print(f'{len(chosen)} articles: {total_before} quotations before, {total_after} after; '
          f'{added} added, {removed} removed')


if __name__ == '__main__':
    main()
