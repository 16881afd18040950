#!/usr/bin/python3
"""A character-aware neural name tagger for ANERcorp, scored blind by the same 5 folds as CrossValidate.

Architecture: per word, a character CNN (normalised letters) beside the word's 100-d vector from
BuildWordClusters (frozen; looked up by normalised form, then by clitic-stripped stem, else a learnt "unknown"
vector), then a bidirectional LSTM over the sentence and a linear-chain CRF over BIO tags.

The folds are cut exactly as org.sahifa.nlp.training.CrossValidate cuts them: anercorp-train minus its last 10%
(the development split, ConllCorpus.split), then k contiguous folds [n*f/k, n*(f+1)/k). Each held-out fold is
tagged by a model trained on the other folds; early stopping looks only at a slice of those training folds.

Run from the project folder with Debian's torch (python3-torch), one command per model:

    /usr/bin/python3 scripts/ner_tagger.py --vectors target/neural/vectors-100.txt.gz --out target/neural/run

It writes DIR/fold-N.txt (token, gold, predicted: the format ../shared/tools/conll-score.py reads) and prints
per-fold and pooled chunk F1 with the conlleval rules (the same as ChunkScore and conll-score.py).
"""
import argparse
import gzip
import math
import os
import random
import sys
import time

import torch
import torch.nn as nn

# ---------------------------------------------------------------- data, as ConllCorpus reads it


def read_conll(path):
    """Sentences of (tokens, tags): 'token TAG' lines, a blank line between sentences."""
    sentences, tokens, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                if tokens:
                    sentences.append((tokens, tags))
                    tokens, tags = [], []
                continue
            cols = line.split()
            tokens.append(cols[0])
            tags.append(cols[1] if len(cols) > 1 else "O")
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def training_part(sentences, dev_share=0.10):
    """ConllCorpus.split: the last dev_share (Java's Math.round) is the development split; the rest is returned."""
    dev_start = len(sentences) - int(math.floor(len(sentences) * dev_share + 0.5))
    return sentences[:dev_start]


def fold_bounds(size, k, f):
    """CrossValidate.foldBounds: fold f of k contiguous folds, [from, to)."""
    return size * f // k, size * (f + 1) // k


def chunks(tags):
    """Entity chunks (start, end, type) with the conlleval rules of ChunkScore and conll-score.py."""
    out, start, typ = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        b, _, k = t.partition("-") if len(t) >= 2 and t[1] == "-" else ("O", "", "")
        if start is not None and (b != "I" or k != typ):
            out.add((start, i, typ))
            start = None
        if b == "B" or (b == "I" and start is None):
            start, typ = i, k
    return out


def score(gold_tags, pred_tags):
    """{type: (gold, predicted, correct)} over one stream of tags, plus 'overall'."""
    g, p = chunks(gold_tags), chunks(pred_tags)
    counts = {}
    for t in sorted({c[2] for c in g | p}) + [None]:
        gt = {c for c in g if t is None or c[2] == t}
        pt = {c for c in p if t is None or c[2] == t}
        counts[t or "overall"] = (len(gt), len(pt), len(gt & pt))
    return counts


def f1(counts):
    gold, pred, ok = counts
    p = ok / pred if pred else 0.0
    r = ok / gold if gold else 0.0
    return 100 * (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- Arabic word forms, as ArabicWords has them

_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}


def normalize(word):
    """ArabicWords.normalize: drop diacritics and tatweel, fold alef, ya, ta marbuta and hamza seats."""
    out = []
    for c in word:
        o = ord(c)
        if 0x064B <= o <= 0x065F or o == 0x0670 or o == 0x0640 or 0x0610 <= o <= 0x061A:
            continue
        out.append(_FOLD.get(c, c))
    return "".join(out)


def stem(norm):
    """ArabicWords.stem of a normalised word: strip «و»/«ف», then «لل» -> «ال» or «ب»/«ل»/«ك»."""
    rest = norm
    if len(rest) > 3 and rest[0] in "وف":
        rest = rest[1:]
    if rest.startswith("لل") and len(rest) > 4:
        return "ال" + rest[2:]
    if len(rest) > 3 and rest[0] in "بلك":
        return rest[1:]
    return rest


