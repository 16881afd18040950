#!/bin/sh
# Materialise the news evaluation set, then train and score the name mender (docs/entity-filter.md, "Round 12"): every
# one- or two-word extension of every entity the app lists on the 124 development articles (dev, held, blind2 ...
# blind10; never blind11 ... blind18), labelled as score-analysis.py matches it; each split mended by a model and a
# threshold learnt on the other ten; people, places and organisations P/R/F1 before and after, without and with the
# entity filter (itself trained by leaving the same split out); and the final model trained on all eleven splits.
# usage: eval/news/train-name-mender.sh [SHARED_DIR] [MODEL_OUT]   (from the repository root)
# e.g. eval/news/train-name-mender.sh ../shared resources/nlp/name-mender.bin
# The model is written only when given. JAVA_OPTS adds options (-DshowMends=true, -Dcutoff=N).
set -e
exec sh "$(dirname "$0")/train-model.sh" NameMenderEval "${1:-../shared}" "$2"
