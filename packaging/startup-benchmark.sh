#!/usr/bin/env bash
# Start-up benchmark: from launching Sahifa to the first frame showing the bundled sample article
# (org.sahifa.ui.startup.StartupProbe), median of N runs after one warm-up run, for each variant:
#   jar          java -jar target/sahifa.jar on $JAVA_HOME (or the java on PATH), with that JDK's default CDS archive
#   image        the app image's launcher without Sahifa's archive (jlinked runtime, its default CDS archive)
#   image+dyn    the app image with a dynamic archive (-XX:ArchiveClassesAtExit) made by one run beforehand
#   image+cds    the app image as built by packaging/build-dist.sh (static AppCDS archive from the class list)
# Runs under xvfb-run when there is no DISPLAY (Xvfb starts once, outside the timings).
#
# Usage: packaging/startup-benchmark.sh [--runs N] [--variants "jar image image+dyn image+cds"]
# On a machine shared with other work, `nice -n -15 packaging/startup-benchmark.sh` (as root) keeps
# the other processes from stretching the timings.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS=5
VARIANTS="jar image image+dyn image+cds"
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --variants) VARIANTS="$2"; shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a "$0" --runs "$RUNS" --variants "$VARIANTS"
fi

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
APP="$ROOT/target/dist/Sahifa"
JAR="$ROOT/target/sahifa.jar"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Seconds after which one run counts as failed.
RUN_TIMEOUT=120

# A copy of the app image whose launcher does not name Sahifa's archive, for the variants without it.
prepare_plain_image() {
    cp -a "$APP" "$WORK/plain"
    rm -f "$WORK/plain/lib/app/app.jsa"
    sed -i '/SharedArchiveFile/d' "$WORK/plain/lib/app/Sahifa.cfg"
}

probe_options() {
    echo "-Dsahifa.startupProbe=$1 -Dsahifa.startupProbe.exit=true -Dsahifa.data=$WORK/data"
}

# Runs one variant once; prints milliseconds from launch to the first frame with the article.
run_once() {
    local variant="$1" probe="$WORK/probe.txt" start frame
    rm -f "$probe"
    local measure=(/usr/bin/time -f '%U %S' -o "$WORK/cpu.txt" timeout "$RUN_TIMEOUT")
    start=$(date +%s%3N)
    case "$variant" in
        jar) "${measure[@]}" "$JAVA" $(probe_options "$probe") -jar "$JAR" ;;
        image) JAVA_TOOL_OPTIONS="$(probe_options "$probe")" "${measure[@]}" "$WORK/plain/bin/Sahifa" ;;
        image+dyn) JAVA_TOOL_OPTIONS="$(probe_options "$probe") -XX:SharedArchiveFile=$WORK/dynamic.jsa" \
            "${measure[@]}" "$WORK/plain/bin/Sahifa" ;;
        image+cds) JAVA_TOOL_OPTIONS="$(probe_options "$probe")" "${measure[@]}" "$APP/bin/Sahifa" ;;
    esac 2> "$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; echo "run of $variant failed" >&2; exit 1; }
    frame=$(sed -n 's/^firstFrameEpochMs=//p' "$probe")
    [ -n "$frame" ] || { echo "run of $variant wrote no first-frame time" >&2; exit 1; }
    # Wall-clock ms to the first frame, and the CPU ms of the whole run (it exits right after that frame).
    echo "$((frame - start)) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$WORK/cpu.txt")"
}

median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

case " $VARIANTS " in *" image"*) [ -x "$APP/bin/Sahifa" ] || { echo "no app image: run mvn -Pdist package" >&2; exit 1; }; prepare_plain_image ;; esac
case " $VARIANTS " in *" image+dyn "*)
    JAVA_TOOL_OPTIONS="$(probe_options "$WORK/probe.txt") -XX:ArchiveClassesAtExit=$WORK/dynamic.jsa" \
        timeout "$RUN_TIMEOUT" "$WORK/plain/bin/Sahifa" > /dev/null 2>&1
    [ -s "$WORK/dynamic.jsa" ] || { echo "the dynamic archive was not written" >&2; exit 1; } ;;
esac

declare -A times cpu
for variant in $VARIANTS; do
    run_once "$variant" > /dev/null   # warm-up: file cache, font cache
    times[$variant]=""
    cpu[$variant]=""
done
for ((i = 1; i <= RUNS; i++)); do
    for variant in $VARIANTS; do
        read -r wall used < <(run_once "$variant")
        times[$variant]+="$wall "
        cpu[$variant]+="$used "
    done
done

echo "Start-up to first frame with the sample article, ms ($RUNS runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "jar: $("$JAVA" -version 2>&1 | head -1); image: $("$APP/lib/runtime/bin/java" -version 2>&1 | head -1)"
for variant in $VARIANTS; do
    printf '%-10s median %5s   runs: %-32s CPU median %5s   runs: %s\n' "$variant" "$(echo "${times[$variant]}" | median)" \
        "${times[$variant]}" "$(echo "${cpu[$variant]}" | median)" "${cpu[$variant]}"
done