def read_vectors(path):
    opener = gzip.open if path.endswith(".gz") else open
    words, rows = {}, []
    with opener(path, "rt", encoding="utf-8") as f:
        _, dim = map(int, f.readline().split())
        for line in f:
            parts = line.rstrip("\n").split(" ")
            words[parts[0]] = len(rows)
            rows.append([float(x) for x in parts[1 : dim + 1]])
    return words, torch.tensor(rows, dtype=torch.float32)


# ---------------------------------------------------------------- the model


class CharCnn(nn.Module):
    def __init__(self, n_chars, dim, filters, width):
        super().__init__()
        self.embed = nn.Embedding(n_chars, dim, padding_idx=0)
        self.conv = nn.Conv1d(dim, filters, width, padding=width // 2)

    def forward(self, chars):  # (words, letters) -> (words, filters)
        x = self.embed(chars).transpose(1, 2)
        x = torch.relu(self.conv(x))
        x = x.masked_fill((chars == 0).unsqueeze(1), -1e4)
        return x.max(dim=2).values.clamp(min=0)


class Crf(nn.Module):
    """Linear-chain CRF: emission scores from the network, learnt transition, start and end scores."""

    def __init__(self, n_tags):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))  # [from, to]
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    def neg_log_likelihood(self, em, tags, mask):  # em (B, T, K), tags (B, T), mask (B, T) bool
        b, t, _ = em.shape
        idx = torch.arange(b)
        gold = self.start[tags[:, 0]] + em[idx, 0, tags[:, 0]]
        alpha = self.start + em[:, 0]
        for i in range(1, t):
            m = mask[:, i]
            gold = gold + torch.where(m, self.trans[tags[:, i - 1], tags[:, i]] + em[idx, i, tags[:, i]], 0.0)
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, i].unsqueeze(1), dim=1)
            alpha = torch.where(m.unsqueeze(1), nxt, alpha)
        last = tags[idx, mask.sum(1) - 1]
        gold = gold + self.end[last]
        return (torch.logsumexp(alpha + self.end, dim=1) - gold).sum()

    def decode(self, em, mask):
        b, t, _ = em.shape
        score = self.start + em[:, 0]
        back = []
        for i in range(1, t):
            s = score.unsqueeze(2) + self.trans
            best, arg = s.max(dim=1)
            nxt = best + em[:, i]
            m = mask[:, i].unsqueeze(1)
            score = torch.where(m, nxt, score)
            back.append(torch.where(m, arg, torch.arange(em.shape[2]).expand_as(arg)))
        score = score + self.end
        out = []
        lengths = mask.sum(1).tolist()
        for s in range(b):
            tag = int(score[s].argmax())
            path = [tag]
            for i in range(lengths[s] - 1, 0, -1):
                tag = int(back[i - 1][s, tag])
                path.append(tag)
            out.append(path[::-1])
        return out


class Tagger(nn.Module):
    def __init__(self, vectors, n_chars, n_tags, args):
        super().__init__()
        self.words = nn.Embedding.from_pretrained(
            torch.cat([torch.zeros(2, vectors.shape[1]), vectors]), freeze=True, padding_idx=0
        )
        self.unknown = nn.Parameter(torch.zeros(vectors.shape[1]))  # index 1: a word with no vector
        self.chars = CharCnn(n_chars, args.char_dim, args.char_filters, 3)
        self.drop = nn.Dropout(args.dropout)
        self.lstm = nn.LSTM(vectors.shape[1] + args.char_filters + 1, args.hidden, batch_first=True, bidirectional=True)
        self.emit = nn.Linear(2 * args.hidden, n_tags)
        self.crf = Crf(n_tags)

    def emissions(self, words, chars, mask):
        b, t = words.shape
        w = self.words(words)
        unk = (words == 1).unsqueeze(2)
        w = torch.where(unk, self.unknown.expand_as(w), w)
        c = self.chars(chars.view(b * t, -1)).view(b, t, -1)
        x = self.drop(torch.cat([w, c, unk.float()], dim=2))
        lengths = mask.sum(1)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
        return self.emit(self.drop(h))


