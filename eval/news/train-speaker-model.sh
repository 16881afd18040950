#!/bin/sh
# Materialise the news evaluation set, then train and score the speaker model (docs/speaker-model.md):
# candidate recall, rules vs model by 5-fold CV over articles, leave-split-out on blind5 and blind8, and the final
# model trained on dev, held, blind2 ... blind8 (never blind9/blind10).
# usage: eval/news/train-speaker-model.sh [SHARED_DIR] [MODEL_OUT]   (from the repository root)
# MODEL_OUT (e.g. resources/quote/speaker-model.bin) is written only when given.
# JAVA_OPTS (e.g. "-Dthreshold=0.3") go to the trainer's JVM. The shared steps: eval/news/train-model.sh.
exec sh "$(dirname "$0")/train-model.sh" SpeakerModelEval "$@"
