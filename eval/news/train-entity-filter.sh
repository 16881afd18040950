#!/bin/sh
# Materialise the news evaluation set, then train and score the entity filter (docs/entity-filter.md): the app's final
# entity list on the 124 development articles (dev, held, blind2 ... blind10; never the unread sets blind11 ... blind18) labelled as
# score-analysis.py matches it; people, places and organisations P/R/F1 of today's list and of the filtered list, each
# split scored by a model and thresholds learnt on the other ten; and the final model trained on all eleven. Twice:
# the GIS model (people and places) and the L2-penalised one (organisations).
# usage: eval/news/train-entity-filter.sh [SHARED_DIR] [MODEL_OUT ORGANISATION_MODEL_OUT]   (from the repository root)
# e.g. eval/news/train-entity-filter.sh ../shared resources/nlp/entity-filter.bin resources/nlp/entity-filter-organisations.bin
# The models are written only when given. JAVA_OPTS adds options to both runs (-DshowDrops=true, the variants).
set -e
SHARED=${1:-../shared}
mvn -o -q -B test-compile exec:exec \
  -Dexec.args="-cp %classpath org.sahifa.analysis.eval.NewsEvalMaterialiser $SHARED target/news-eval"
echo "== GIS (people and places)"
mvn -o -q -B exec:exec \
  -Dexec.args="-cp %classpath -Djava.util.logging.config.file=/dev/null ${JAVA_OPTS:-} org.sahifa.analysis.eval.EntityFilterEval target/news-eval $2" \
  -Dexec.classpathScope=test
echo "== L-BFGS, L2 5 (organisations)"
mvn -o -q -B exec:exec \
  -Dexec.args="-cp %classpath -Djava.util.logging.config.file=/dev/null -Dl2=5 ${JAVA_OPTS:-} org.sahifa.analysis.eval.EntityFilterEval target/news-eval $3" \
  -Dexec.classpathScope=test