# ---------------------------------------------------------------- encoding and batches


class Encoder:
    def __init__(self, vocab, train, max_letters):
        self.vocab = vocab
        counts = {}
        for tokens, _ in train:
            for tok in tokens:
                for c in normalize(tok) or tok:
                    counts[c] = counts.get(c, 0) + 1
        self.chars = {c: i + 2 for i, c in enumerate(sorted(c for c, n in counts.items() if n >= 2))}  # 0 pad, 1 rare
        self.tags = ["O"] + sorted({t for _, tags in train for t in tags if t != "O"})
        self.tag_ids = {t: i for i, t in enumerate(self.tags)}
        self.max_letters = max_letters
        self.cache = {}

    def word_id(self, token):
        norm = normalize(token)
        i = self.vocab.get(norm)
        if i is None:
            i = self.vocab.get(stem(norm))
        return 1 if i is None else i + 2

    def char_ids(self, token):
        letters = normalize(token) or token
        return [self.chars.get(c, 1) for c in letters[: self.max_letters]]

    def encode(self, sentence):
        """Word ids, letter ids and tag ids of one sentence, computed once and kept on the sentence's key."""
        key = id(sentence)
        cached = self.cache.get(key)
        if cached is None:
            tokens, gold = sentence
            letters = [self.char_ids(tok) for tok in tokens]
            chars = torch.zeros(len(tokens), max(3, max(len(x) for x in letters)), dtype=torch.long)
            for i, ids in enumerate(letters):
                chars[i, : len(ids)] = torch.tensor(ids)
            cached = (
                torch.tensor([self.word_id(tok) for tok in tokens]),
                chars,
                torch.tensor([self.tag_ids.get(t, 0) for t in gold]),
            )
            self.cache[key] = cached
        return cached

    def batch(self, sentences):
        encoded = [self.encode(s) for s in sentences]
        t = max(len(e[0]) for e in encoded)
        letters = max(e[1].shape[1] for e in encoded)
        words = torch.zeros(len(sentences), t, dtype=torch.long)
        chars = torch.zeros(len(sentences), t, letters, dtype=torch.long)
        tags = torch.zeros(len(sentences), t, dtype=torch.long)
        mask = torch.zeros(len(sentences), t, dtype=torch.bool)
        for b, (w, c, g) in enumerate(encoded):
            n = len(w)
            words[b, :n] = w
            chars[b, :n, : c.shape[1]] = c
            tags[b, :n] = g
            mask[b, :n] = True
        return words, chars, tags, mask


def batches(sentences, size, shuffle, rng):
    """Batches of sentences of similar length (sorted, then cut), in random order when training."""
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i][0]))
    groups, current, tokens = [], [], 0
    for i in order:
        current.append(sentences[i])
        tokens += len(sentences[i][0])
        if len(current) >= size or tokens >= size * 40:
            groups.append(current)
            current, tokens = [], 0
    if current:
        groups.append(current)
    if shuffle:
        rng.shuffle(groups)
    return groups


def tag(model, enc, sentences, batch_size):
    model.eval()
    out = {}
    index = {id(s): i for i, s in enumerate(sentences)}
    with torch.no_grad():
        for group in batches(sentences, batch_size, False, None):
            words, chars, _, mask = enc.batch(group)
            paths = model.crf.decode(model.emissions(words, chars, mask), mask)
            for s, path in zip(group, paths):
                out[index[id(s)]] = [enc.tags[k] for k in path]
    return [out[i] for i in range(len(sentences))]


def stream_f1(model, enc, sentences, batch_size):
    pred = tag(model, enc, sentences, batch_size)
    gold = [t for _, tags in sentences for t in tags]
    return f1(score(gold, [t for p in pred for t in p])["overall"]), pred


