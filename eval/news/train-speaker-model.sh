#!/bin/sh
# Materialise the news evaluation set, then train and score the speaker model (docs/speaker-model.md):
# candidate recall, rules vs model by 5-fold CV over articles, leave-split-out on blind5 and blind8, and the final
# model trained on dev, held, blind2 ... blind8 (never blind9/blind10).
# usage: eval/news/train-speaker-model.sh [SHARED_DIR] [MODEL_OUT]   (from the repository root)
# MODEL_OUT (e.g. resources/quote/speaker-model.bin) is written only when given.
set -e
SHARED=${1:-../shared}
mvn -o -q -B test-compile exec:exec \
  -Dexec.args="-cp %classpath org.sahifa.analysis.eval.NewsEvalMaterialiser $SHARED target/news-eval"
mvn -o -q -B exec:exec \
  -Dexec.args="-cp %classpath -Djava.util.logging.config.file=/dev/null org.sahifa.analysis.eval.SpeakerModelEval target/news-eval $2" \
  -Dexec.classpathScope=test
