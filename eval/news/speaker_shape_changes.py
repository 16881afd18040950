#!/usr/bin/env python3
"""Like speaker_changes.py, on articles holding the shapes round 12's speaker rules touch (docs/quotations.md, "Round 12:
speakers (rules)"): «مقرب من»/«قريب من», a speech verb followed within 30 characters by «ل» + a media noun, or a
sentence opened by a speech participle. Articles draw.py drew or reserves are left out, as in speaker_changes.py.

usage: python3 eval/news/speaker_shape_changes.py BEFORE.jar AFTER.jar OUT_DIR SEED COUNT
       SHAPE='REGEX' python3 eval/news/speaker_shape_changes.py …   (articles holding another shape)
Each jar analyses all COUNT articles in one JVM (OUT_DIR/before.jsonl, after.jsonl, reused when present); every
quotation whose speaker differs is printed with the article's file, and the last line gives the counts.
"""
import json, os, random, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speaker_changes as sc
from unlabelled import DEFAULT_CORPUS, drawn_lines, read_articles, write_article
before, after, out, seed, want = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
# SHAPE=REGEX in the environment draws articles holding another shape instead (round 13: docs/quotations.md)
SHAPE = re.compile(os.environ['SHAPE']) if os.environ.get('SHAPE') else re.compile(r'(?:مقرب|مقربة|قريب|قريبة) من|(?:قال|قالت|أضاف|وأضاف|أكد|وقال|وقالت)[^.\n]{0,30} ل(?:وكالة|صحيفة|قناة|جريدة|مجلة|شبكة)|[.!؟]\s*(?:واصف|مضيف|مؤكد|مشير|معتبر|قائل)(?:ا|ة|ين)\s')
path = DEFAULT_CORPUS
arts = read_articles(path)
skip = sc.reserved(arts) | drawn_lines(path)
order = list(range(len(arts))); random.Random(seed).shuffle(order)
chosen = [i for i in order if i not in skip and sc.eligible(arts[i]) and sc.SPEECH.search(arts[i]['content']) and SHAPE.search(arts[i]['content'])][:want]
os.makedirs(out, exist_ok=True)
files = [write_article(out, i, arts[i])[0] for i in chosen]
res = {}
for tag, jar in (('before', before), ('after', after)):
    cache = os.path.join(out, tag + '.jsonl')
    if not os.path.exists(cache):
        p = subprocess.run(['java', '-jar', jar, 'analyze'] + files, capture_output=True)
        open(cache, 'wb').write(p.stdout)
    res[tag] = [json.loads(l) for l in open(cache, encoding='utf-8')]
n = c = 0
for f, a, b in zip(files, res['before'], res['after']):
    qa = [(q['text'], q.get('speaker')) for q in a.get('quotes', [])]
    qb = {}
    for q in b.get('quotes', []):
        qb.setdefault(q['text'], []).append(q.get('speaker'))  # a text quoted twice keeps both, in order
    for t, s in qa:
        n += 1
        later = qb.get(t)
        after_speaker = later.pop(0) if later else s
        if after_speaker != s:
            c += 1
            print(f'{os.path.basename(f)}\t{s!r} -> {after_speaker!r}\t{t[:60]}')
print(f'{c} of {n} quotations changed speaker in {len(files)} articles')
