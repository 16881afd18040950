#!/bin/sh
# What eval/news/train-span-model.sh, train-speaker-model.sh and train-name-mender.sh share: materialise the news evaluation set
# (NewsEvalMaterialiser), then run one trainer's main on it (SpanModelEval, SpeakerModelEval or NameMenderEval; the first
# two share their held-out loops in analysis/eval/HeldOut), with JAVA_OPTS (e.g. -Dthreshold=0.3) passed to its JVM.
# usage: eval/news/train-model.sh TRAINER_CLASS [SHARED_DIR] [MODEL_OUT]   (from the repository root)
set -e
TRAINER=$1
SHARED=${2:-../shared}
mvn -o -q -B test-compile exec:exec \
  -Dexec.args="-cp %classpath org.sahifa.analysis.eval.NewsEvalMaterialiser $SHARED target/news-eval"
mvn -o -q -B exec:exec \
  -Dexec.args="-cp %classpath -Djava.util.logging.config.file=/dev/null ${JAVA_OPTS:-} org.sahifa.analysis.eval.$TRAINER target/news-eval $3" \
  -Dexec.classpathScope=test
