#!/usr/bin/env python3
"""Count how many quotations' speakers change between two jars on unlabelled news (no gold).

usage: python3 eval/news/speaker_changes.py BEFORE.jar AFTER.jar OUT_DIR [JSONL_GZ]
       SEED=6161 python3 eval/news/speaker_changes.py …   (another draw; round 6 used 6161)

Draws 60 articles with quoted speech from the SaudiNewsNet dump (seed 5353; seeds 3737, 1404, 1414 and 2026 were
used before), skipping the articles draw.py drew and the next 80 with speech in its order (so a later blind set
drawn the same way is not read here), writes each as OUT_DIR/u<line>.txt (title, a blank line, content),
runs `java -jar JAR analyze` on each with both jars (the JSON is kept as u<line>.before.json and .after.json and
reused: delete the .after.json files to score a new jar) and prints every quotation whose speaker differs, matched
by the quotation's text. The last line gives the counts. See docs/news-eval.md, "Round 5".
"""
import os
import random
import re
import sys

from unlabelled import DEFAULT_CORPUS, drawn_lines, quotations, read_articles, write_article

SEED = int(os.environ.get('SEED', 5353))
WANT = 60
MIN_WORDS, MAX_WORDS = 150, 900
DRAW_SEED = 3737          # draw.py's order: its articles and the next ones with speech are left out
DRAW_SKIP_SPEECH = 120    # dev/held (18) + blind2 (8) + blind3 (8) + room for later blind sets
SPEECH_VERB = r'(?:قال|قالت|يقول|تقول|أضاف|وأضاف|أضافت|أكد|أكدت|أوضح|أوضحت|مؤكدا|مضيفا|تابع|صرح|مشيرا|أشار|وقال|وقالت)'
SPEECH = re.compile(SPEECH_VERB + r'[^.\n]{0,80}?(?:["“«]|:\s)')


def eligible(a):
    return MIN_WORDS <= len(a['content'].split()) <= MAX_WORDS


def reserved(articles):
    """Every article draw.py could draw: its first WANT_ANY without speech and DRAW_SKIP_SPEECH with speech."""
    order = list(range(len(articles)))
    random.Random(DRAW_SEED).shuffle(order)
    out, speech, other = set(), 0, 0
    for i in order:
        a = articles[i]
        if not eligible(a):
            continue
        if SPEECH.search(a['content']):
            if speech < DRAW_SKIP_SPEECH:
                out.add(i)
                speech += 1
        elif other < 6:
            out.add(i)
            other += 1
        if speech >= DRAW_SKIP_SPEECH and other >= 6:
            return out
    return out


def speakers(jar, path, cache):
    """(text, speaker) of each quotation the jar finds, or None if it fails."""
    found = quotations(jar, path, cache)
    return None if found is None else [(q['text'], q.get('speaker')) for q in found]


def main():
    before, after, out = sys.argv[1:4]
    path = sys.argv[4] if len(sys.argv) > 4 else DEFAULT_CORPUS
    articles = read_articles(path)
    skip = reserved(articles) | drawn_lines(path)
    order = list(range(len(articles)))
    random.Random(SEED).shuffle(order)
    chosen = [i for i in order if i not in skip and eligible(articles[i]) and SPEECH.search(articles[i]['content'])]
    os.makedirs(out, exist_ok=True)
    quotes = changed = 0
    for i in chosen[:WANT]:
        file, _ = write_article(out, i, articles[i])
        old = speakers(before, file, os.path.join(out, f'u{i}.before.json'))
        new = speakers(after, file, os.path.join(out, f'u{i}.after.json'))
        if old is None or new is None:
            print(f'u{i}\tanalyze failed')
            continue
        old_by_text = {}
        for text, speaker in old:
            old_by_text.setdefault(text, []).append(speaker)
        for text, speaker in new:
            quotes += 1
            was = old_by_text.get(text, [None]).pop(0) if old_by_text.get(text) else '(new quotation)'
            if was != speaker:
                changed += 1
                print(f'u{i}\t{was}\t->\t{speaker}\t{text[:70]}')
    print(f'{changed} of {quotes} quotations changed speaker in {min(WANT, len(chosen))} articles')


if __name__ == '__main__':
    main()
