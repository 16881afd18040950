#!/usr/bin/python3
"""Compares two taggers' held-out folds (DIR/fold-N.txt: token, gold, predicted) on the same CrossValidate folds:
per-fold and pooled chunk F1 per type, and recall of gold mentions whose words were all unseen in the training folds
against mentions with a word seen there.

    /usr/bin/python3 scripts/compare_folds.py --folds 0,2 target/neural/bilstm-crf target/cv-perceptron
"""
import argparse

from ner_tagger import chunks, f1, fold_bounds, read_conll, score, training_part


def read_tagged(path):
    gold, pred = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if cols:
                gold.append(cols[1])
                pred.append(cols[-1])
    return gold, pred


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--folds", default="0,1,2,3,4")
    ap.add_argument("--data", default="../shared/data/ner/anercorp-train.conll")
    args = ap.parse_args()
    folds = [int(f) for f in args.folds.split(",")]
    train = training_part(read_conll(args.data))
    for d in args.dirs:
        pooled, unseen = {}, {"seen": [0, 0], "unseen": [0, 0]}
        for f in folds:
            gold, pred = read_tagged(f"{d}/fold-{f}.txt")
            counts = score(gold, pred)
            print(f"{d} fold {f}: " + ", ".join(f"{k} {f1(v):.2f}" for k, v in counts.items()))
            for k, v in counts.items():
                pooled[k] = tuple(a + b for a, b in zip(pooled.get(k, (0, 0, 0)), v))
            a, b = fold_bounds(len(train), 5, f)
            seen = {t for s in train[:a] + train[b:] for t in s[0]}
            tokens = [t for s in train[a:b] for t in s[0]]
            found = chunks(pred)
            for c in chunks(gold):
                kind = "unseen" if all(t not in seen for t in tokens[c[0] : c[1]]) else "seen"
                unseen[kind][0] += 1
                unseen[kind][1] += c in found
        for k, (g, p, ok) in pooled.items():
            print(f"{d} pooled {k}: P {100 * ok / max(p, 1):.2f} R {100 * ok / g:.2f} F1 {f1((g, p, ok)):.2f}")
        for kind, (g, ok) in unseen.items():
            print(f"{d} {kind} mentions: {g}, recall {100 * ok / g:.1f}")


if __name__ == "__main__":
    main()