def train_fold(train, vocab, vectors, args, seed, log):
    """Trains on `train`, early-stopping on its last `valid_share` (a contiguous slice); returns model and encoder."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    cut = len(train) - int(len(train) * args.valid_share)
    fit, valid = train[:cut], train[cut:]
    enc = Encoder(vocab, fit, args.max_letters)
    model = Tagger(vectors, len(enc.chars) + 2, len(enc.tags), args)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=args.lr)
    best, best_state, best_epoch, waited = -1.0, None, 0, 0
    for epoch in range(1, args.epochs + 1):
        model.train()
        t0, total = time.time(), 0.0
        for group in batches(fit, args.batch, True, rng):
            words, chars, tags, mask = enc.batch(group)
            loss = model.crf.neg_log_likelihood(model.emissions(words, chars, mask), tags, mask)
            opt.zero_grad()
            (loss / len(group)).backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            total += float(loss)
        dev_f1, _ = stream_f1(model, enc, valid, args.batch)
        log(f"  epoch {epoch}: loss {total / len(fit):.3f}, early-stopping slice F1 {dev_f1:.2f}, "
            f"{time.time() - t0:.0f} s, load {os.getloadavg()[0]:.1f}")
        if dev_f1 > best:
            best, best_epoch, waited = dev_f1, epoch, 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
        else:
            waited += 1
            if waited >= args.patience:
                break
    model.load_state_dict(best_state)
    log(f"  best epoch {best_epoch} (slice F1 {best:.2f})")
    return model, enc


def write_tagged(path, sentences, predicted):
    with open(path, "w", encoding="utf-8") as f:
        for (tokens, gold), pred in zip(sentences, predicted):
            for tok, g, p in zip(tokens, gold, pred):
                f.write(f"{tok} {g} {p}\n")
            f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data/ner/anercorp-train.conll")
    ap.add_argument("--vectors", default="target/neural/vectors-100.txt.gz")
    ap.add_argument("--out", default="target/neural/run")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--run", default="", help="comma-separated folds to run (default: all)")
    ap.add_argument("--sizes-only", action="store_true", help="print the fold sizes and stop")
    ap.add_argument("--seed", type=int, default=20150715)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--patience", type=int, default=2)
    ap.add_argument("--valid-share", type=float, default=0.10)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=0.003)
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--char-dim", type=int, default=25)
    ap.add_argument("--char-filters", type=int, default=50)
    ap.add_argument("--max-letters", type=int, default=20)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    log_file = open(os.path.join(args.out, "log.txt"), "a", encoding="utf-8")

    def log(msg):
        print(msg, flush=True)
        log_file.write(msg + "\n")
        log_file.flush()

    log(f"args: {vars(args)}")
    train = training_part(read_conll(args.data))
    folds = [int(f) for f in args.run.split(",")] if args.run else list(range(args.folds))
    for f in range(args.folds):
        a, b = fold_bounds(len(train), args.folds, f)
        held = train[a:b]
        gold = score([t for _, tags in held for t in tags], [])
        log(f"fold {f}: sentences [{a}, {b}) = {b - a}, tokens {sum(len(s[0]) for s in held)}, "
            + ", ".join(f"{k} {v[0]}" for k, v in gold.items()))
    if args.sizes_only:
        return
    vocab, vectors = read_vectors(args.vectors)
    log(f"{len(vocab)} word vectors of {vectors.shape[1]} dimensions")
    pooled = {}
    for f in folds:
        a, b = fold_bounds(len(train), args.folds, f)
        held, rest = train[a:b], train[:a] + train[b:]
        t0 = time.time()
        log(f"fold {f}: training on {len(rest)} sentences, load {os.getloadavg()}")
        model, enc = train_fold(rest, vocab, vectors, args, args.seed + f, log)
        _, pred = stream_f1(model, enc, held, args.batch)
        write_tagged(os.path.join(args.out, f"fold-{f}.txt"), held, pred)
        counts = score([t for _, tags in held for t in tags], [t for p in pred for t in p])
        log(f"fold {f}: {time.time() - t0:.0f} s, load {os.getloadavg()}; "
            + ", ".join(f"{k} {f1(v):.2f}" for k, v in counts.items()))
        for k, v in counts.items():
            pooled[k] = tuple(x + y for x, y in zip(pooled.get(k, (0, 0, 0)), v))
    for k, v in pooled.items():
        g, p, ok = v
        log(f"pooled {k}: F1 {f1(v):.2f} (gold {g}, predicted {p}, correct {ok})")


if __name__ == "__main__":
    sys.exit(main())
