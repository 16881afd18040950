#!/usr/bin/env python3
"""Print every wrong named speaker of a jar on development splits, with its paragraph, the jar's answer and the gold.

usage: python3 eval/news/wrong_speakers.py JAR SPLIT...   (from the repository root, after score.sh or the materialiser
       has written target/news-eval; development splits only: never blind11 … blind18 or spk2)

One `analyze` call per split (the CLI's JSON Lines mode); the speaker is judged by the scorer's own `score_quotes`
(../shared/tools/score-analysis.py). Each wrong speaker is marked `listed` when the gold speaker is among the jar's
entities (any alias), `unlisted` when no entity of the output names it: the second kind no ranker of candidates can
reach. The last line gives the counts. See docs/quotations.md, "Round 13: speakers no candidate holds".
"""
import importlib.util
import json
import os
import subprocess
import sys

UNREAD = {'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'spk2'}
SCORER = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'tools',
                      'score-analysis.py')


def scorer():
    spec = importlib.util.spec_from_file_location('score_analysis', SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def analyses(jar, files):
    run = subprocess.run(['java', '-jar', jar, 'analyze'] + files, capture_output=True, text=True)
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def paragraph(out, text, sc):
    """The block holding the quotation's first words."""
    head = sc.norm(text).split()[:4]
    for b in out.get('blocks', []):
        if ' '.join(head) in sc.norm(b.get('text', '')):
            return b['text']
    return '?'


def main():
    jar, splits = sys.argv[1], sys.argv[2:]
    if UNREAD & set(splits):
        sys.exit('wrong_speakers.py reads development splits only.')
    sc = scorer()
    counts = {'right': 0, 'listed': 0, 'unlisted': 0, 'not found': 0}
    for split in splits:
        d = os.path.join('target', 'news-eval', split)
        gold = json.load(open(os.path.join(d, 'gold.json'), encoding='utf-8'))
        names = sorted(gold)
        for f, out in zip(names, analyses(jar, [os.path.join(d, f) for f in names])):
            g = gold[f]
            aliases = {e[0]: e for k in sc.TYPES for e in g[k]}
            surfaces = [[e.get('name', '')] + [m.get('text', '') for m in e.get('mentions', [])]
                        for e in out.get('entities', [])]
            for gq in g['quotes']:
                if gq['speaker'] is None:
                    continue
                hit = next((q for q in out.get('quotes', [])
                            if (lambda o: o[0] >= 0.8 and o[1] >= 0.4)(sc.overlap(gq['text'], q.get('text', '')))),
                           None)
                if hit is None:
                    counts['not found'] += 1
                    continue
                al = aliases.get(gq['speaker'], [gq['speaker']])
                said = hit.get('speaker') or ''
                if said and sc.matches([said], al):
                    counts['right'] += 1
                    continue
                kind = 'listed' if any(sc.matches(s, al) for s in surfaces) else 'unlisted'
                counts[kind] += 1
                print(f'{split}/{f}\t{kind}\tgold={gq["speaker"]}\tjar={said or "-"}')
                print('    «' + gq['text'][:60] + '»')
                print('    ' + paragraph(out, gq['text'], sc).replace('\n', ' '))
    print('counts: ' + ', '.join(f'{k} {v}' for k, v in counts.items()))


if __name__ == '__main__':
    main()
