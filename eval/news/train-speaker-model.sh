#!/bin/sh
# Materialise the news evaluation set, then train and score the speaker model (docs/speaker-model.md):
# candidate recall, rules vs the gap-filling model by 5-fold CV over articles and by leave-each-split-out (nested), and the final
# model trained on dev, held, blind2 ... blind10, spk1 and dev2 ... dev5 (never blind11 ... blind18 or spk2).
# usage: eval/news/train-speaker-model.sh [SHARED_DIR] [MODEL_OUT]   (from the repository root)
# MODEL_OUT (e.g. resources/quote/speaker-model.bin) is written only when given.
# JAVA_OPTS (e.g. "-Dthreshold=0.3") go to the trainer's JVM. The shared steps: eval/news/train-model.sh.
exec sh "$(dirname "$0")/train-model.sh" SpeakerModelEval "$@"
