#!/bin/sh
# Materialise the news evaluation set, then train and score the span classifier (docs/quotations.md, "Round 10"):
# candidate recall, quotation P/R/F1 of the rules, the classifier alone and the classifier as a filter on the rules,
# each split scored by a model trained on the other fifteen (dev, held, blind2 ... blind10, spk1, dev2 ... dev5; never
# blind11 ... blind18 or spk2), and the final model trained on all sixteen.
# usage: eval/news/train-span-model.sh [SHARED_DIR] [MODEL_OUT]   (from the repository root)
# MODEL_OUT (e.g. resources/quote/span-model.bin) is written only when given.
# JAVA_OPTS (e.g. "-Dthreshold=0.3") go to the trainer's JVM. The shared steps: eval/news/train-model.sh.
exec sh "$(dirname "$0")/train-model.sh" SpanModelEval "$@"
