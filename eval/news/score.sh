#!/bin/sh
# Materialise the news evaluation set (docs/news-eval.md) and score target/sahifa.jar on each split.
# usage: eval/news/score.sh [SHARED_DIR]      (from the repository root, after `mvn -o -q -B package -DskipTests`)
# V=1 eval/news/score.sh prints every miss (score-analysis.py's verbose mode).
# SPLITS="dev held" eval/news/score.sh scores only those splits.
# SPLITS=blind4 eval/news/score.sh scores the fourth blind set, left out of the default on purpose: no one tunes on it,
# the lead scores it once at the end of the round (docs/news-eval.md). The fifth, blind5, is left out the same way:
# SPLITS="blind4 blind5" eval/news/score.sh scores both. The sixth and seventh, blind6 and blind7 (round 5's
# headline), are left out the same way and scored once by the lead: SPLITS="blind6 blind7" eval/news/score.sh.
# The eighth, blind8 (drawn after blind6 and blind7 were scored), is left out the same way: SPLITS=blind8 eval/news/score.sh.
# The ninth, blind9 (drawn after blind8 was scored), is left out the same way: SPLITS=blind9 eval/news/score.sh.
# The tenth, blind10 (round 8, annotated by hand and never run), is left out the same way: SPLITS=blind10 eval/news/score.sh.
# The eleventh, blind11 (round 9, annotated by hand and never run), is left out the same way: SPLITS=blind11 eval/news/score.sh.
# The twelfth, blind12 (round 9, drawn with SPEECH_OPEN, annotated by hand and never run), likewise: SPLITS=blind12 eval/news/score.sh.
# The thirteenth, blind13 (round 10, drawn with SPEECH_OPEN, annotated by hand and never run), likewise: SPLITS=blind13 eval/news/score.sh.
# The fourteenth, blind14 (round 10, the 12 after blind13's with SPEECH_OPEN, annotated by hand and never run), likewise:
# SPLITS=blind14 eval/news/score.sh.
# The fifteenth, blind15 (round 11, the 12 after blind14's with SPEECH_OPEN, annotated by hand and never run), likewise:
# SPLITS=blind15 eval/news/score.sh.
# The sixteenth, blind16 (round 11, the 12 after blind15's with SPEECH_OPEN, annotated by hand and never run), likewise:
# SPLITS=blind16 eval/news/score.sh.
# The speaker sets spk1 and spk2 (round 11, the 15 and 15 after blind16's with SPEECH_OPEN) are annotated for quotations
# and speakers only: SPLITS=spk1 eval/news/score.sh materialises and scores spk1. Their entity columns mean nothing (no
# entities were annotated; the scorer gold's people are the speakers' alias groups). spk1 is development data for the
# speaker work; spk2 is scored only by the speaker engineer, before and after, summary lines only.
# The seventeenth, blind17 (round 12, the 12 after spk2's with SPEECH_OPEN, annotated by hand and never run), likewise:
# SPLITS=blind17 eval/news/score.sh.
# The eighteenth, blind18 (round 12, the 12 after blind17's with SPEECH_OPEN, annotated by hand and never run), is left
# out the same way, for the lead to score once: SPLITS=blind18 eval/news/score.sh.
# dev2 (round 12, the 12 after blind18's with SPEECH_OPEN, annotated by hand and never run) is development data, to train
# the learnt parts on; it is out of the default too: SPLITS=dev2 eval/news/score.sh.
# The development set dev3 (round 12, the 12 after dev2's with SPEECH_OPEN, annotated by hand and never run) is left
# out of the default too: SPLITS=dev3 eval/news/score.sh scores it.
# The development set dev4 (round 13, the 12 after dev3's with SPEECH_OPEN and a short span in marks, annotated by hand
# and never run) is left out of the default too: SPLITS=dev4 eval/news/score.sh scores it.
# The development set dev5 (round 13, the next 12 after dev3's with SPEECH_OPEN that dev4 did not take, annotated by
# hand and never run) is left out of the default too: SPLITS=dev5 eval/news/score.sh scores it.
set -e
SHARED=${1:-../shared}
mvn -o -q -B test-compile exec:exec \
  -Dexec.args="-cp %classpath org.sahifa.analysis.eval.NewsEvalMaterialiser $SHARED target/news-eval"
for split in ${SPLITS:-dev held blind2 blind3}; do
  echo "== $split"
  python3 "$SHARED/tools/score-analysis.py" "java -jar target/sahifa.jar analyze" "target/news-eval/$split"
done
