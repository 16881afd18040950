#!/bin/sh
# Materialise the news evaluation set, then train and score the span classifier (docs/quotations.md, "Round 10"):
# candidate recall, quotation P/R/F1 of the rules, the classifier alone and the classifier as a filter on the rules,
# each split scored by a model trained on the other ten (dev, held, blind2 ... blind10; never blind11 or blind12),
# and the final model trained on all eleven.
# usage: eval/news/train-span-model.sh [SHARED_DIR] [MODEL_OUT]   (from the repository root)
# MODEL_OUT (e.g. resources/quote/span-model.bin) is written only when given.
set -e
SHARED=${1:-../shared}
mvn -o -q -B test-compile exec:exec \
  -Dexec.args="-cp %classpath org.sahifa.analysis.eval.NewsEvalMaterialiser $SHARED target/news-eval"
mvn -o -q -B exec:exec \
  -Dexec.args="-cp %classpath -Djava.util.logging.config.file=/dev/null ${JAVA_OPTS:-} org.sahifa.analysis.eval.SpanModelEval target/news-eval $2" \
  -Dexec.classpathScope=test
